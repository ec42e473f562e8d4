"""All API state: JSON objects by kind and id (ordered, optionally under a parent), plus file blobs.

One SQLite database — ``:memory:`` by default, a file when ``LocalApiConfig.db_path`` is set.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Literal

from belugadesk.localapi.errors import invalid

Obj = dict[str, Any]
Order = Literal["asc", "desc"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    parent TEXT,
    data TEXT NOT NULL,
    UNIQUE (kind, id)
);
CREATE INDEX IF NOT EXISTS objects_by_parent ON objects (kind, parent, seq);
CREATE TABLE IF NOT EXISTS blobs (id TEXT PRIMARY KEY, data BLOB NOT NULL);
"""


class ApiRecords:
    def __init__(self, db_path: Path | None = None) -> None:
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(db_path) if db_path else ":memory:", check_same_thread=False)
        if db_path:
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # --- objects --------------------------------------------------------------------------------

    def put(self, kind: str, obj: Obj, *, parent: str | None = None) -> Obj:
        """Insert or replace; a replaced object keeps its place in listings."""
        data = json.dumps(obj)
        with self._lock:
            updated = self._db.execute(
                "UPDATE objects SET data = ? WHERE kind = ? AND id = ?", (data, kind, obj["id"])
            ).rowcount
            if not updated:
                self._db.execute(
                    "INSERT INTO objects (kind, id, parent, data) VALUES (?, ?, ?, ?)",
                    (kind, obj["id"], parent, data),
                )
            self._db.commit()
        return obj

    def get(self, kind: str, object_id: str) -> Obj | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM objects WHERE kind = ? AND id = ?", (kind, object_id)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def parent_of(self, kind: str, object_id: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT parent FROM objects WHERE kind = ? AND id = ?", (kind, object_id)
            ).fetchone()
        return row[0] if row else None

    def delete(self, kind: str, object_id: str) -> bool:
        with self._lock:
            deleted = self._db.execute(
                "DELETE FROM objects WHERE kind = ? AND id = ?", (kind, object_id)
            ).rowcount
            self._db.commit()
        return bool(deleted)

    def delete_children(self, kind: str, parent: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM objects WHERE kind = ? AND parent = ?", (kind, parent))
            self._db.commit()

    def all(self, kind: str, *, parent: str | None = None) -> list[Obj]:
        """Every object of ``kind`` (under ``parent`` when given), oldest first."""
        sql = "SELECT data FROM objects WHERE kind = ?"
        args: list[Any] = [kind]
        if parent is not None:
            sql += " AND parent = ?"
            args.append(parent)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY seq", args).fetchall()
        return [json.loads(r[0]) for r in rows]

    def page(
        self,
        kind: str,
        *,
        parent: str | None = None,
        order: Order = "desc",
        after: str | None = None,
        before: str | None = None,
        limit: int = 20,
    ) -> tuple[list[Obj], bool]:
        """One page of a cursor listing, and whether more follow in the same direction."""
        sql = "SELECT data FROM objects WHERE kind = ?"
        args: list[Any] = [kind]
        if parent is not None:
            sql += " AND parent = ?"
            args.append(parent)
        newer, older = (">", "<") if order == "asc" else ("<", ">")
        for cursor, op, name in ((after, newer, "after"), (before, older, "before")):
            if cursor is None:
                continue
            seq = self._seq(kind, cursor)
            if seq is None:
                raise invalid(f"Invalid '{name}': no object found with id '{cursor}'.", param=name)
            sql += f" AND seq {op} ?"
            args.append(seq)
        # paging backwards from ``before``: take the objects nearest the cursor, then restore the order
        backwards = before is not None and after is None
        ascending = (order == "asc") != backwards
        sql += f" ORDER BY seq {'ASC' if ascending else 'DESC'} LIMIT ?"
        args.append(limit + 1)
        with self._lock:
            rows = self._db.execute(sql, args).fetchall()
        items = [json.loads(r[0]) for r in rows[:limit]]
        if backwards:
            items.reverse()
        return items, len(rows) > limit

    def _seq(self, kind: str, object_id: str) -> int | None:
        with self._lock:
            row = self._db.execute(
                "SELECT seq FROM objects WHERE kind = ? AND id = ?", (kind, object_id)
            ).fetchone()
        return row[0] if row else None

    # --- blobs ----------------------------------------------------------------------------------

    def put_blob(self, blob_id: str, data: bytes) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO blobs (id, data) VALUES (?, ?)", (blob_id, data))
            self._db.commit()

    def get_blob(self, blob_id: str) -> bytes | None:
        with self._lock:
            row = self._db.execute("SELECT data FROM blobs WHERE id = ?", (blob_id,)).fetchone()
        return bytes(row[0]) if row else None

    def delete_blob(self, blob_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
            self._db.commit()
