"""What the chat keeps in the store: the reply while it streams, interrupted and damaged messages on reopen,
and no thread when the server never took the first message."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import Message, MessageStatus, Role, Thread
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.chat.reply_saver import SAVE_INTERVAL_MS
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import close_chat, make_chat, stored_messages
from tests.viewmodels.chat.test_chat_vm import chat  # noqa: F401  (the fixture)


@pytest.fixture
def slow_api() -> Iterator[Any]:
    """A local API slow enough that one reply streams for several seconds."""
    from belugadesk.localapi import LocalApiConfig, LocalApiServer

    with LocalApiServer(LocalApiConfig(delta_delay_s=0.06)) as server:
        yield server


def _stored(qtbot: Any, vm: ChatViewModel) -> list[Message]:
    return stored_messages(qtbot, vm) if vm.thread is not None else []


def test_the_partial_reply_is_in_the_store_while_it_streams(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    vm = make_chat(qtbot, slow_api, tmp_path / "chat.sqlite3")
    try:
        vm.submit("Tell me a long story")
        qtbot.waitUntil(lambda: vm.thread is not None and len(_stored(qtbot, vm)) == 2, timeout=10_000)
        assert vm.streaming
        reply = _stored(qtbot, vm)[1]
        assert reply.role is Role.ASSISTANT and reply.status is MessageStatus.IN_PROGRESS

        def partial_saved() -> bool:
            text = _stored(qtbot, vm)[1].text
            return bool(text) and vm.streaming

        qtbot.waitUntil(partial_saved, timeout=10_000)
        saved = _stored(qtbot, vm)[1]
        shown = vm.messages.messages[1]
        assert saved.id == shown.id and shown.text.startswith(saved.text)
        assert saved.status is MessageStatus.IN_PROGRESS

        with qtbot.waitSignal(vm.replyFinished, timeout=30_000):
            pass
        final = _stored(qtbot, vm)
        assert [m.id for m in final] == [m.id for m in vm.messages.messages]
        assert final[1].status is MessageStatus.COMPLETED and final[1].text == vm.messages.messages[1].text
    finally:
        close_chat(qtbot, vm)


def test_partial_saves_are_coalesced_to_one_per_interval(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    vm = make_chat(qtbot, slow_api, tmp_path / "chat.sqlite3")
    try:
        statements: list[str] = []
        run_coro(qtbot, vm.session.store.run(lambda s: s.conn.set_trace_callback(statements.append)))
        shown: list[int] = []
        vm.messages.dataChanged.connect(lambda *_: shown.append(1))
        started = time.monotonic()
        with qtbot.waitSignal(vm.replyFinished, timeout=30_000):
            vm.submit("Tell me a long story")
        elapsed = time.monotonic() - started
        # SQLite reports a statement again for each trigger it fires: count each distinct write once
        updates = {s for s in statements if s.startswith("UPDATE messages SET remote_id")}
        assert elapsed > 1.5, "the reply streamed long enough for several intervals"
        assert 2 <= len(updates) <= elapsed / (SAVE_INTERVAL_MS / 1000) + 2
        assert len(shown) > 3 * len(updates), "the screen changes more often than the store is written"
    finally:
        run_coro(qtbot, vm.session.store.run(lambda s: s.conn.set_trace_callback(None)))
        close_chat(qtbot, vm)


def test_a_reply_left_in_progress_reopens_interrupted_with_retry(
    qtbot: Any,
    chat: ChatViewModel,  # noqa: F811
) -> None:
    assert run_coro(qtbot, chat.send("Tell me about narwhals"), timeout=20_000)
    thread = chat.thread
    assert thread is not None
    reply = chat.messages.messages[-1]
    cut = reply.model_copy(update={"status": MessageStatus.IN_PROGRESS, "parts": reply.parts[:1]})
    run_coro(qtbot, chat.session.store.run(lambda s: s.messages.update(cut)))  # as a killed app left it
    chat.new_thread()

    run_coro(qtbot, chat.open_thread(thread))
    shown = chat.messages.messages[-1]
    assert shown.status is MessageStatus.INTERRUPTED and shown.text == cut.text
    assert shown.retryable
    assert stored_messages(qtbot, chat)[-1].status is MessageStatus.INTERRUPTED

    assert run_coro(qtbot, chat.retry(shown.id), timeout=20_000)
    rows = chat.messages.messages
    assert [m.role for m in rows] == [Role.USER, Role.ASSISTANT]
    assert rows[-1].status is MessageStatus.COMPLETED and "narwhals" in rows[-1].text
    assert [m.id for m in stored_messages(qtbot, chat)] == [m.id for m in rows]


def test_a_damaged_row_does_not_hide_the_thread(
    qtbot: Any,
    chat: ChatViewModel,  # noqa: F811
    tmp_path: Path,
) -> None:
    assert run_coro(qtbot, chat.send("first"), timeout=20_000)
    assert run_coro(qtbot, chat.send("second"), timeout=20_000)
    thread = chat.thread
    assert thread is not None
    damaged = chat.messages.messages[1]
    with sqlite3.connect(tmp_path / "chat.sqlite3") as conn:
        conn.execute("UPDATE messages SET parts = ? WHERE id = ?", ('[{"type": "te', damaged.id))
    chat.new_thread()

    run_coro(qtbot, chat.open_thread(thread))
    assert chat.error == ""
    shown = chat.messages.messages
    assert [m.id for m in shown] == [m.id for m in stored_messages(qtbot, chat)] and len(shown) == 4
    assert shown[1].unreadable and shown[1].raw_parts == '[{"type": "te'
    assert shown[0].text == "first" and shown[2].text == "second" and shown[3].text


def test_a_failed_first_send_leaves_no_thread(
    qtbot: Any,
    chat: ChatViewModel,  # noqa: F811
    local_api: Any,
) -> None:
    saved: list[Thread] = []
    chat.threadSaved.connect(saved.append)
    returned: list[str] = []
    chat.draftReturned.connect(returned.append)
    opened: list[Thread | None] = []
    chat.threadChanged.connect(opened.append)
    local_api.faults.add("POST", r"^/v1/responses$", 500)

    assert not run_coro(qtbot, chat.send("hello?"), timeout=20_000)
    assert returned == ["hello?"] and chat.error
    assert chat.thread is None and chat.messages.messages == []
    assert saved == []
    assert run_coro(qtbot, chat.session.store.run(lambda s: s.threads.list())) == []
    remote_id = next(t.remote_id for t in opened if t is not None)
    assert remote_id is not None
    qtbot.waitUntil(lambda: _remote_thread_gone(local_api, remote_id), timeout=10_000)

    assert run_coro(qtbot, chat.send("hello?"), timeout=20_000), chat.error
    assert chat.thread is not None and {t.id for t in saved} == {chat.thread.id}
    threads = run_coro(qtbot, chat.session.store.run(lambda s: s.threads.list()))
    assert [t.title for t in threads] == ["hello?"]
    assert len(stored_messages(qtbot, chat)) == 2


def _remote_thread_gone(local_api: Any, remote_id: str) -> bool:
    """Whether the server no longer has the conversation the failed first send made."""
    import openai

    with openai.OpenAI(base_url=local_api.base_url, api_key="sk-local-test-key", max_retries=0) as client:
        try:
            client.conversations.retrieve(remote_id)
        except openai.NotFoundError:
            return True
    return False
