"""kill -9 of the whole app while a reply streams: the partial reply is kept, marked interrupted, with Retry,
and the database is sound."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

from belugadesk.app import Application, make_qapplication
from belugadesk.domain.models import MessageStatus, Role
from belugadesk.views.chat.message_html import STATUS_NOTE
from tests.support import run_coro

ROOT = Path(__file__).resolve().parents[2]
QUESTION = "Tell me everything about belugas"


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["BELUGADESK_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("OPENAI_API_KEY", None)
    return env


def _stored_reply(db: Path) -> tuple[str, str] | None:
    """(status, text) of the assistant row, read from the file read-only; None while there is none."""
    if not db.exists():
        return None
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)) as conn:
            row = conn.execute("SELECT status, text FROM messages WHERE role = 'assistant'").fetchone()
    except sqlite3.Error:  # not created or migrated yet, or busy this instant
        return None
    return None if row is None else (row[0], row[1])


def _integrity(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]


def test_kill_9_mid_reply_then_reopen(qtbot: Any, loop: Any, isolated_home: Path, tmp_path: Path) -> None:
    db = isolated_home / "data" / "belugadesk.sqlite3"
    log = (tmp_path / "app.log").open("wb")
    app_process = subprocess.Popen(
        [sys.executable, "-m", "tests.app.reply_driver", QUESTION],
        env=_env(isolated_home),
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:

        def partial_reply_saved() -> bool:
            if app_process.poll() is not None:
                raise RuntimeError(f"the app exited early: {(tmp_path / 'app.log').read_text()}")
            reply = _stored_reply(db)
            return reply is not None and reply[0] == MessageStatus.IN_PROGRESS.value and bool(reply[1])

        qtbot.waitUntil(partial_reply_saved, timeout=60_000)
        os.kill(app_process.pid, signal.SIGKILL)
        assert app_process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if app_process.poll() is None:
            app_process.kill()
            app_process.wait(timeout=30)
        log.close()

    assert _integrity(db) == ["ok"]
    status, partial = _stored_reply(db) or ("", "")
    assert status == MessageStatus.IN_PROGRESS.value and partial, "the partial text was on disk at the kill"

    reopened = Application(make_qapplication(), demo=True, screenshot=None)
    run_coro(qtbot, reopened.start(), timeout=30_000)
    try:
        assert reopened.vm is not None and reopened.window is not None
        threads = reopened.vm.threads.model
        qtbot.waitUntil(lambda: threads.thread_rows() == [1], timeout=10_000)
        thread = threads.thread_at(1)
        assert thread is not None and thread.title == QUESTION
        run_coro(qtbot, reopened.vm.resume.open(thread), timeout=30_000)
        chat = reopened.vm.chat
        messages = chat.messages.messages
        assert [m.role for m in messages] == [Role.USER, Role.ASSISTANT]
        assert messages[0].text == QUESTION
        reply = messages[1]
        assert reply.status is MessageStatus.INTERRUPTED and reply.text == partial
        assert reply.retryable
        view = reopened.window.chat_view
        assert STATUS_NOTE[MessageStatus.INTERRUPTED] in view.delegate.plain_text(1)
        assert "Retry" in [a.text() for a in view.chat_actions.build_menu(chat.messages.index(1)).actions()]
    finally:
        if reopened.window is not None:
            reopened.window.close()
        run_coro(qtbot, reopened.shutdown(), timeout=30_000)
    assert _integrity(db) == ["ok"]
