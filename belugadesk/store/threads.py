"""The thread index: neither API can list conversations, so the app keeps its own."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Collection
from datetime import datetime

from belugadesk.domain.models import Backend, Thread, utcnow
from belugadesk.store import codec, errors

_COLUMNS = (
    "id, remote_id, backend, profile_id, assistant_id, assistant_version, title, pinned, archived,"
    " remote_gone, created_at, updated_at, last_message_preview, model, compare_group,"
    " branched_from_thread_id, branched_from_message_id, folder_id"
)


class ThreadRepository:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def list(
        self,
        *,
        assistant_id: str | None = None,
        include_archived: bool = False,
        archived_only: bool = False,
        limit: int | None = None,
        offset: int = 0,
        folder_ids: Collection[str] | None = None,
    ) -> builtins.list[Thread]:
        """Pinned threads first, then most recently updated first. Archived ones only when asked; those of a
        comparison not decided yet never.

        ``folder_ids``: only the threads filed in these folders (an empty collection: those in no folder).
        """
        where: builtins.list[str] = ["compare_group IS NULL"]
        params: builtins.list[object] = []
        if archived_only:
            where.append("archived = 1")
        elif not include_archived:
            where.append("archived = 0")
        if assistant_id is not None:
            where.append("assistant_id = ?")
            params.append(assistant_id)
        if folder_ids is not None:
            ids = builtins.list(folder_ids)
            where.append(f"folder_id IN ({', '.join('?' * len(ids))})" if ids else "folder_id IS NULL")
            params += ids
        sql = f"SELECT {_COLUMNS} FROM threads"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY pinned DESC, updated_at DESC, seq DESC LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
        return [self._from_row(r) for r in self._conn.execute(sql, params)]

    def get(self, thread_id: str) -> Thread | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM threads WHERE id = ?", (thread_id,)).fetchone()
        return None if row is None else self._from_row(row)

    def get_by_remote_id(self, remote_id: str, *, profile_id: str | None = None) -> Thread | None:
        sql = f"SELECT {_COLUMNS} FROM threads WHERE remote_id = ?"
        params: builtins.list[object] = [remote_id]
        if profile_id is not None:
            sql += " AND profile_id = ?"
            params.append(profile_id)
        row = self._conn.execute(sql + " ORDER BY seq LIMIT 1", params).fetchone()
        return None if row is None else self._from_row(row)

    def branches_of(self, thread_id: str) -> builtins.list[Thread]:
        """The threads branched from ``thread_id``, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM threads WHERE branched_from_thread_id = ? ORDER BY created_at, seq",
            (thread_id,),
        )
        return [self._from_row(r) for r in rows]

    def create(self, thread: Thread) -> Thread:
        t = thread
        self._conn.execute(
            f"INSERT INTO threads ({_COLUMNS}) VALUES ({', '.join('?' * 18)})",
            (
                t.id,
                t.remote_id,
                t.backend.value,
                t.profile_id,
                t.assistant_id,
                t.assistant_version,
                t.title,
                int(t.pinned),
                int(t.archived),
                int(t.remote_gone),
                codec.ts(t.created_at),
                codec.ts(t.updated_at),
                t.last_message_preview,
                t.model,
                t.compare_group,
                t.branched_from_thread_id,
                t.branched_from_message_id,
                t.folder_id,
            ),
        )
        return thread

    def rename(self, thread_id: str, title: str) -> None:
        self._set(thread_id, "title", title)

    def set_pinned(self, thread_id: str, pinned: bool) -> None:
        self._set(thread_id, "pinned", int(pinned))

    def set_archived(self, thread_id: str, archived: bool) -> None:
        self._set(thread_id, "archived", int(archived))

    def set_remote_gone(self, thread_id: str, gone: bool = True) -> None:
        """Mark that the server no longer has this conversation (the local copy stays readable)."""
        self._set(thread_id, "remote_gone", int(gone))

    def set_model(self, thread_id: str, model: str) -> None:
        """The model for the thread's replies ("": the assistant's own)."""
        self._set(thread_id, "model", model)

    def set_compare_group(self, thread_id: str, group: str | None) -> None:
        """Make ``thread_id`` part of the comparison ``group`` (None: an ordinary thread, listed again)."""
        self._set(thread_id, "compare_group", group)

    def in_compare_group(self, group: str) -> builtins.list[Thread]:
        """The threads of the comparison ``group``, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM threads WHERE compare_group = ? ORDER BY seq", (group,)
        )
        return [self._from_row(r) for r in rows]

    def release_compare_groups(self) -> int:
        """Every thread of a comparison becomes an ordinary thread; how many there were."""
        return self._conn.execute(
            "UPDATE threads SET compare_group = NULL WHERE compare_group IS NOT NULL"
        ).rowcount

    def set_folder(self, thread_id: str, folder_id: str | None) -> None:
        """File the thread in a folder (None: "No folder")."""
        self._set(thread_id, "folder_id", folder_id)

    def set_remote_id(self, thread_id: str, remote_id: str | None) -> None:
        self._set(thread_id, "remote_id", remote_id)

    def touch(self, thread_id: str, *, preview: str | None = None, at: datetime | None = None) -> None:
        """Set ``updated_at`` (now by default) and, if given, the last-message preview (made one line)."""
        when = codec.ts(at or utcnow())
        if preview is None:
            cur = self._conn.execute("UPDATE threads SET updated_at = ? WHERE id = ?", (when, thread_id))
        else:
            cur = self._conn.execute(
                "UPDATE threads SET updated_at = ?, last_message_preview = ? WHERE id = ?",
                (when, codec.preview(preview), thread_id),
            )
        if cur.rowcount == 0:
            raise errors.missing("thread", thread_id)

    def delete(self, thread_id: str) -> bool:
        """Delete the thread with its cached messages and draft. False if it did not exist."""
        return self._conn.execute("DELETE FROM threads WHERE id = ?", (thread_id,)).rowcount > 0

    def _set(self, thread_id: str, column: str, value: object) -> None:
        cur = self._conn.execute(f"UPDATE threads SET {column} = ? WHERE id = ?", (value, thread_id))
        if cur.rowcount == 0:
            raise errors.missing("thread", thread_id)

    @staticmethod
    def _from_row(row: sqlite3.Row) -> Thread:
        return Thread(
            id=row["id"],
            remote_id=row["remote_id"],
            backend=Backend(row["backend"]),
            profile_id=row["profile_id"],
            assistant_id=row["assistant_id"],
            assistant_version=row["assistant_version"],
            title=row["title"],
            pinned=bool(row["pinned"]),
            archived=bool(row["archived"]),
            remote_gone=bool(row["remote_gone"]),
            created_at=codec.parse_ts(row["created_at"]),
            updated_at=codec.parse_ts(row["updated_at"]),
            last_message_preview=row["last_message_preview"],
            model=row["model"],
            compare_group=row["compare_group"],
            branched_from_thread_id=row["branched_from_thread_id"],
            branched_from_message_id=row["branched_from_message_id"],
            folder_id=row["folder_id"],
        )
