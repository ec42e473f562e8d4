"""The prompt library's saved prompts (``prompts`` table, schema v10)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from belugadesk.domain.models import utcnow
from belugadesk.domain.prompts import SavedPrompt
from belugadesk.store import codec
from belugadesk.store import errors as store_errors
from belugadesk.store.database import transaction

_COLUMNS = "id, title, body, tags, created_at, updated_at, use_count, last_used_at"


def _prompt(row: sqlite3.Row) -> SavedPrompt:
    return SavedPrompt(
        id=row["id"],
        title=row["title"],
        body=row["body"],
        tags=tuple(json.loads(row["tags"])),
        created_at=codec.parse_ts(row["created_at"]),
        updated_at=codec.parse_ts(row["updated_at"]),
        use_count=row["use_count"],
        last_used_at=codec.parse_ts_or_none(row["last_used_at"]),
    )


class PromptRepository:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def list(self) -> list[SavedPrompt]:
        """Every saved prompt, by title."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM prompts ORDER BY title COLLATE NOCASE, seq")
        return [_prompt(row) for row in rows]

    def get(self, prompt_id: str) -> SavedPrompt | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM prompts WHERE id = ?", (prompt_id,)).fetchone()
        return None if row is None else _prompt(row)

    def save(self, prompt: SavedPrompt) -> SavedPrompt:
        """Add ``prompt``, or update the one with its id (title, body and tags; ``updated_at`` is now)."""
        saved = prompt.model_copy(update={"updated_at": utcnow()})
        self._conn.execute(
            f"INSERT INTO prompts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " title = excluded.title, body = excluded.body, tags = excluded.tags,"
            " updated_at = excluded.updated_at",
            (
                saved.id,
                saved.title,
                saved.body,
                json.dumps(list(saved.tags)),
                codec.ts(saved.created_at),
                codec.ts(saved.updated_at),
                saved.use_count,
                codec.ts_or_none(saved.last_used_at),
            ),
        )
        return self.get(saved.id) or saved

    def add_all(self, prompts: Iterable[SavedPrompt]) -> None:
        """Add several prompts in one transaction (an import)."""
        with transaction(self._conn):
            for prompt in prompts:
                self.save(prompt)

    def delete(self, prompt_id: str) -> None:
        self._conn.execute("DELETE FROM prompts WHERE id = ?", (prompt_id,))

    def mark_used(self, prompt_id: str) -> SavedPrompt:
        """Count one more use, now (the picker ranks recent prompts first among equal matches)."""
        self._conn.execute(
            "UPDATE prompts SET use_count = use_count + 1, last_used_at = ? WHERE id = ?",
            (codec.ts(utcnow()), prompt_id),
        )
        prompt = self.get(prompt_id)
        if prompt is None:
            raise store_errors.missing("prompt", prompt_id)
        return prompt
