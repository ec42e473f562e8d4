# ruff: noqa: F811  (pytest fixtures imported from thread_helpers are used as parameters)
"""Delete (with the server failing, or already gone), export and import, through the real SDK and SQLite."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from belugadesk.store import AsyncStore
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.actions import ThreadActionsViewModel
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from tests.support import run_coro
from tests.viewmodels.threads.thread_helpers import (  # noqa: F401  (fixtures)
    ScriptedAnswers,
    add_thread,
    chat_and_thread_list,
    chat_thread,
    server_client,
    session,
    store,
)


@pytest.fixture
def parts(qtbot: Any, session: Session) -> tuple[ChatViewModel, ThreadListViewModel, ThreadActionsViewModel]:
    chat, threads = chat_and_thread_list(qtbot, session)
    return chat, threads, ThreadActionsViewModel(session, threads, chat)


def test_a_server_failure_keeps_the_local_copy_until_asked(
    qtbot: Any, store: AsyncStore, parts: Any, local_api: Any
) -> None:
    chat, threads, actions = parts
    thread = chat_thread(qtbot, chat, "Keep me safe")
    local_api.faults.add("DELETE", r"/v1/conversations/.*", 500)

    outcome = run_coro(qtbot, actions.delete(thread))
    assert not outcome.deleted
    assert "server" in outcome.remote_error.lower() and "500" in outcome.remote_error
    assert run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id))) is not None
    assert threads.model.row_of(thread.id) >= 0
    assert chat.thread is not None and chat.thread.id == thread.id

    outcome = run_coro(qtbot, actions.delete(thread, local_only=True))
    assert outcome.deleted
    assert run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id))) is None
    assert run_coro(qtbot, store.run(lambda s: s.messages.count(thread.id))) == 0
    assert threads.model.row_of(thread.id) == -1
    assert chat.thread is None, "the chat left the deleted thread"
    assert server_client(local_api).conversations.retrieve(thread.remote_id).id == thread.remote_id


def test_delete_removes_the_server_copy_and_a_404_counts_as_deleted(
    qtbot: Any, store: AsyncStore, parts: Any, local_api: Any
) -> None:
    import openai

    chat, _threads, actions = parts
    first = chat_thread(qtbot, chat, "One")
    chat.new_thread()
    second = chat_thread(qtbot, chat, "Two")
    assert run_coro(qtbot, actions.delete(first)).deleted
    with pytest.raises(openai.NotFoundError):
        server_client(local_api).conversations.retrieve(first.remote_id)

    server_client(local_api).conversations.delete(second.remote_id)
    assert run_coro(qtbot, actions.delete(second)).deleted
    assert run_coro(qtbot, store.run(lambda s: s.threads.list())) == []


def test_export_json_then_import_round_trips(
    qtbot: Any, store: AsyncStore, parts: Any, tmp_path: Path
) -> None:
    _chat, threads, actions = parts
    thread = add_thread(
        qtbot, store, "Export me", remote_id="conv_exported", texts=("Hello **there**", "General Kenobi")
    )
    json_path, md_path = tmp_path / "t.json", tmp_path / "t.md"
    assert run_coro(qtbot, actions.export(thread, json_path, "json"))
    assert run_coro(qtbot, actions.export(thread, md_path, "markdown"))
    markdown = md_path.read_text(encoding="utf-8")
    assert "# Export me" in markdown and "Hello **there**" in markdown and "General Kenobi" in markdown
    assert "Assistant: Whale expert" in markdown

    # the remote id is already here: the copy is a local-only thread
    copy = run_coro(qtbot, actions.import_file(json_path))
    assert copy is not None, actions.error
    assert copy.id != thread.id and copy.remote_id is None
    assert threads.model.row_of(copy.id) >= 0

    # on a machine without it, the round trip is exact
    run_coro(qtbot, store.run(lambda s: s.threads.delete(thread.id)))
    imported = run_coro(qtbot, actions.import_file(json_path))
    assert imported is not None and imported.remote_id == "conv_exported"
    again = tmp_path / "again.json"
    assert run_coro(qtbot, actions.export(imported, again, "json"))
    assert json.loads(again.read_text(encoding="utf-8")) == json.loads(json_path.read_text(encoding="utf-8"))
    messages = run_coro(qtbot, store.run(lambda s: s.messages.list(imported.id)))
    assert [m.text for m in messages] == ["Hello **there**", "General Kenobi"]


def test_importing_a_wrong_file_says_why_and_changes_nothing(
    qtbot: Any, store: AsyncStore, parts: Any, tmp_path: Path
) -> None:
    _chat, _threads, actions = parts
    wrong = tmp_path / "notes.json"
    wrong.write_text('{"hello": "world"}', encoding="utf-8")
    assert run_coro(qtbot, actions.import_file(wrong)) is None
    assert "not a BelugaDesk thread export" in actions.error
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    assert run_coro(qtbot, actions.import_file(binary)) is None
    assert "not UTF-8" in actions.error
    assert run_coro(qtbot, actions.import_file(tmp_path / "missing.json")) is None
    assert "could not be read" in actions.error
    assert run_coro(qtbot, store.run(lambda s: s.threads.list())) == []


def test_export_to_an_unwritable_place_says_so(
    qtbot: Any, store: AsyncStore, parts: Any, tmp_path: Path
) -> None:
    _chat, _threads, actions = parts
    thread = add_thread(qtbot, store, "Nowhere")
    assert not run_coro(qtbot, actions.export(thread, tmp_path / "no-such-dir" / "t.json", "json"))
    assert "could not be written" in actions.error


# --- the flows the thread list starts, asking the person midway ------------------------------------------


def test_the_delete_flow_asks_first_and_offers_the_local_copy_when_the_server_refuses(
    qtbot: Any, store: AsyncStore, parts: Any, local_api: Any
) -> None:
    chat, threads, actions = parts
    thread = chat_thread(qtbot, chat, "Ask before deleting")
    no = ScriptedAnswers(confirm=False)
    assert not run_coro(qtbot, actions.delete_asking(thread, no))
    assert no.asked == ["delete Ask before deleting?"]
    assert run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id))) is not None

    local_api.faults.add("DELETE", r"/v1/conversations/.*", 500)
    keep = ScriptedAnswers(local_only=False)
    assert not run_coro(qtbot, actions.delete_asking(thread, keep))
    assert keep.asked[1].startswith("local only?") and "500" in keep.asked[1]
    assert run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id))) is not None, "kept, as chosen"

    local_api.faults.add("DELETE", r"/v1/conversations/.*", 500)
    local = ScriptedAnswers(local_only=True)
    with qtbot.waitSignal(actions.statusMessage, timeout=5000) as status:
        actions.request_delete(thread, local)  # the slot the view calls
    assert status.args == ["Deleted “Ask before deleting”"]
    assert run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id))) is None
    assert threads.model.row_of(thread.id) == -1


def test_the_delete_flow_explains_why_a_streaming_thread_is_not_deleted(
    qtbot: Any, store: AsyncStore, parts: Any, local_api: Any
) -> None:
    chat, _threads, actions = parts
    thread = chat_thread(qtbot, chat, "Busy")
    local_api.faults.add_cut("POST", r"^/v1/responses$", "stall", after_chunks=2)
    try:
        chat.submit("Please write a long reply")
        qtbot.waitUntil(lambda: chat.streaming, timeout=5000)
        answers = ScriptedAnswers()
        assert not run_coro(qtbot, actions.delete_asking(thread, answers))
        assert answers.asked == [] and answers.problems[0][0] == "Thread not deleted"
        assert "Stop the reply" in answers.problems[0][1]
    finally:
        chat.request_stop()
        qtbot.waitUntil(lambda: not chat.streaming, timeout=10_000)
        local_api.faults.clear()
        run_coro(qtbot, chat.wait_idle())


def test_the_export_flow_writes_where_the_person_chose_or_says_why_not(
    qtbot: Any, store: AsyncStore, parts: Any, tmp_path: Path
) -> None:
    _chat, _threads, actions = parts
    thread = add_thread(qtbot, store, "Flowing out", texts=("Question", "Answer"))
    cancelled = ScriptedAnswers(path=None)
    assert not run_coro(qtbot, actions.export_asking(thread, "json", cancelled))
    assert cancelled.asked == ["export Flowing out as json where?"] and cancelled.problems == []

    target = tmp_path / "out.json"
    with qtbot.waitSignal(actions.statusMessage, timeout=5000) as status:
        actions.request_export(thread, "json", ScriptedAnswers(path=target))
    assert status.args == [f"Exported “Flowing out” to {target}"]
    assert json.loads(target.read_text(encoding="utf-8"))["thread"]["title"] == "Flowing out"

    nowhere = ScriptedAnswers(path=tmp_path / "no-such-dir" / "t.md")
    assert not run_coro(qtbot, actions.export_asking(thread, "markdown", nowhere))
    [(title, text)] = nowhere.problems
    assert title == "Thread not exported" and "could not be written" in text


def test_the_import_flow_imports_the_chosen_file_or_explains_a_wrong_one(
    qtbot: Any, store: AsyncStore, parts: Any, tmp_path: Path
) -> None:
    _chat, threads, actions = parts
    assert run_coro(qtbot, actions.import_asking(ScriptedAnswers(path=None))) is None
    wrong = tmp_path / "wrong.json"
    wrong.write_text("[]", encoding="utf-8")
    answers = ScriptedAnswers(path=wrong)
    assert run_coro(qtbot, actions.import_asking(answers)) is None
    [(title, text)] = answers.problems
    assert title == "Thread not imported" and "wrong.json was not imported" in text

    thread = add_thread(qtbot, store, "Round trip", texts=("Hi",))
    exported = tmp_path / "t.json"
    assert run_coro(qtbot, actions.export(thread, exported, "json"))
    imported = run_coro(qtbot, actions.import_asking(ScriptedAnswers(path=exported)))
    assert imported is not None and imported.title == "Round trip" and imported.id != thread.id
    assert threads.model.row_of(imported.id) >= 0
