"""Render the main window screenshots: the demo as a user sees it, light theme.

- ``main-window.png`` (1280×800): a short conversation, threads grouped by date in the sidebar, one row
  hovered with its actions;
- ``main-window-empty.png`` (1280×800): a new chat's empty state with the assistant's suggested prompts;
- ``main-window-900x600.png``: the same empty state on a small screen.

Run under a virtual screen from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_main_window.py
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
QUESTIONS = ("What can you do?", "A table of whales, please")
OLDER_THREADS = (  # (title, preview, days ago, pinned)
    ("Trip to Lisbon", "Three days, mostly on foot.", 40, True),
    ("Whale song frequencies", "Belugas whistle between 0.4 and 20 kHz.", 1, False),
    ("Weekly report draft", "Here is a tighter version of the summary.", 4, False),
    ("Regex for dates", "Use ^\\d{4}-\\d{2}-\\d{2}$ and check the month.", 12, False),
    ("Sourdough timings", "Feed the starter the night before.", 75, False),
)


async def seed_threads(app: Any) -> None:
    from belugadesk.domain.models import Thread, utcnow

    session = app.vm.session
    assistant = app.vm.assistants.current

    def save(s: Any) -> None:
        for title, preview, days, pinned in OLDER_THREADS:
            s.threads.create(
                Thread(
                    title=title,
                    profile_id=session.profile_id,
                    assistant_id=assistant.id if assistant else None,
                    updated_at=utcnow() - timedelta(days=days, hours=2),
                    last_message_preview=preview,
                    pinned=pinned,
                )
            )

    await session.store.run(save)
    await app.vm.threads.refresh()


def hover_row(window: Any, title: str) -> None:
    """Move the mouse over a thread row, so its hover actions show."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    view = window.side_pane.thread_list
    model = view.model()
    row = next(r for r in model.thread_rows() if model.thread_at(r).title == title)
    rect = view.visualRect(model.index(row, 0))
    QTest.mouseMove(view.viewport(), QPoint(rect.center().x() - 40, rect.center().y()))


async def render() -> int:
    from PySide6.QtWidgets import QApplication

    from belugadesk.app import Application, make_qapplication

    qapp = make_qapplication()
    app = Application(qapp, demo=True, screenshot=None)
    await app.start()
    assert app.vm is not None and app.window is not None
    window = app.window
    window.resize(1280, 800)
    await seed_threads(app)
    for question in QUESTIONS:
        await app.vm.chat.send(question)
    await asyncio.sleep(0.5)
    hover_row(window, "Weekly report draft")
    await asyncio.sleep(0.2)
    shots = {"main-window.png": (1280, 800)}
    window.grab().save(str(HERE / "main-window.png"), "PNG")
    window.side_pane.new_chat_button.click()
    for name, (width, height) in {
        "main-window-empty.png": (1280, 800),
        "main-window-900x600.png": (900, 600),
    }.items():
        window.resize(width, height)
        QApplication.processEvents()
        await asyncio.sleep(0.3)
        window.grab().save(str(HERE / name), "PNG")
        shots[name] = (width, height)
    window.close()
    await app.shutdown()
    for name in shots:
        print(f"wrote {HERE / name}")
    return 0


def run_on_qt(render: Callable[[], Awaitable[int]]) -> int:
    """Run ``render()`` on a qasync loop in a fresh app home (the screenshot scripts share this)."""
    import qasync

    os.environ.setdefault("BELUGADESK_HOME", tempfile.mkdtemp(prefix="belugadesk-shot-"))
    sys.path.insert(0, str(ROOT))
    from belugadesk.app import make_qapplication

    qapp = make_qapplication()
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(render())


def main() -> int:
    return run_on_qt(render)


if __name__ == "__main__":
    raise SystemExit(main())
