"""``run_gui``: one window per user (a second launch raises the first), the qasync loop, and an orderly
shutdown on close, Ctrl+C or SIGTERM."""

from __future__ import annotations

import asyncio
import functools
import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from belugadesk import APP_NAME
from belugadesk.app.application import Application
from belugadesk.app.qt_app import make_qapplication
from belugadesk.single_instance import Command, SingleInstance, default_server_name

log = logging.getLogger(__name__)


def _on_command(app: Application, command: Command) -> None:
    """A later launch asked for the main window (``belugadesk``) or the quick-ask window (``--quick-ask``)."""
    if command is Command.QUICK_ASK:
        app.toggle_quick_ask()
    elif app.window is not None:
        log.info("A second launch asked this window to come to the front")
        app.window.bring_to_front()


def _stop_on_signals(loop: asyncio.AbstractEventLoop, finished: asyncio.Event) -> None:
    """Ctrl+C or SIGTERM close the app in order (store closed, demo server stopped)."""

    def request_stop(_signum: int, _frame: object) -> None:
        loop.call_soon_threadsafe(finished.set)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, request_stop)
    # Python runs signal handlers only when it gets control: let it in a few times a second.
    timer = QTimer(QApplication.instance())
    timer.setInterval(250)
    timer.timeout.connect(lambda: None)
    timer.start()


def run_gui(*, demo: bool, screenshot: Path | None, quick_ask: bool = False, locale: str = "") -> int:
    """Run the app until its window closes; returns the exit code. ``quick_ask``: show the quick-ask
    window (in the running instance if there is one); ``locale``: the UI language, overriding settings."""
    import qasync

    qapp = make_qapplication()
    guard = None
    if screenshot is None:  # a screenshot run is a one-off render: it never hands over to a running window
        guard = SingleInstance(qapp)
        command = Command.QUICK_ASK if quick_ask else Command.ACTIVATE
        if not guard.try_acquire(default_server_name(), command):
            if quick_ask:
                print(f"{APP_NAME} is already running; its quick-ask window was shown.")
            else:
                print(f"{APP_NAME} is already running; its window was brought to the front.")
            return 0
    qapp.setQuitOnLastWindowClosed(False)  # the loop ends after an orderly shutdown instead
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = Application(qapp, demo=demo, screenshot=screenshot, quick_ask=quick_ask, locale=locale)

    async def main() -> None:
        qapp.aboutToQuit.connect(app.finished.set)
        try:
            await app.start()
            if guard is not None:
                guard.command_received.connect(functools.partial(_on_command, app))
        except Exception as exc:
            log.exception("Start-up failed")
            print(f"belugadesk: could not start: {exc}", file=sys.stderr)
            app.exit_code = 1
            await app.shutdown()
            return
        await app.finished.wait()
        if app.window is not None:
            app.window.hide()
        await app.shutdown()

    _stop_on_signals(loop, app.finished)
    with loop:
        loop.run_until_complete(main())
    if guard is not None:
        guard.release()
    return app.exit_code
