"""Branches: from any message, on every backend, against the local API through the real SDK and a real
store. The branch holds exactly the history up to the message (on the server and in the store), the
original is unchanged, editing a past message makes a branch, and the links hold both ways across a
restart and after the original is deleted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import Backend, FunctionTool, Role, Thread, ToolCallPart
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.threads.branches import BranchLinksViewModel
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import (
    BACKENDS,
    assert_in_agreement,
    assistant,
    close_chat,
    make_chat,
    server_messages,
    spoken,
    stored_messages,
)


def send(qtbot: Any, vm: ChatViewModel, text: str) -> None:
    assert run_coro(qtbot, vm.send(text), timeout=20_000)


def reopen(qtbot: Any, vm: ChatViewModel, thread: Thread) -> None:
    run_coro(qtbot, vm.open_thread(thread), timeout=20_000)
    assert vm.thread is not None and vm.thread.id == thread.id


@pytest.mark.parametrize("backend", BACKENDS, ids=lambda b: b.value)
def test_a_branch_holds_the_history_up_to_the_message_and_the_original_is_unchanged(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path, backend: Backend
) -> None:
    chat = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", backend=backend)
    try:
        send(qtbot, chat, "first question")
        send(qtbot, chat, "second question")
        original = chat.thread
        assert original is not None
        said = assert_in_agreement(qtbot, chat)
        assert len(said) == 4
        kept_id = chat.messages.message_at(1).id

        branch = run_coro(qtbot, chat.branch_at(1), timeout=20_000)

        assert branch is not None and chat.thread is not None and chat.thread.id == branch.id
        assert branch.remote_id and branch.remote_id != original.remote_id
        assert branch.title == f"{original.title} (branch)"
        assert (branch.branched_from_thread_id, branch.branched_from_message_id) == (original.id, kept_id)
        assert chat.notice == ""  # nothing was left out
        assert assert_in_agreement(qtbot, chat) == said[:2]  # view, store and server: exactly that much
        send(qtbot, chat, "a different second question")
        assert [text for _, text in assert_in_agreement(qtbot, chat)][2] == "a different second question"

        reopen(qtbot, chat, original)
        assert assert_in_agreement(qtbot, chat) == said  # the original is unchanged, everywhere
    finally:
        close_chat(qtbot, chat)


def test_a_long_responses_thread_is_copied_beyond_the_twenty_items_one_request_takes(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    chat = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3")
    try:
        for n in range(11):
            send(qtbot, chat, f"question {n}")
        said = assert_in_agreement(qtbot, chat)
        assert len(said) == 22

        run_coro(qtbot, chat.branch_at(chat.messages.rowCount() - 1), timeout=20_000)

        assert spoken(server_messages(qtbot, chat)) == said
    finally:
        close_chat(qtbot, chat)


@pytest.mark.parametrize("backend", [Backend.RESPONSES, Backend.ASSISTANTS], ids=lambda b: b.value)
def test_editing_a_past_message_sends_it_in_a_branch_and_keeps_the_original(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path, backend: Backend
) -> None:
    chat = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", backend=backend)
    try:
        for text in ("one", "two with a typo", "three"):
            send(qtbot, chat, text)
        original = chat.thread
        assert original is not None
        said = assert_in_agreement(qtbot, chat)
        before_id = chat.messages.message_at(1).id
        returned: list[str] = []
        chat.draftReturned.connect(returned.append)

        assert chat.edit_message(chat.messages.message_at(2).id) == "two with a typo"
        assert returned == ["two with a typo"] and chat.editing
        send(qtbot, chat, "two, corrected")

        assert chat.thread is not None and chat.thread.id != original.id and not chat.editing
        assert (chat.thread.branched_from_thread_id, chat.thread.branched_from_message_id) == (
            original.id,
            before_id,
        )
        shown = assert_in_agreement(qtbot, chat)
        assert shown[:2] == said[:2] and shown[2] == ("user", "two, corrected") and len(shown) == 4
        reopen(qtbot, chat, original)
        assert assert_in_agreement(qtbot, chat) == said
    finally:
        close_chat(qtbot, chat)


def test_editing_can_be_cancelled_and_a_cancelled_edit_sends_in_the_same_thread(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    chat = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3")
    try:
        send(qtbot, chat, "one")
        thread = chat.thread
        assert thread is not None
        assert chat.edit_last_message() == "one" and chat.editing
        chat.cancel_edit()
        assert not chat.editing and chat.notice == ""
        send(qtbot, chat, "two")
        assert chat.thread is not None and chat.thread.id == thread.id
        assert [m.text for m in chat.messages.messages if m.role is Role.USER] == ["one", "two"]
    finally:
        close_chat(qtbot, chat)


def test_links_hold_both_ways_across_a_restart_and_after_the_original_is_deleted(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    db = tmp_path / "chat.sqlite3"
    main = MainViewModel(make_chat(qtbot, local_api, db).session)
    chat = main.chat
    chat.set_assistant(assistant())
    send(qtbot, chat, "about whales")
    original = chat.thread
    assert original is not None
    kept_id = chat.messages.message_at(1).id
    branch = run_coro(qtbot, chat.branch_at(1), timeout=20_000)
    assert branch is not None
    qtbot.waitUntil(lambda: main.branches.links.thread_id == branch.id, timeout=5_000)
    assert main.branches.links.origin is not None and main.branches.links.origin.id == original.id
    assert main.branches.origin_text() == f"Branched from “{original.title}”"
    with qtbot.waitSignal(main.branches.openRequested, timeout=5_000) as opened:
        main.branches.open_origin()
    assert [opened.args[0].id, opened.args[1]] == [original.id, kept_id]
    qtbot.waitUntil(lambda: chat.thread is not None and chat.thread.id == original.id, timeout=20_000)
    qtbot.waitUntil(lambda: main.branches.links.thread_id == original.id, timeout=5_000)
    assert [b.id for b in main.branches.links.branches] == [branch.id]
    assert "1" in main.branches.branches_text()
    run_coro(qtbot, main.aclose(), timeout=20_000)
    run_coro(qtbot, main.session.store.close())

    # a restart: a new session over the same database
    again = make_chat(qtbot, local_api, db)
    try:
        links = BranchLinksViewModel(again.session, again)
        reopen(qtbot, again, original)
        qtbot.waitUntil(lambda: links.links.thread_id == original.id, timeout=5_000)
        assert [b.id for b in links.links.branches] == [branch.id]
        reopen(qtbot, again, branch)
        qtbot.waitUntil(lambda: links.links.thread_id == branch.id, timeout=5_000)
        assert links.links.origin is not None and links.links.origin.id == original.id

        # the original deleted (server and store): the branch goes on, and its link says so
        async def delete_original() -> None:
            await (await again.session.backend()).delete_thread(original.remote_id or "")
            await again.session.store.run(lambda s: s.threads.delete(original.id))

        run_coro(qtbot, delete_original(), timeout=20_000)
        links.thread_deleted(original.id)
        qtbot.waitUntil(lambda: links.links.origin is None, timeout=5_000)
        assert links.origin_text() == "Branched from a thread that has been deleted"
        send(qtbot, again, "more about whales")
        assert [t for _, t in assert_in_agreement(qtbot, again)][::2] == ["about whales", "more about whales"]
        assert [m.role for m in stored_messages(qtbot, again)] == [Role.USER, Role.ASSISTANT] * 2
    finally:
        close_chat(qtbot, again)


@pytest.mark.parametrize(
    ("backend", "said"),
    [(Backend.RESPONSES, ""), (Backend.ASSISTANTS, "1 tool call")],
    ids=["responses", "assistants"],
)
def test_a_tool_call_goes_into_the_branch_where_the_api_allows_and_the_notice_says_when_not(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path, backend: Backend, said: str
) -> None:
    clock = FunctionTool(name="get_current_time", description="The time now")
    chat = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", assistant([clock]), backend=backend)
    try:
        send(qtbot, chat, "What time is it? call get_current_time")
        reply_text = chat.messages.messages[-1].text

        run_coro(qtbot, chat.branch_at(chat.messages.rowCount() - 1), timeout=20_000)

        if said:
            assert said in chat.notice and "will not see" in chat.notice
        else:
            assert chat.notice == ""
        calls = [p for m in server_messages(qtbot, chat) for p in m.parts if isinstance(p, ToolCallPart)]
        assert [(c.name, c.output is not None) for c in calls] == (
            [("get_current_time", False), ("", True)] if not said else []
        )
        assert spoken(server_messages(qtbot, chat))[-1] == ("assistant", reply_text)
        send(qtbot, chat, "and now?")  # the branch goes on
    finally:
        close_chat(qtbot, chat)
