"""The message cache: order, paging, update, delete from a position, merging remote history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from belugadesk.domain.models import (
    AttachmentPart,
    FileCitation,
    ImagePart,
    Message,
    MessageStatus,
    Role,
    TextPart,
    Thread,
    ToolCallPart,
    Usage,
)
from belugadesk.store import MergeResult, RecordMissing, Store

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def thread(store: Store) -> Thread:
    return store.threads.create(Thread(title="t"))


def _texts(store: Store, thread: Thread) -> list[str]:
    return [m.text for m in store.messages.list(thread.id)]


def test_round_trip_of_every_part_kind(store: Store, thread: Thread) -> None:
    m = Message(
        role=Role.ASSISTANT,
        remote_id="msg_1",
        model="gpt-5",
        error=None,
        usage=Usage(input_tokens=10, output_tokens=20, cached_tokens=3),
        parts=(
            TextPart(
                text="See [1]",
                annotations=(FileCitation(file_id="f1", filename="a.pdf", start=4, end=7, quote="q"),),
            ),
            ImagePart(file_id="img", container_id="cntr_1"),
            ToolCallPart(call_id="c1", kind="code_interpreter", arguments="print(1)", output="1"),
            AttachmentPart(file_id="f2", filename="data.csv", tool="code_interpreter", size=12),
        ),
        created_at=T0,
    )
    stored = store.messages.append(thread.id, m)
    assert stored == m.model_copy(update={"thread_id": thread.id})
    assert store.messages.get(m.id) == stored
    assert store.messages.list(thread.id) == [stored]
    bare = store.messages.append(thread.id, Message(role=Role.USER))
    assert store.messages.get(bare.id) == bare and bare.usage is None


def test_order_paging_and_count(store: Store, thread: Thread) -> None:
    store.messages.append_many(thread.id, [Message.user(f"m{i}") for i in range(10)])
    store.messages.append(thread.id, Message.assistant("m10"))
    assert store.messages.count(thread.id) == 11
    assert _texts(store, thread) == [f"m{i}" for i in range(11)]
    assert [m.text for m in store.messages.list(thread.id, offset=4, limit=3)] == ["m4", "m5", "m6"]
    assert [m.text for m in store.messages.list(thread.id, offset=9)] == ["m9", "m10"]
    assert store.messages.list(thread.id, offset=20, limit=5) == []
    with pytest.raises(RecordMissing):
        store.messages.append("missing", Message.user("x"))


def test_update_finishes_a_streamed_message(store: Store, thread: Thread) -> None:
    first = store.messages.append(thread.id, Message.user("question"))
    partial = store.messages.append(thread.id, Message(role=Role.ASSISTANT, status=MessageStatus.IN_PROGRESS))
    done = partial.model_copy(
        update={
            "parts": (TextPart(text="full answer about krill"),),
            "status": MessageStatus.COMPLETED,
            "remote_id": "msg_9",
            "usage": Usage(input_tokens=5, output_tokens=7),
            "model": "gpt-5",
        }
    )
    assert store.messages.update(done) == done
    assert [m.id for m in store.messages.list(thread.id)] == [first.id, partial.id]
    assert [h.message_id for h in store.search("krill")] == [partial.id]
    stopped = done.model_copy(update={"status": MessageStatus.CANCELLED, "error": "Stopped."})
    store.messages.update(stopped)
    assert store.messages.get(partial.id) == stopped
    with pytest.raises(RecordMissing):
        store.messages.update(Message.user("never stored"))


def test_delete_from_a_position(store: Store, thread: Thread) -> None:
    msgs = store.messages.append_many(thread.id, [Message.user(f"m{i}") for i in range(6)])
    assert store.messages.index_of(msgs[4].id) == 4
    assert store.messages.index_of("missing") is None
    assert store.messages.delete_from(thread.id, 4) == 2
    assert _texts(store, thread) == ["m0", "m1", "m2", "m3"]
    assert store.messages.delete_from(thread.id, 10) == 0
    store.messages.append(thread.id, Message.assistant("regenerated"))
    assert _texts(store, thread) == ["m0", "m1", "m2", "m3", "regenerated"]
    assert store.messages.index_of(msgs[3].id) == 3
    with pytest.raises(ValueError):
        store.messages.delete_from(thread.id, -1)


# --- merging remote history --------------------------------------------------------------------------


def _remote(n: int, role: Role = Role.USER, text: str | None = None, minute: int | None = None) -> Message:
    return Message(
        role=role,
        remote_id=f"r{n}",
        parts=(TextPart(text=text or f"remote {n}"),),
        created_at=T0 + timedelta(minutes=n if minute is None else minute),
    )


def test_merge_into_empty_cache_then_again_is_a_no_op(store: Store, thread: Thread) -> None:
    page = [_remote(i) for i in range(5)]
    assert store.messages.merge_remote(thread.id, page) == MergeResult(added=5)
    assert _texts(store, thread) == [f"remote {i}" for i in range(5)]
    result = store.messages.merge_remote(thread.id, page)
    assert result == MergeResult() and not result.changed
    assert store.messages.count(thread.id) == 5


def test_local_messages_adopt_remote_ids_by_role_and_text(store: Store, thread: Thread) -> None:
    mine = store.messages.append(thread.id, Message.user("hello there", created_at=T0))
    theirs = store.messages.append(thread.id, Message.assistant("general kenobi", created_at=T0))
    page = [
        _remote(1, Role.USER, "hello there"),
        _remote(2, Role.ASSISTANT, "general kenobi"),
        _remote(3, Role.USER, "next"),
    ]
    assert store.messages.merge_remote(thread.id, page) == MergeResult(added=1, adopted=2)
    cached = store.messages.list(thread.id)
    assert [(m.id, m.remote_id) for m in cached[:2]] == [(mine.id, "r1"), (theirs.id, "r2")]
    assert [m.text for m in cached] == ["hello there", "general kenobi", "next"]
    assert store.messages.merge_remote(thread.id, page) == MergeResult()


def test_role_must_match_for_adoption(store: Store, thread: Thread) -> None:
    store.messages.append(thread.id, Message.assistant("same words", created_at=T0))
    result = store.messages.merge_remote(thread.id, [_remote(1, Role.USER, "same words")])
    assert result == MergeResult(added=1)
    assert store.messages.count(thread.id) == 2


def test_older_page_goes_before_and_newer_after(store: Store, thread: Thread) -> None:
    store.messages.merge_remote(thread.id, [_remote(i) for i in range(10, 15)])
    assert store.messages.merge_remote(thread.id, [_remote(i) for i in range(5, 10)]).added == 5
    assert store.messages.merge_remote(thread.id, [_remote(i) for i in range(15, 18)]).added == 3
    assert _texts(store, thread) == [f"remote {i}" for i in range(5, 18)]


def test_overlapping_pages_fill_gaps_in_order(store: Store, thread: Thread) -> None:
    store.messages.merge_remote(thread.id, [_remote(1), _remote(2), _remote(5)])
    result = store.messages.merge_remote(thread.id, [_remote(i) for i in range(0, 7)])
    assert result == MergeResult(added=4)
    assert _texts(store, thread) == [f"remote {i}" for i in range(7)]
    positions = [
        r[0]
        for r in store.conn.execute(
            "SELECT position FROM messages WHERE thread_id = ? ORDER BY position", (thread.id,)
        )
    ]
    assert positions == list(range(7))


def test_remote_changes_update_the_cached_copy(store: Store, thread: Thread) -> None:
    store.messages.merge_remote(thread.id, [_remote(1, Role.ASSISTANT, "draft answer")])
    newer = _remote(1, Role.ASSISTANT, "final answer about orcas").model_copy(
        update={"usage": Usage(input_tokens=1, output_tokens=2)}
    )
    assert store.messages.merge_remote(thread.id, [newer, newer]) == MergeResult(updated=1)
    [cached] = store.messages.list(thread.id)
    assert cached.text == "final answer about orcas" and cached.usage == Usage(
        input_tokens=1, output_tokens=2
    )
    assert [h.message_id for h in store.search("orcas")] == [cached.id]
    assert store.search("draft") == []


def test_merge_needs_remote_ids_and_a_thread(store: Store, thread: Thread) -> None:
    with pytest.raises(ValueError):
        store.messages.merge_remote(thread.id, [Message.user("no id")])
    with pytest.raises(RecordMissing):
        store.messages.merge_remote("missing", [_remote(1)])


def test_the_same_remote_page_merges_into_two_threads(store: Store, thread: Thread) -> None:
    other = store.threads.create(Thread(title="other"))
    page = [_remote(1), _remote(2)]
    assert store.messages.merge_remote(thread.id, page).added == 2
    assert store.messages.merge_remote(other.id, page).added == 2  # message ids are unique across threads
    assert _texts(store, thread) == _texts(store, other) == ["remote 1", "remote 2"]
    ids = {m.id for m in store.messages.list(thread.id)} | {m.id for m in store.messages.list(other.id)}
    assert len(ids) == 4


def test_errors_are_stored_redacted_whatever_the_caller(store: Store, thread: Thread) -> None:
    import secrets

    from belugadesk.domain.redaction import REDACTED, register_secret, unregister_secret

    key = secrets.token_hex(16)
    register_secret(key)
    try:
        failed = Message(role=Role.ASSISTANT, error=f"server said: bad key {key}")
        m = store.messages.append(thread.id, failed)
        assert store.messages.list(thread.id)[0].error == f"server said: bad key {REDACTED}"
        store.messages.update(m.model_copy(update={"error": f"again {key}"}))
        assert store.messages.list(thread.id)[0].error == f"again {REDACTED}"
    finally:
        unregister_secret(key)


def test_merging_the_server_copy_keeps_what_only_the_cache_knows(store: Store, thread: Thread) -> None:
    call = ToolCallPart(call_id="call_1", name="lookup", arguments="{}", output='{"ok": true}')
    image = ImagePart(file_id="file_1")
    local = Message(
        role=Role.ASSISTANT,
        remote_id="r1",
        parts=(call, TextPart(text="orcas are dolphins"), image),
        model="gpt-4.1-mini",
        usage=Usage(input_tokens=10, output_tokens=20, cached_tokens=3),
        error="The stream broke after the text.",
    )
    store.messages.append(thread.id, local)
    server_copy = _remote(1, Role.ASSISTANT, "orcas are dolphins")  # text only: no usage, model, error

    store.messages.merge_remote(thread.id, [server_copy])
    [cached] = store.messages.list(thread.id)
    assert cached.usage == local.usage and cached.model == local.model
    assert cached.error == local.error
    assert cached.parts == local.parts, "tool calls and images streamed into the reply are kept"


def test_tool_call_items_in_a_streamed_reply_are_not_added_again(store: Store, thread: Thread) -> None:
    call = ToolCallPart(call_id="call_1", name="lookup", arguments="{}", output="42")
    reply = Message(role=Role.ASSISTANT, remote_id="r3", parts=(call, TextPart(text="It is 42.")))
    store.messages.append(thread.id, reply)
    server_items = [
        Message(role=Role.ASSISTANT, remote_id="r1", parts=(call.model_copy(update={"output": None}),)),
        Message(role=Role.TOOL, remote_id="r2", parts=(ToolCallPart(call_id="call_1", output="42"),)),
        _remote(3, Role.ASSISTANT, "It is 42."),
        Message(role=Role.ASSISTANT, remote_id="r4", parts=(ToolCallPart(call_id="call_2", name="other"),)),
    ]

    assert store.messages.merge_remote(thread.id, server_items) == MergeResult(added=1)
    messages = store.messages.list(thread.id)
    assert [m.remote_id for m in messages] == ["r3", "r4"], "only the call the cache did not hold is added"
    assert messages[0].parts == reply.parts


def test_an_interrupted_reply_adopts_the_copy_the_server_finished(store: Store, thread: Thread) -> None:
    store.messages.merge_remote(thread.id, [_remote(1, Role.USER, "tell me")])
    partial = Message.assistant("Belugas are", status=MessageStatus.INTERRUPTED)
    store.messages.append(thread.id, partial)

    finished = _remote(2, Role.ASSISTANT, "Belugas are white whales.")
    assert store.messages.merge_remote(thread.id, [finished]) == MergeResult(adopted=1)
    [_question, reply] = store.messages.list(thread.id)
    assert reply.id == partial.id and reply.remote_id == "r2"
    assert reply.text == "Belugas are white whales." and reply.status is MessageStatus.COMPLETED
