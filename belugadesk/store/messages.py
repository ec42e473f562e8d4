"""The message cache: ordered by ``position`` (0, 1, 2, ... per thread), paged for long threads."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from belugadesk.domain.models import Message, MessageStatus, Role, Usage, new_id
from belugadesk.store import codec, errors
from belugadesk.store.database import transaction

_COLUMNS = (
    "id, thread_id, remote_id, position, role, parts, text, status, created_at, model,"
    " usage_input, usage_output, usage_cached, error"
)
_INSERT = f"INSERT INTO messages ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_UPDATE = (
    "UPDATE messages SET remote_id = ?, role = ?, parts = ?, text = ?, status = ?, model = ?,"
    " usage_input = ?, usage_output = ?, usage_cached = ?, error = ? WHERE id = ?"
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


def _row(m: Message, thread_id: str, position: int) -> tuple[object, ...]:
    return (
        m.id,
        thread_id,
        m.remote_id,
        position,
        m.role.value,
        codec.dump_parts(m.parts),
        m.text,
        m.status.value,
        codec.ts(m.created_at),
        m.model,
        *_usage(m),
        m.error,
    )


def _update_values(m: Message) -> tuple[object, ...]:
    return (
        m.remote_id,
        m.role.value,
        codec.dump_parts(m.parts),
        m.text,
        m.status.value,
        m.model,
        *_usage(m),
        m.error,
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
    return Message(
        id=row["id"],
        thread_id=row["thread_id"],
        remote_id=row["remote_id"],
        role=Role(row["role"]),
        parts=codec.load_parts(row["parts"]),
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
            f"SELECT {_COLUMNS} FROM messages WHERE thread_id = ? ORDER BY position LIMIT ? OFFSET ?",
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
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM messages WHERE id = ?", (message_id,)).fetchone()
        return None if row is None else _from_row(row)

    def index_of(self, message_id: str) -> int | None:
        """The 0-based place of a message in its thread (what :meth:`list` offsets count)."""
        row = self._conn.execute(
            "SELECT count(*) FROM messages AS m JOIN messages AS target ON target.id = ?"
            " WHERE m.thread_id = target.thread_id AND m.position < target.position",
            (message_id,),
        ).fetchone()
        if self._conn.execute("SELECT 1 FROM messages WHERE id = ?", (message_id,)).fetchone() is None:
            return None
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
        if any(m.remote_id is None for m in remote):
            raise ValueError("every remote message needs a remote_id")
        with transaction(self._conn):
            if self._conn.execute("SELECT 1 FROM threads WHERE id = ?", (thread_id,)).fetchone() is None:
                raise errors.missing("thread", thread_id)
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM messages WHERE thread_id = ? ORDER BY position", (thread_id,)
            ).fetchall()
            local = [_from_row(r) for r in rows]
            old_positions: dict[str, int] = {r["id"]: r["position"] for r in rows}
            by_remote = {m.remote_id: m for m in local if m.remote_id is not None}
            unclaimed = [m for m in local if m.remote_id is None]
            order = [m.id for m in local]
            pending: builtins.list[str] = []  # new ids seen before the page's first cached message
            cursor: str | None = None
            new: dict[str, Message] = {}
            adopted = updated = 0
            seen: set[str] = set()
            for incoming in remote:
                assert incoming.remote_id is not None
                if incoming.remote_id in seen:
                    continue
                seen.add(incoming.remote_id)
                cached = by_remote.get(incoming.remote_id)
                if cached is None:
                    cached = next(
                        (m for m in unclaimed if m.role == incoming.role and m.text == incoming.text), None
                    )
                    if cached is not None:
                        unclaimed.remove(cached)
                        adopted += 1
                if cached is not None:
                    merged = cached.model_copy(
                        update={
                            "remote_id": incoming.remote_id,
                            "parts": incoming.parts,
                            "status": incoming.status,
                            "model": incoming.model or cached.model,
                            "usage": incoming.usage or cached.usage,
                            "error": incoming.error,
                        }
                    )
                    if merged != cached:
                        self._conn.execute(_UPDATE, _update_values(merged))
                        updated += cached.remote_id is not None
                    if cursor is None and pending:
                        at = order.index(cached.id)
                        order[at:at] = pending
                        pending = []
                    cursor = cached.id
                    continue
                message = incoming.model_copy(update={"thread_id": thread_id})
                while message.id in old_positions or message.id in new:
                    message = message.model_copy(update={"id": new_id()})
                new[message.id] = message
                if cursor is None:
                    pending.append(message.id)
                else:
                    order.insert(order.index(cursor) + 1, message.id)
                    cursor = message.id
            if pending:
                older = bool(local) and new[pending[-1]].created_at <= local[0].created_at
                order = pending + order if older else order + pending
            for position, message_id in enumerate(order):
                if message_id in new:
                    self._conn.execute(_INSERT, _row(new[message_id], thread_id, position))
                elif old_positions[message_id] != position:
                    self._conn.execute(
                        "UPDATE messages SET position = ? WHERE id = ?", (position, message_id)
                    )
            return MergeResult(added=len(new), adopted=adopted, updated=updated)

    def _next_position(self, thread_id: str) -> int:
        if self._conn.execute("SELECT 1 FROM threads WHERE id = ?", (thread_id,)).fetchone() is None:
            raise errors.missing("thread", thread_id)
        row = self._conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM messages WHERE thread_id = ?", (thread_id,)
        ).fetchone()
        return int(row[0])
