"""``Store``: the repositories over one SQLite connection (synchronous; use it from one thread)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from belugadesk.store import database
from belugadesk.store.assistants import AssistantRepository
from belugadesk.store.drafts import DraftRepository
from belugadesk.store.folders import FolderRepository
from belugadesk.store.messages import MessageRepository
from belugadesk.store.prompts import PromptRepository
from belugadesk.store.search import SearchHit, search
from belugadesk.store.threads import ThreadRepository


class Store:
    def __init__(self, conn: sqlite3.Connection, *, path: Path | None = None, backup: Path | None = None):
        """Wrap an open, migrated connection (see :meth:`open`)."""
        self.conn = conn
        self.path = path
        #: the copy made before this open migrated an older database, if any
        self.backup = backup
        self.assistants = AssistantRepository(conn)
        self.threads = ThreadRepository(conn)
        self.messages = MessageRepository(conn)
        self.drafts = DraftRepository(conn)
        self.prompts = PromptRepository(conn)
        self.folders = FolderRepository(conn)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Store:
        """Open or create the database; raises DatabaseUnreadable / DatabaseTooNew without writing it."""
        conn, backup = database.open_database(path)
        return cls(conn, path=Path(path), backup=backup)

    def search(
        self,
        query: str,
        *,
        assistant_id: str | None = None,
        folder_ids: Collection[str] | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        return search(self.conn, query, assistant_id=assistant_id, folder_ids=folder_ids, limit=limit)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several repository calls into one atomic write."""
        with database.transaction(self.conn):
            yield

    def close(self) -> None:
        self.conn.close()
