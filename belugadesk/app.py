"""The composition root: builds the qasync loop, the services, the view-models and the views.

Only this module (and ``cli``) may import ``localapi``: for ``--demo`` it starts the offline API on a free
loopback port. ``openai`` is imported after the window is shown, on a worker thread.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from belugadesk import APP_ID, APP_NAME, __version__
from belugadesk.about_info import collect_versions
from belugadesk.logging_setup import configure_logging
from belugadesk.domain.models import AssistantDefinition

if TYPE_CHECKING:
    from belugadesk.bridge.protocol import ConversationBackend
    from belugadesk.localapi import LocalApiServer
    from belugadesk.settings import AppPaths, Profile
    from belugadesk.store import AsyncStore, Store
    from belugadesk.viewmodels.main_vm import MainViewModel
    from belugadesk.views.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_ASSISTANT = AssistantDefinition(
    id="demo-beluga-guide",
    name="Beluga Guide",
    model="gpt-4.1-mini",
    description="A friendly guide to BelugaDesk (offline demo).",
    instructions="You are Beluga Guide, a concise and friendly assistant. Answer in Markdown.",
)


DEMO_DELTA_DELAY_S = 0.015  # the demo types like a fast model, so streaming is visible


class DemoServer:
    """The offline local API, started on first use on a worker thread so start-up never waits for it."""

    def __init__(self, db_path: Path | None):
        self._db_path = db_path
        self._server: LocalApiServer | None = None
        self._lock = asyncio.Lock()

    async def base_url(self) -> str:
        async with self._lock:
            if self._server is None:
                loop = asyncio.get_running_loop()
                self._server = await loop.run_in_executor(None, self._start)
            return self._server.base_url

    def _start(self) -> LocalApiServer:
        from belugadesk.localapi import LocalApiConfig, LocalApiServer

        server = LocalApiServer(LocalApiConfig(db_path=self._db_path, delta_delay_s=DEMO_DELTA_DELAY_S))
        server.start()
        return server

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None


async def build_backend_for(
    profile: Profile, paths: AppPaths, demo: DemoServer | None
) -> ConversationBackend:
    """Resolve the profile's key and endpoint, then build its backend (this imports ``openai``)."""
    from belugadesk.bridge.factory import build_backend
    from belugadesk.credentials import KeyStore

    if profile.kind == "demo":
        assert demo is not None
        config = profile.connection_config(None, base_url=await demo.base_url())
    else:
        lookup = await asyncio.get_running_loop().run_in_executor(None, KeyStore().get_key, profile.id)
        config = profile.connection_config(lookup.key)
    return build_backend(config, profile_id=profile.id)


async def seed_demo_assistant(store: AsyncStore) -> None:
    """A first run has one assistant to talk to."""

    def seed(s: Store) -> None:
        if not s.assistants.list():
            s.assistants.save(DEMO_ASSISTANT)

    await store.run(seed)


class Application:
    """Owns everything that lives as long as the window."""

    def __init__(self, qapp: QApplication, *, demo: bool, screenshot: Path | None):
        self.qapp = qapp
        self.demo_requested = demo
        self.screenshot = screenshot
        self.exit_code = 0
        self.window: MainWindow | None = None
        self.vm: MainViewModel | None = None
        self.store: AsyncStore | None = None
        self.demo_server: DemoServer | None = None
        self.finished = asyncio.Event()

    async def start(self) -> None:
        from belugadesk.settings import DEMO_PROFILE_ID, AppPaths, SettingsStore, demo_profile
        from belugadesk.store import AsyncStore
        from belugadesk.viewmodels.main_vm import MainViewModel
        from belugadesk.viewmodels.session import Session
        from belugadesk.views.main_window import MainWindow

        paths = AppPaths.default().ensure()
        configure_logging(paths.log_dir)
        log.info("%s %s starting", APP_NAME, __version__)
        settings = SettingsStore(paths).load()
        profile = settings.active_profile
        if self.demo_requested or profile is None:
            profile = settings.profile(DEMO_PROFILE_ID) or demo_profile()
        if profile.kind == "demo":
            self.demo_server = DemoServer(paths.data_dir / "demo-server.sqlite3")
        self.store = await AsyncStore.open(paths.database_path)
        await seed_demo_assistant(self.store)
        factory = functools.partial(build_backend_for, profile, paths, self.demo_server)
        session = Session(
            self.store, factory, profile_id=profile.id, profile_name=profile.name, backend_kind=profile.backend
        )
        self.vm = MainViewModel(session)
        self.window = MainWindow(self.vm)
        self.window.set_help_resources(log_dir=paths.log_dir, versions=collect_versions())
        self.window.closed.connect(self.finished.set)
        painted = asyncio.get_running_loop().create_future()
        self.window.firstPainted.connect(lambda: None if painted.done() else painted.set_result(None))
        self.window.show()
        await self.vm.load()
        try:
            await asyncio.wait_for(asyncio.shield(painted), timeout=5)
        except TimeoutError:
            log.warning("The main window was not painted within 5 s")
        self.vm.spawn(self.vm.prepare_network())
        if self.screenshot is not None:
            QTimer.singleShot(300, self._save_screenshot)

    def _save_screenshot(self) -> None:
        assert self.window is not None and self.screenshot is not None
        self.screenshot.parent.mkdir(parents=True, exist_ok=True)
        ok = self.window.grab().save(str(self.screenshot), "PNG")
        if not ok:
            print(f"belugadesk: could not save the screenshot to {self.screenshot}", file=sys.stderr)
            self.exit_code = 1
        self.finished.set()

    async def shutdown(self) -> None:
        if self.vm is not None:
            await self.vm.aclose()
        if self.store is not None:
            await self.store.close()
        if self.demo_server is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.demo_server.stop)


def make_qapplication(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qapp = QApplication(argv or [sys.argv[0]])
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = _app_icon()
    if icon is not None:
        qapp.setWindowIcon(icon)
    return qapp


def _app_icon() -> QIcon | None:
    from belugadesk.resources_access import icon_path

    path = icon_path()
    return QIcon(str(path)) if path.exists() else None


def _activate(window: MainWindow) -> None:
    log.info("A second launch asked this window to come to the front")
    window.bring_to_front()


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


def run_gui(*, demo: bool, screenshot: Path | None) -> int:
    """Run the app until its window closes; returns the exit code."""
    import qasync

    from belugadesk.single_instance import SingleInstance, default_server_name

    qapp = make_qapplication()
    guard = None
    if screenshot is None:  # a screenshot run is a one-off render: it never hands over to a running window
        guard = SingleInstance(qapp)
        if not guard.try_acquire(default_server_name()):
            print(f"{APP_NAME} is already running; its window was brought to the front.")
            return 0
    qapp.setQuitOnLastWindowClosed(False)  # the loop ends after an orderly shutdown instead
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = Application(qapp, demo=demo, screenshot=screenshot)

    async def main() -> None:
        qapp.aboutToQuit.connect(app.finished.set)
        try:
            await app.start()
            if guard is not None and app.window is not None:
                guard.activation_requested.connect(functools.partial(_activate, app.window))
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
