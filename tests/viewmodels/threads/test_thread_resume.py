# ruff: noqa: F811  (pytest fixtures imported from thread_helpers are used as parameters)
"""Resuming threads against the local API through the real SDK: merge, gone, read-only, open by id."""

from __future__ import annotations

from typing import Any

import pytest

from belugadesk.domain.models import CodeInterpreterTool, Role
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads import resume as thread_resume
from belugadesk.viewmodels.threads.list_model import ThreadListModel
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from belugadesk.viewmodels.threads.resume import (
    LOCAL_ONLY,
    OTHER_PROFILE,
    REMOTE_GONE,
    ThreadResumeViewModel,
    remote_id_problem,
)
from tests.support import run_coro
from tests.viewmodels.chat.test_message_model import record_changes
from tests.viewmodels.threads.thread_helpers import (  # noqa: F401  (fixtures)
    ASSISTANT,
    ScriptedAnswers,
    add_thread,
    chat_and_thread_list,
    chat_thread,
    server_client,
    session,
    store,
)


@pytest.fixture
def parts(qtbot: Any, session: Session) -> tuple[ChatViewModel, ThreadListViewModel, ThreadResumeViewModel]:
    chat, threads = chat_and_thread_list(qtbot, session)
    return chat, threads, ThreadResumeViewModel(session, chat, threads)


def test_reopening_merges_the_server_history_without_duplicates(
    qtbot: Any,
    store: AsyncStore,
    session: Session,
    parts: Any,
    local_api: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(thread_resume, "PAGE_SIZE", 1)  # every page holds one item: all pages are read
    backend = run_coro(qtbot, session.backend())
    cursors: list[str | None] = []
    load_history = backend.load_history

    async def counting(remote_id: str, **kwargs: Any) -> Any:
        cursors.append(kwargs.get("cursor"))
        return await load_history(remote_id, **kwargs)

    monkeypatch.setattr(backend, "load_history", counting)
    chat, _threads, resume = parts
    thread = chat_thread(qtbot, chat, "Tell me about belugas", "And narwhals?")
    assert run_coro(qtbot, store.run(lambda s: s.messages.count(thread.id))) == 4
    # lose the last three cached rows (as after a crash)
    assert run_coro(qtbot, store.run(lambda s: s.messages.delete_from(thread.id, 1))) == 3
    chat.new_thread()

    with qtbot.waitSignal(resume.historyReloaded, timeout=10_000):
        run_coro(qtbot, resume.open(thread))
    shown = chat.messages.messages
    assert [m.role for m in shown] == [Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT]
    assert shown[0].text == "Tell me about belugas" and shown[2].text == "And narwhals?"
    assert "narwhals" in shown[3].text.lower()
    remote_ids = [m.remote_id for m in shown]
    assert None not in remote_ids and len(set(remote_ids)) == 4, "every message is tied to one server item"
    cached = run_coro(qtbot, store.run(lambda s: s.messages.list(thread.id)))
    assert [m.id for m in cached] == [m.id for m in shown]
    assert len(cursors) == 4 and cursors[0] is None and None not in cursors[1:], (
        "four pages, each after the last"
    )

    # a second reload changes nothing
    run_coro(qtbot, resume.reload(thread))
    assert run_coro(qtbot, store.run(lambda s: s.messages.count(thread.id))) == 4
    assert resume.notice == ""


def test_continuing_a_resumed_thread_appends_to_the_same_conversation(
    qtbot: Any, store: AsyncStore, parts: Any, local_api: Any
) -> None:
    chat, _threads, resume = parts
    thread = chat_thread(qtbot, chat, "First question")
    chat.new_thread()
    run_coro(qtbot, resume.open(thread))
    assert chat.read_only_reason == ""
    assert run_coro(qtbot, chat.send("Second question"), timeout=20_000)

    assert chat.thread is not None and chat.thread.id == thread.id
    assert chat.thread.remote_id == thread.remote_id
    assert len(run_coro(qtbot, store.run(lambda s: s.threads.list()))) == 1
    items = server_client(local_api).conversations.items.list(thread.remote_id, order="asc")
    texts = [c.text for item in items.data if item.type == "message" for c in item.content]
    assert texts[0] == "First question" and "Second question" in texts
    assert len(items.data) == 4


def test_a_thread_deleted_on_the_server_is_marked_and_kept(
    qtbot: Any, store: AsyncStore, parts: Any, local_api: Any
) -> None:
    chat, threads, resume = parts
    thread = chat_thread(qtbot, chat, "Remember this")
    chat.new_thread()
    server_client(local_api).conversations.delete(thread.remote_id)

    with qtbot.waitSignal(resume.noticeChanged, timeout=10_000) as notice:
        run_coro(qtbot, resume.open(thread))
    assert notice.args == [REMOTE_GONE]
    assert chat.messages.messages[0].text == "Remember this", "the local copy is still shown"
    stored = run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id)))
    assert stored.remote_gone
    row = threads.model.row_of(thread.id)
    assert threads.model.data(threads.model.index(row), ThreadListModel.RemoteGoneRole) is True

    assert not run_coro(qtbot, chat.send("Still there?"))
    assert chat.error == REMOTE_GONE
    # opening it again says so at once, without asking the server
    chat.new_thread()
    run_coro(qtbot, resume.open(stored))
    assert resume.notice == REMOTE_GONE


