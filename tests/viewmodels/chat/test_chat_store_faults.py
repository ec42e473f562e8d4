"""A store write of the chat that fails says so (it was only logged before), and loses nothing shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belugadesk.store import Store
from belugadesk.viewmodels.chat.chat_vm import NOT_SAVED, ChatViewModel
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import close_chat, make_chat


@pytest.fixture
def chat(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> Iterator[ChatViewModel]:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3")
    yield vm
    close_chat(qtbot, vm)


def refuse(qtbot: Any, vm: ChatViewModel, when: str) -> None:
    """From now on the database refuses ``when`` (e.g. "DELETE ON messages"), as a failing disk would."""

    def install(s: Store) -> None:
        s.conn.execute(
            f"CREATE TEMP TRIGGER refused BEFORE {when} BEGIN SELECT RAISE(FAIL, 'disk I/O error'); END"
        )

    run_coro(qtbot, vm.session.store.run(install))


def test_a_branch_the_store_refuses_is_said_and_the_original_stays_open(
    qtbot: Any, chat: ChatViewModel
) -> None:
    assert run_coro(qtbot, chat.send("first thought"), timeout=20_000)
    original = chat.thread
    refuse(qtbot, chat, "INSERT ON threads")

    assert run_coro(qtbot, chat.branch_at(1), timeout=20_000) is None

    assert chat.error.startswith("The branch could not be made.") and "disk I/O error" in chat.error
    assert chat.thread is original and chat.messages.rowCount() == 2


def test_a_failed_draft_save_is_said(qtbot: Any, chat: ChatViewModel) -> None:
    refuse(qtbot, chat, "INSERT ON drafts")

    chat.set_draft("words not yet sent")

    qtbot.waitUntil(lambda: chat.error.startswith("The draft could not be saved"), timeout=5_000)
    assert "disk I/O error" in chat.error


def test_a_question_the_store_refuses_is_said(qtbot: Any, chat: ChatViewModel) -> None:
    refuse(qtbot, chat, "INSERT ON messages")

    chat.submit("a question to keep")

    qtbot.waitUntil(lambda: chat.error.startswith(NOT_SAVED), timeout=20_000)
    qtbot.waitUntil(lambda: not chat.streaming, timeout=20_000)
    assert "disk I/O error" in chat.error
    assert [m.text for m in chat.messages.messages] == ["a question to keep"]  # still shown, not lost
