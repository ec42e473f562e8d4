"""One damaged message row (bad UTF-8 or broken JSON in its parts) never hides the rest of its thread."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from belugadesk.domain.models import Message, MessageStatus, Role, Thread
from belugadesk.store import Store

BROKEN_JSON = '[{"type": "text", "text": "half a sente'
BAD_UTF8 = b'[{"type": "text", "text": "caf\xe9 \xff"}]'


@pytest.fixture
def thread(store: Store) -> Thread:
    thread = store.threads.create(Thread(title="t"))
    store.messages.append_many(
        thread.id,
        [
            Message.user("first question", id="m0"),
            Message.assistant("first answer", id="m1"),
            Message.user("second question", id="m2"),
        ],
    )
    return thread


def _corrupt(db_path: Path, message_id: str, parts: str | bytes) -> bytes:
    """Write ``parts`` into a row behind the app's back (raw SQL, as a disk or another tool might)."""
    with sqlite3.connect(db_path) as conn:
        if isinstance(parts, bytes):
            conn.execute("UPDATE messages SET parts = CAST(? AS TEXT) WHERE id = ?", (parts, message_id))
        else:
            conn.execute("UPDATE messages SET parts = ? WHERE id = ?", (parts, message_id))
    return _raw(db_path, message_id)


def _raw(db_path: Path, message_id: str) -> bytes:
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("SELECT CAST(parts AS BLOB) FROM messages WHERE id = ?", (message_id,)).fetchone()
    return bytes(row[0])


@pytest.mark.parametrize("damage", [BROKEN_JSON, BAD_UTF8], ids=["broken-json", "bad-utf8"])
def test_the_other_messages_are_listed_and_the_bad_one_keeps_its_raw_text(
    store: Store, thread: Thread, db_path: Path, damage: str | bytes
) -> None:
    stored = _corrupt(db_path, "m1", damage)

    messages = store.messages.list(thread.id)
    assert [m.id for m in messages] == ["m0", "m1", "m2"]
    assert [m.text for m in messages] == ["first question", "", "second question"]
    bad = messages[1]
    assert bad.unreadable and bad.parts == () and bad.role is Role.ASSISTANT
    assert bad.raw_parts == stored.decode("utf-8", errors="replace")
    assert "half a sente" in bad.raw_parts or "caf" in bad.raw_parts
    assert store.messages.get("m1") == bad


def test_a_damaged_row_is_never_rewritten(store: Store, thread: Thread, db_path: Path) -> None:
    stored = _corrupt(db_path, "m1", BAD_UTF8)
    bad = store.messages.get("m1")
    assert bad is not None

    store.messages.update(bad.model_copy(update={"status": MessageStatus.INTERRUPTED}))
    store.messages.merge_remote(
        thread.id, [bad.model_copy(update={"remote_id": "msg_1", "id": "other", "raw_parts": None})]
    )
    store.messages.interrupt_unfinished(thread.id)

    assert _raw(db_path, "m1") == stored
    assert store.messages.get("m1") is not None


def test_unfinished_replies_are_marked_interrupted(store: Store, thread: Thread) -> None:
    partial = Message.assistant("half of it", status=MessageStatus.IN_PROGRESS)
    store.messages.append(thread.id, partial)
    other = store.threads.create(Thread(title="other"))
    store.messages.append(other.id, Message.assistant("elsewhere", status=MessageStatus.IN_PROGRESS))

    assert store.messages.interrupt_unfinished(thread.id) == 1
    [marked] = [m for m in store.messages.list(thread.id) if m.id == partial.id]
    assert marked.status is MessageStatus.INTERRUPTED and marked.text == "half of it"
    assert marked.retryable
    assert store.messages.list(other.id)[0].status is MessageStatus.IN_PROGRESS