def test_a_thread_of_another_profile_opens_read_only(qtbot: Any, store: AsyncStore, parts: Any) -> None:
    chat, _threads, resume = parts
    chat.set_assistant(ASSISTANT)
    thread = add_thread(
        qtbot, store, "Work chat", profile_id="someone-else", remote_id="conv_x", texts=("Hello", "Hi")
    )
    run_coro(qtbot, resume.open(thread))
    assert [m.text for m in chat.messages.messages] == ["Hello", "Hi"]
    assert resume.notice == OTHER_PROFILE
    assert not run_coro(qtbot, chat.send("Can I continue?"))
    assert chat.error == OTHER_PROFILE
    assert run_coro(qtbot, store.run(lambda s: s.messages.count(thread.id))) == 2


def test_a_local_only_copy_opens_read_only(qtbot: Any, store: AsyncStore, parts: Any) -> None:
    chat, _threads, resume = parts
    chat.set_assistant(ASSISTANT)
    thread = add_thread(qtbot, store, "Imported copy", texts=("Hello",))
    run_coro(qtbot, resume.open(thread))
    assert resume.notice == LOCAL_ONLY
    assert not run_coro(qtbot, chat.send("More?"))
    assert chat.error == LOCAL_ONLY


def test_open_by_id_imports_the_history_into_a_new_thread(
    qtbot: Any, store: AsyncStore, parts: Any, local_api: Any
) -> None:
    chat, threads, resume = parts
    conversation = server_client(local_api).conversations.create(
        items=[
            {"type": "message", "role": "user", "content": "How deep do belugas dive?\nJust curious."},
            {
                "type": "message",
                "role": "assistant",
                "content": [{"type": "output_text", "text": "Up to 800 m."}],
            },
        ]
    )
    opened = run_coro(qtbot, resume.open_by_id(f"  {conversation.id} ", ASSISTANT.id))
    assert opened is not None, resume.error
    assert opened.title == "How deep do belugas dive?"
    assert opened.remote_id == conversation.id and opened.assistant_id == ASSISTANT.id
    assert [m.text for m in chat.messages.messages] == [
        "How deep do belugas dive?\nJust curious.",
        "Up to 800 m.",
    ]
    assert chat.thread is not None and chat.thread.id == opened.id
    assert threads.model.row_of(opened.id) >= 0, "the list shows it"

    again = run_coro(qtbot, resume.open_by_id(conversation.id, ASSISTANT.id))
    assert again is not None and again.id == opened.id, "the same remote thread is not imported twice"
    assert len(run_coro(qtbot, store.run(lambda s: s.threads.list()))) == 1


