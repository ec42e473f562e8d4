"""The message cache: ordered by ``position`` (0, 1, 2, ... per thread), paged for long threads."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from belugadesk.domain.models import Message, MessageStatus, Role, Usage, new_id
from belugadesk.domain.redaction import redact
from belugadesk.store import codec, errors
from belugadesk.store.database import transaction
from belugadesk.store.merge import plan_merge

_COLUMNS = (
    "id, thread_id, remote_id, position, role, parts, text, status, created_at, model,"
    " usage_input, usage_output, usage_cached, error"
)
_INSERT = f"INSERT INTO messages ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
# parts are read as bytes, so a damaged row (bad UTF-8, broken JSON) is shown alone, not the query failing
_SELECT = (
    "SELECT id, thread_id, remote_id, position, role, CAST(parts AS BLOB) AS parts, status, created_at,"
    " model, usage_input, usage_output, usage_cached, error FROM messages"
)
# a NULL parts/text keeps what is stored: an unreadable message's row is never rewritten
_UPDATE = (
    "UPDATE messages SET remote_id = ?, role = ?, parts = coalesce(?, parts), text = coalesce(?, text),"
    " status = ?, model = ?, usage_input = ?, usage_output = ?, usage_cached = ?, error = ? WHERE id = ?"
)


@dataclass(frozen=True)
class MergeResult:
    """What :meth:`MessageRepository.merge_remote` did."""

    added: int = 0  # remote messages that were not cached: inserted in order
    adopted: int = 0  # local messages without remote id that matched one by role and text
    updated: int = 0  # cached messages whose content changed on the server

    @property
    def changed(self) -> bool:
        return bool(self.added or self.adopted or self.updated)


def _usage(m: Message) -> tuple[int | None, int | None, int | None]:
    u = m.usage
    return (None, None, None) if u is None else (u.input_tokens, u.output_tokens, u.cached_tokens)


def _error(m: Message) -> str | None:
    """The error as stored: redacted here, at the one write path, so no caller can store a key."""
    return None if m.error is None else redact(m.error)


def _row(m: Message, thread_id: str, position: int) -> tuple[object, ...]:
    return (
        m.id,
        thread_id,
        m.remote_id,
        position,
        m.role.value,
        m.raw_parts if m.unreadable else codec.dump_parts(m.parts),  # an unreadable one stays as it was
        m.text,
        m.status.value,
        codec.ts(m.created_at),
        m.model,
        *_usage(m),
        _error(m),
    )


def _update_values(m: Message) -> tuple[object, ...]:
    return (
        m.remote_id,
        m.role.value,
        None if m.unreadable else codec.dump_parts(m.parts),
        None if m.unreadable else m.text,
        m.status.value,
        m.model,
        *_usage(m),
        _error(m),
        m.id,
    )


def _from_row(row: sqlite3.Row) -> Message:
    usage = None
    if row["usage_input"] is not None:
        usage = Usage(
            input_tokens=row["usage_input"],
            output_tokens=row["usage_output"] or 0,
            cached_tokens=row["usage_cached"] or 0,
        )
    parts, raw_parts = codec.load_stored_parts(row["parts"])
    return Message(
        id=row["id"],
        thread_id=row["thread_id"],
        remote_id=row["remote_id"],
        role=Role(row["role"]),
        parts=parts,
        raw_parts=raw_parts,
        status=MessageStatus(row["status"]),
        created_at=codec.parse_ts(row["created_at"]),
        model=row["model"],
        usage=usage,
        error=row["error"],
    )


class MessageRepository:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def list(self, thread_id: str, *, offset: int = 0, limit: int | None = None) -> builtins.list[Message]:
        """Messages of a thread in order; ``offset``/``limit`` page through long threads."""
        rows = self._conn.execute(
            f"{_SELECT} WHERE thread_id = ? ORDER BY position LIMIT ? OFFSET ?",
            (thread_id, -1 if limit is None else limit, offset),
        )
        return [_from_row(r) for r in rows]

    def count(self, thread_id: str) -> int:
        return int(
            self._conn.execute("SELECT count(*) FROM messages WHERE thread_id = ?", (thread_id,)).fetchone()[
                0
            ]
        )

    def get(self, message_id: str) -> Message | None:
        row = self._conn.execute(f"{_SELECT} WHERE id = ?", (message_id,)).fetchone()
        return None if row is None else _from_row(row)

    def index_of(self, message_id: str) -> int | None:
        """The 0-based place of a message in its thread (what :meth:`list` offsets count)."""
        target = self._conn.execute(
            "SELECT thread_id, position FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if target is None:
            return None
        row = self._conn.execute(
            "SELECT count(*) FROM messages WHERE thread_id = ? AND position < ?", tuple(target)
        ).fetchone()
        return int(row[0])

    def append(self, thread_id: str, message: Message) -> Message:
        """Add a message at the end of the thread; returns it with ``thread_id`` set."""
        return self.append_many(thread_id, (message,))[0]

    def append_many(self, thread_id: str, messages: Iterable[Message]) -> builtins.list[Message]:
        """Add messages at the end of the thread, in one transaction."""
        with transaction(self._conn):
            start = self._next_position(thread_id)
            stored = [
                m if m.thread_id == thread_id else m.model_copy(update={"thread_id": thread_id})
                for m in messages
            ]
            self._conn.executemany(_INSERT, (_row(m, thread_id, start + i) for i, m in enumerate(stored)))
        return stored

    def update(self, message: Message) -> Message:
        """Replace a cached message's content, status, usage, error and remote id (finish a stream,
        mark it stopped or failed). Its thread, place and creation time do not change."""
        if self._conn.execute(_UPDATE, _update_values(message)).rowcount == 0:
            raise errors.missing("message", message.id)
        stored = self.get(message.id)
        assert stored is not None
        return stored

    def interrupt_unfinished(self, thread_id: str) -> int:
        """Mark the thread's messages still ``in_progress`` as interrupted: call it only when no reply is
        being written for the thread (the app stopped while one was). Returns how many were marked."""
        cur = self._conn.execute(
            "UPDATE messages SET status = ? WHERE thread_id = ? AND status = ?",
            (MessageStatus.INTERRUPTED.value, thread_id, MessageStatus.IN_PROGRESS.value),
        )
        return cur.rowcount

    def delete_from(self, thread_id: str, index: int) -> int:
        """Delete the message at 0-based ``index`` and every later one (regenerate, edit the last turn).
        Returns how many were deleted."""
        if index < 0:
            raise ValueError("index must be 0 or more")
        row = self._conn.execute(
            "SELECT position FROM messages WHERE thread_id = ? ORDER BY position LIMIT 1 OFFSET ?",
            (thread_id, index),
        ).fetchone()
        if row is None:
            return 0
        cur = self._conn.execute(
            "DELETE FROM messages WHERE thread_id = ? AND position >= ?", (thread_id, row[0])
        )
        return cur.rowcount

    def merge_remote(self, thread_id: str, remote: Sequence[Message]) -> MergeResult:
        """Merge a page of server history (oldest first) into the cache without duplicates.

        A message is the same as a cached one when the remote ids match, or when a cached message without
        a remote id has the same role and text (it then adopts the remote id). New ones are placed after
        the nearest earlier message of the page that is already cached (or before the first one that is);
        a page that shares nothing with the cache goes before it if it is older, otherwise after it.
        """
        with transaction(self._conn):
            if self._conn.execute("SELECT 1 FROM threads WHERE id = ?", (thread_id,)).fetchone() is None:
                raise errors.missing("thread", thread_id)
            rows = self._conn.execute(
                f"{_SELECT} WHERE thread_id = ? ORDER BY position", (thread_id,)
            ).fetchall()
            old_positions: dict[str, int] = {r["id"]: r["position"] for r in rows}
            plan = plan_merge(
                [_from_row(r) for r in rows], [self._unused_id(m, old_positions) for m in remote]
            )
            for message in plan.changed:
                self._conn.execute(_UPDATE, _update_values(message))
            for position, message_id in enumerate(plan.order):
                if message_id in plan.new:
                    self._conn.execute(_INSERT, _row(plan.new[message_id], thread_id, position))
                elif old_positions[message_id] != position:
                    self._conn.execute(
                        "UPDATE messages SET position = ? WHERE id = ?", (position, message_id)
                    )
            return MergeResult(added=len(plan.new), adopted=plan.adopted, updated=plan.updated)

    def _unused_id(self, message: Message, taken: dict[str, int]) -> Message:
        """``message`` with an id no stored message has (ids are unique across threads)."""
        while (
            message.id in taken
            or self._conn.execute("SELECT 1 FROM messages WHERE id = ?", (message.id,)).fetchone()
        ):
            message = message.model_copy(update={"id": new_id()})
        return message

    def _next_position(self, thread_id: str) -> int:
        if self._conn.execute("SELECT 1 FROM threads WHERE id = ?", (thread_id,)).fetchone() is None:
            raise errors.missing("thread", thread_id)
        row = self._conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM messages WHERE thread_id = ?", (thread_id,)
        ).fetchone()
        return int(row[0])
