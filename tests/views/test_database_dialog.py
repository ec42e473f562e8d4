"""Start-up with a database the store refuses: the dialog explains, then starts fresh or quits."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from belugadesk.app import Application, make_qapplication
from belugadesk.domain.errors import BelugaError, DatabaseTooNew, DatabaseUnreadable
from belugadesk.settings import AppPaths
from belugadesk.store import LATEST_VERSION
from belugadesk.views.database_dialog import KEPT, DatabaseChoice, DatabaseDialog, ask_database_choice
from tests.support import run_coro

GARBAGE = b"this is not a database at all\x00\x01" * 64


def corrupt_database() -> Path:
    path = AppPaths.default().ensure().database_path
    path.write_bytes(GARBAGE)
    return path


def visible_dialog() -> DatabaseDialog | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, DatabaseDialog) and w.isVisible()), None
    )


def test_the_dialog_says_what_happened_and_offers_two_ways(qtbot: Any, loop: Any) -> None:
    error = DatabaseTooNew("The database file x was written by a newer BelugaDesk (schema version 99).")
    dialog = DatabaseDialog(error)
    qtbot.addWidget(dialog)
    assert "newer version" in dialog.heading.text()
    assert dialog.message.text() == str(error)
    assert dialog.kept.text() == KEPT
    assert dialog.fresh_button.text() == "Start a fresh database" and dialog.quit_button.text() == "Quit"
    assert dialog.fresh_button.accessibleName() and dialog.quit_button.toolTip()

    task = run_coro_later(ask_database_choice(error))
    qtbot.waitUntil(lambda: visible_dialog() is not None, timeout=5000)
    shown = visible_dialog()
    assert shown is not None
    shown.reject()  # closing the window (Esc) means Quit
    qtbot.waitUntil(task.done)
    assert task.result() is DatabaseChoice.QUIT


def run_coro_later(coro: Any) -> Any:
    import asyncio

    return asyncio.ensure_future(coro)


def test_a_corrupt_file_can_be_set_aside_for_a_fresh_start(qtbot: Any, loop: Any) -> None:
    path = corrupt_database()
    app = Application(make_qapplication(), demo=True, screenshot=None)
    start = run_coro_later(app.start())
    try:
        qtbot.waitUntil(lambda: visible_dialog() is not None, timeout=10_000)
        dialog = visible_dialog()
        assert dialog is not None
        assert "cannot be read" in dialog.message.text() and str(path) in dialog.message.text()
        assert path.read_bytes() == GARBAGE, "nothing was written while asking"
        qtbot.mouseClick(dialog.fresh_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(start.done, timeout=20_000)
        start.result()
        assert app.window is not None and app.window.isVisible()
        aside = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".unreadable-")]
        assert len(aside) == 1 and aside[0].read_bytes() == GARBAGE, "the old file is kept byte for byte"
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    finally:
        if app.window is not None:
            app.window.close()
        run_coro(qtbot, app.shutdown(), timeout=20_000)


def test_quit_leaves_the_file_alone_and_ends_the_start(qtbot: Any, loop: Any) -> None:
    path = corrupt_database()
    asked: list[BelugaError] = []

    async def choose_quit(error: BelugaError) -> DatabaseChoice:
        asked.append(error)
        return DatabaseChoice.QUIT

    app = Application(make_qapplication(), demo=True, screenshot=None)
    app.ask_database = choose_quit
    run_coro(qtbot, app.start(), timeout=20_000)
    try:
        assert len(asked) == 1 and isinstance(asked[0], DatabaseUnreadable)
        assert app.window is None and app.finished.is_set() and app.exit_code == 1
        assert path.read_bytes() == GARBAGE
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    finally:
        run_coro(qtbot, app.shutdown(), timeout=20_000)