def test_a_thread_opened_by_id_has_a_plain_text_preview(
    qtbot: Any, store: AsyncStore, parts: Any, local_api: Any
) -> None:
    _chat, _threads, resume = parts
    reply = "### About your question\n\nBelugas **dive** to [800 m](https://example.org).\n\n- `deep`"
    conversation = server_client(local_api).conversations.create(
        items=[
            {"type": "message", "role": "user", "content": "How deep?"},
            {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": reply}]},
        ]
    )
    opened = run_coro(qtbot, resume.open_by_id(conversation.id, ASSISTANT.id))
    assert opened is not None, resume.error
    expected = "About your question Belugas dive to 800 m. deep"
    assert opened.last_message_preview == expected
    [stored] = run_coro(qtbot, store.run(lambda s: s.threads.list()))
    assert stored.last_message_preview == expected


def test_open_by_id_refuses_bad_or_unknown_ids(qtbot: Any, parts: Any) -> None:
    _chat, _threads, resume = parts
    assert run_coro(qtbot, resume.open_by_id("thread_abc", None)) is None
    assert "Assistants API" in resume.error and "conv_" in resume.error
    assert run_coro(qtbot, resume.open_by_id("conv_doesnotexist", None)) is None
    assert "conv_doesnotexist" in resume.error and "no thread" in resume.error


def test_the_open_by_id_flow_asks_for_the_id_and_shows_why_it_failed(
    qtbot: Any, store: AsyncStore, parts: Any, local_api: Any
) -> None:
    chat, _threads, resume = parts
    cancelled = ScriptedAnswers(remote_id=None)
    assert run_coro(qtbot, resume.open_asked_id(cancelled, None)) is None
    assert cancelled.asked == ["which responses id?"] and cancelled.problems == []

    unknown = ScriptedAnswers(remote_id="conv_doesnotexist")
    assert run_coro(qtbot, resume.open_asked_id(unknown, None)) is None
    [(title, text)] = unknown.problems
    assert title == "Thread not opened" and "conv_doesnotexist" in text

    conversation = server_client(local_api).conversations.create(
        items=[{"type": "message", "role": "user", "content": "Opened through the flow"}]
    )
    with qtbot.waitSignal(chat.threadChanged, timeout=10_000):
        resume.request_open_by_id(ScriptedAnswers(remote_id=conversation.id), ASSISTANT.id)
    assert chat.thread is not None and chat.thread.remote_id == conversation.id
    assert chat.thread.title == "Opened through the flow"


def test_remote_id_problems() -> None:
    from belugadesk.domain.models import Backend

    assert remote_id_problem("conv_123", Backend.RESPONSES) == ""
    assert remote_id_problem("thread_123", Backend.ASSISTANTS) == ""
    assert "starts with “conv_”" in remote_id_problem("abc", Backend.RESPONSES)
    assert "no spaces" in remote_id_problem("conv_1 2", Backend.RESPONSES)
    assert "Responses API" in remote_id_problem("conv_1", Backend.ASSISTANTS)
    assert remote_id_problem("conv_", Backend.RESPONSES)


def test_reloading_the_history_keeps_the_streamed_reply_whole(
    qtbot: Any, store: AsyncStore, parts: Any
) -> None:
    chat, _threads, resume = parts
    chat.set_assistant(ASSISTANT.model_copy(update={"tools": (CodeInterpreterTool(),)}))
    assert run_coro(qtbot, chat.send("Please plot a chart"), timeout=20_000), chat.error
    thread = chat.thread
    assert thread is not None
    before = chat.messages.messages
    reply = before[-1]
    assert [p.type for p in reply.parts] == ["tool_call", "image", "text"]
    assert reply.usage is not None and reply.model, "the streamed reply reported its usage"
    footer = chat.footer_for(reply)
    assert "in ·" in footer
    chat.new_thread()

    with qtbot.waitSignal(resume.historyReloaded, timeout=10_000):
        run_coro(qtbot, resume.open(thread))
    after = chat.messages.messages
    assert [m.id for m in after] == [m.id for m in before], "the server's tool-call item is not a new row"
    assert after[-1].parts == reply.parts
    assert after[-1].usage == reply.usage and after[-1].model == reply.model
    assert chat.footer_for(after[-1]) == footer
    cached = run_coro(qtbot, store.run(lambda s: s.messages.list(thread.id)))
    assert cached == after


def test_reloading_an_unchanged_history_touches_no_row(qtbot: Any, store: AsyncStore, parts: Any) -> None:
    chat, _threads, resume = parts
    thread = chat_thread(qtbot, chat, "Tell me about belugas", "And narwhals?")
    chat.new_thread()
    with qtbot.waitSignal(resume.historyReloaded, timeout=10_000):
        run_coro(qtbot, resume.open(thread))
    model = chat.messages
    revisions = [model.revision_at(row) for row in range(model.rowCount())]
    seen = record_changes(model)

    assert run_coro(qtbot, resume.reload(thread))

    assert seen == [], "nothing changed, so no row is laid out again"
    assert [model.revision_at(row) for row in range(model.rowCount())] == revisions
