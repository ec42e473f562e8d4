"""Unsent composer text, per thread; the key ``""`` (or None) is the composer of a new thread."""

from __future__ import annotations

import sqlite3

from belugadesk.domain.models import utcnow
from belugadesk.store import codec

NEW_THREAD = ""


class DraftRepository:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def get(self, thread_id: str | None = NEW_THREAD) -> str:
        """The draft text, or "" if there is none."""
        row = self._conn.execute(
            "SELECT text FROM drafts WHERE thread_key = ?", (thread_id or NEW_THREAD,)
        ).fetchone()
        return "" if row is None else str(row[0])

    def set(self, thread_id: str | None, text: str) -> None:
        """Keep ``text`` as the draft; an empty or blank text clears it."""
        if not text.strip():
            self.clear(thread_id)
            return
        self._conn.execute(
            "INSERT INTO drafts (thread_key, text, updated_at) VALUES (?, ?, ?) ON CONFLICT (thread_key)"
            " DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
            (thread_id or NEW_THREAD, text, codec.ts(utcnow())),
        )

    def clear(self, thread_id: str | None = NEW_THREAD) -> None:
        self._conn.execute("DELETE FROM drafts WHERE thread_key = ?", (thread_id or NEW_THREAD,))
