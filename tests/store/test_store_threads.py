"""The thread index: ordering, filters, flags, touch, cascade delete, drafts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from belugadesk.domain.models import AssistantDefinition, Backend, Message, Thread
from belugadesk.store import RecordMissing, Store

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _thread(store: Store, title: str, minutes: int, **kw: object) -> Thread:
    at = T0 + timedelta(minutes=minutes)
    return store.threads.create(Thread(title=title, created_at=at, updated_at=at, **kw))


def test_round_trip(store: Store) -> None:
    a = store.assistants.save(AssistantDefinition(name="A", model="m"))
    t = Thread(
        remote_id="thread_abc",
        backend=Backend.ASSISTANTS,
        profile_id="work",
        assistant_id=a.id,
        assistant_version=4,
        title="Plans 🐋",
        pinned=True,
        last_message_preview="hi",
    )
    store.threads.create(t)
    assert store.threads.get(t.id) == t
    assert store.threads.get_by_remote_id("thread_abc") == t
    assert store.threads.get_by_remote_id("thread_abc", profile_id="work") == t
    assert store.threads.get_by_remote_id("thread_abc", profile_id="home") is None
    assert store.threads.get("missing") is None


def test_list_pinned_first_then_most_recent(store: Store) -> None:
    old = _thread(store, "old", 1)
    new = _thread(store, "new", 3)
    mid = _thread(store, "mid", 2)
    assert [t.title for t in store.threads.list()] == ["new", "mid", "old"]
    store.threads.set_pinned(old.id, True)
    assert [t.title for t in store.threads.list()] == ["old", "new", "mid"]
    store.threads.touch(mid.id, preview="  latest\n words  ", at=T0 + timedelta(minutes=10))
    assert [t.title for t in store.threads.list()] == ["old", "mid", "new"]
    touched = store.threads.get(mid.id)
    assert touched is not None and touched.last_message_preview == "latest words"
    assert touched.updated_at == T0 + timedelta(minutes=10)
    assert [t.title for t in store.threads.list(limit=2, offset=1)] == ["mid", "new"]
    store.threads.set_pinned(old.id, False)
    assert store.threads.list()[0].id == mid.id
    assert new.id in {t.id for t in store.threads.list()}


def test_archived_hidden_by_default_and_filter_by_assistant(store: Store) -> None:
    a = store.assistants.save(AssistantDefinition(name="A", model="m"))
    b = store.assistants.save(AssistantDefinition(name="B", model="m"))
    ta = _thread(store, "of a", 1, assistant_id=a.id)
    tb = _thread(store, "of b", 2, assistant_id=b.id)
    gone = _thread(store, "archived of a", 3, assistant_id=a.id)
    store.threads.set_archived(gone.id, True)
    assert [t.id for t in store.threads.list()] == [tb.id, ta.id]
    assert [t.id for t in store.threads.list(include_archived=True)] == [gone.id, tb.id, ta.id]
    assert [t.id for t in store.threads.list(archived_only=True)] == [gone.id]
    assert [t.id for t in store.threads.list(assistant_id=a.id)] == [ta.id]
    assert [t.id for t in store.threads.list(assistant_id=a.id, include_archived=True)] == [gone.id, ta.id]
    store.threads.set_archived(gone.id, False)
    assert len(store.threads.list()) == 3


def test_rename_remote_gone_remote_id_and_missing(store: Store) -> None:
    t = _thread(store, "before", 1)
    store.threads.rename(t.id, "after")
    store.threads.set_remote_gone(t.id)
    store.threads.set_remote_id(t.id, "conv_9")
    got = store.threads.get(t.id)
    assert got is not None and (got.title, got.remote_gone, got.remote_id) == ("after", True, "conv_9")
    store.threads.set_remote_gone(t.id, False)
    got = store.threads.get(t.id)
    assert got is not None and got.remote_gone is False
    for call in (
        lambda: store.threads.rename("x", "y"),
        lambda: store.threads.set_pinned("x", True),
        lambda: store.threads.touch("x"),
    ):
        with pytest.raises(RecordMissing):
            call()


def test_long_preview_is_cut(store: Store) -> None:
    t = _thread(store, "t", 1)
    store.threads.touch(t.id, preview="word " * 100)
    got = store.threads.get(t.id)
    assert got is not None and len(got.last_message_preview) <= 200 and got.last_message_preview.endswith("…")


def test_delete_cascades_messages_draft_and_search(store: Store) -> None:
    t = _thread(store, "doomed narwhal", 1)
    keep = _thread(store, "kept", 2)
    store.messages.append_many(t.id, [Message.user("narwhal tusks"), Message.assistant("narwhal facts")])
    store.messages.append(keep.id, Message.user("narwhal elsewhere"))
    store.drafts.set(t.id, "unsent")
    assert len(store.search("narwhal")) == 4
    assert store.threads.delete(t.id) is True
    assert store.threads.delete(t.id) is False
    assert store.messages.count(t.id) == 0
    assert store.conn.execute("SELECT count(*) FROM messages WHERE thread_id = ?", (t.id,)).fetchone()[0] == 0
    assert store.drafts.get(t.id) == ""
    assert [h.thread_id for h in store.search("narwhal")] == [keep.id]


def test_drafts_per_thread_and_new_thread(store: Store) -> None:
    t = _thread(store, "t", 1)
    assert store.drafts.get() == "" and store.drafts.get(t.id) == ""
    store.drafts.set(None, "a new idea")
    store.drafts.set(t.id, "reply ✍️")
    assert store.drafts.get() == "a new idea" and store.drafts.get("") == "a new idea"
    assert store.drafts.get(t.id) == "reply ✍️"
    store.drafts.set(t.id, "reply, edited")
    assert store.drafts.get(t.id) == "reply, edited"
    store.drafts.set(t.id, "   ")
    assert store.drafts.get(t.id) == ""
    store.drafts.clear()
    assert store.drafts.get() == ""


def test_threads_of_an_undecided_comparison_are_neither_listed_nor_searched_until_kept(store: Store) -> None:
    plain = _thread(store, "Whale songs", 0)
    left = _thread(store, "Whale songs compared", 1, compare_group="cmp-1")
    right = _thread(store, "Whale songs compared", 2, compare_group="cmp-1")
    store.messages.append(left.id, Message(role="user", parts=({"type": "text", "text": "narwhal tusks"},)))
    assert [t.id for t in store.threads.list()] == [plain.id]
    assert [t.id for t in store.threads.list(include_archived=True)] == [plain.id]
    assert store.search("narwhal") == [] and [h.thread_id for h in store.search("compared")] == []
    assert [t.id for t in store.threads.in_compare_group("cmp-1")] == [left.id, right.id]
    assert store.threads.get(left.id) == left  # still readable by id (its column shows it)

    store.threads.set_compare_group(left.id, None)  # kept: an ordinary thread again
    assert [t.id for t in store.threads.list()] == [left.id, plain.id]
    assert [h.thread_id for h in store.search("narwhal")] == [left.id]
    assert [t.id for t in store.threads.in_compare_group("cmp-1")] == [right.id]
