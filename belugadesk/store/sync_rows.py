"""The store's side of sync: each shared table read and written as rows of JSON-encoded columns
(``SyncedTable``, a few lines per collection), and what this device last knew of each (``SyncShadow``).

Values are JSON-encoded one by one, so a row is ``{column: text}`` and two rows compare exactly.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

Fields = dict[str, str]


@dataclass(frozen=True)
class SyncedTable:
    """One shared collection: a table keyed by ``id``, the ``columns`` that travel, the rows that do
    (``where``), and ``references`` (column -> table) whose missing targets are written as NULL
    (``required`` ones: the row waits until its target arrives). ``profile_columns`` hold a profile id,
    which is shared as the profile's name (each device has its own profile ids). ``seeds``: the ids of rows
    every device's store makes itself (the first prompts); ``pristine``, an SQL condition for a seed still
    as made, never edited here (another device's version of it stands; its deletion deletes no edit)."""

    name: str
    table: str
    columns: tuple[str, ...]
    where: str = ""
    references: dict[str, str] = field(default_factory=dict)
    required: dict[str, str] = field(default_factory=dict)
    profile_columns: tuple[str, ...] = ()
    seeds: tuple[str, ...] = ()
    pristine: str = "1"

    def rows(self, conn: sqlite3.Connection) -> dict[str, Fields]:
        sql = f"SELECT id, {', '.join(self.columns)} FROM {self.table}"
        if self.where:
            sql += f" WHERE {self.where}"
        return {
            row[0]: {c: json.dumps(v, ensure_ascii=False) for c, v in zip(self.columns, row[1:], strict=True)}
            for row in conn.execute(sql)
        }

    def pristine_seeds(self, conn: sqlite3.Connection) -> set[str]:
        if not self.seeds:
            return set()
        marks = ", ".join("?" * len(self.seeds))
        sql = f"SELECT id FROM {self.table} WHERE id IN ({marks}) AND ({self.pristine})"
        return {row[0] for row in conn.execute(sql, self.seeds)}

    def upsert(self, conn: sqlite3.Connection, item_id: str, fields: Fields) -> bool:
        """Write the row (only the known columns given). False when a required reference is missing."""
        values = {c: json.loads(fields[c]) for c in self.columns if c in fields}
        for column, target in self.required.items():
            if not _exists(conn, target, values.get(column)):
                return False
        for column, target in self.references.items():
            if values.get(column) is not None and not _exists(conn, target, values[column]):
                values[column] = None
        exists = _exists(conn, self.table, item_id)
        if exists:
            if values:
                assignments = ", ".join(f"{c} = ?" for c in values)
                conn.execute(
                    f"UPDATE {self.table} SET {assignments} WHERE id = ?", (*values.values(), item_id)
                )
            return True
        if set(self.columns) - set(values):
            return False  # not all of it has arrived yet
        names = ", ".join(["id", *values])
        marks = ", ".join("?" * (len(values) + 1))
        conn.execute(f"INSERT INTO {self.table} ({names}) VALUES ({marks})", (item_id, *values.values()))
        return True

    def delete(self, conn: sqlite3.Connection, item_id: str) -> bool:
        return conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (item_id,)).rowcount > 0

    def get(self, conn: sqlite3.Connection, item_id: str) -> Fields | None:
        row = conn.execute(
            f"SELECT {', '.join(self.columns)} FROM {self.table} WHERE id = ?", (item_id,)
        ).fetchone()
        if row is None:
            return None
        return {c: json.dumps(v, ensure_ascii=False) for c, v in zip(self.columns, tuple(row), strict=True)}


def _exists(conn: sqlite3.Connection, table: str, item_id: object) -> bool:
    if item_id is None:
        return False
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (item_id,)).fetchone() is not None


@dataclass(frozen=True)
class ShadowRow:
    fields: Fields
    edited_seq: int | None


class SyncShadow:
    """What this device last knew of each shared row (``sync_shadow``, schema step 12)."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def all(self) -> dict[tuple[str, str], ShadowRow]:
        return {
            (r[0], r[1]): ShadowRow(json.loads(r[2]), r[3])
            for r in self._conn.execute("SELECT collection, item_id, fields, edited_seq FROM sync_shadow")
        }

    def put(self, rows: Iterable[tuple[str, str, Fields, int | None]]) -> None:
        self._conn.executemany(
            "INSERT INTO sync_shadow (collection, item_id, fields, edited_seq) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (collection, item_id) DO UPDATE SET fields = excluded.fields,"
            " edited_seq = coalesce(excluded.edited_seq, edited_seq)",
            ((c, i, json.dumps(f, sort_keys=True), s) for c, i, f, s in rows),
        )

    def drop(self, keys: Iterable[tuple[str, str]]) -> None:
        self._conn.executemany("DELETE FROM sync_shadow WHERE collection = ? AND item_id = ?", keys)

    def clear(self) -> None:
        """Leave sync: forget what was shared (the rows themselves stay)."""
        self._conn.execute("DELETE FROM sync_shadow")
