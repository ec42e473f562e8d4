"""Assistant definitions: the local source of truth for both backends."""

from __future__ import annotations

import builtins
import json
import sqlite3
from typing import Literal

from belugadesk.domain.models import AssistantDefinition, ResponseFormat, new_id, utcnow
from belugadesk.store import codec, errors
from belugadesk.store.database import transaction

AssistantSort = Literal["name", "last_used"]

_ORDER: dict[str, str] = {
    "name": "name COLLATE NOCASE, created_at",
    "last_used": "last_used_at IS NULL, last_used_at DESC, name COLLATE NOCASE",
}

# Fields whose change makes a new version of a definition (the remote copy must then be updated).
_DEFINING_FIELDS = (
    "name",
    "model",
    "instructions",
    "description",
    "tools",
    "temperature",
    "top_p",
    "stop",
    "seed",
    "reasoning_effort",
    "response_format",
    "metadata",
    "mcp_tools",
    "remote_mcp",
)


class AssistantRepository:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def list(self, *, sort: AssistantSort = "name") -> builtins.list[AssistantDefinition]:
        """Every assistant, by name (case-insensitive) or most recently used first (never used last)."""
        if sort not in _ORDER:
            raise ValueError(f"sort must be one of {sorted(_ORDER)}, not {sort!r}")
        rows = self._conn.execute(f"SELECT * FROM assistants ORDER BY {_ORDER[sort]}").fetchall()
        remote = self._all_remote_ids()
        return [self._from_row(row, remote.get(row["id"], {})) for row in rows]

    def get(self, assistant_id: str) -> AssistantDefinition | None:
        row = self._conn.execute("SELECT * FROM assistants WHERE id = ?", (assistant_id,)).fetchone()
        return None if row is None else self._from_row(row, self._remote_ids(assistant_id))

    def save(self, definition: AssistantDefinition) -> AssistantDefinition:
        """Insert a new definition, or update a stored one.

        An update that changes what the assistant is (name, model, instructions, tools, ...) bumps
        ``version`` and ``updated_at``; an identical save changes nothing. Remote ids are kept as stored
        on update (use :meth:`set_remote_id`); on insert those of ``definition`` are recorded.
        """
        with transaction(self._conn):
            stored = self.get(definition.id)
            if stored is None:
                self._insert(definition)
                for profile_id, remote_id in definition.remote_ids.items():
                    self.set_remote_id(definition.id, profile_id, remote_id)
                return definition
            if all(getattr(stored, f) == getattr(definition, f) for f in _DEFINING_FIELDS):
                if stored.starters == definition.starters:
                    return stored
                # the starters stay on this computer: a change is no new version for the server
                self._conn.execute(
                    "UPDATE assistants SET starters = ? WHERE id = ?",
                    (codec.dump_json(list(definition.starters)), definition.id),
                )
                return stored.model_copy(update={"starters": definition.starters})
            updated = definition.model_copy(
                update={
                    "version": stored.version + 1,
                    "updated_at": utcnow(),
                    "created_at": stored.created_at,
                    "last_used_at": stored.last_used_at,
                    "remote_ids": stored.remote_ids,
                }
            )
            self._conn.execute(
                "UPDATE assistants SET name = ?, model = ?, instructions = ?, description = ?, tools = ?,"
                " temperature = ?, top_p = ?, stop = ?, seed = ?, reasoning_effort = ?, response_format = ?,"
                " metadata = ?, mcp_tools = ?, remote_mcp = ?, version = ?, updated_at = ?, starters = ?"
                " WHERE id = ?",
                (
                    *self._defining_values(updated),
                    updated.version,
                    codec.ts(updated.updated_at),
                    codec.dump_json(list(updated.starters)),
                    updated.id,
                ),
            )
            return updated

    def duplicate(self, assistant_id: str, *, name: str | None = None) -> AssistantDefinition:
        """A new assistant with the same definition, version 1, no remote ids, never used."""
        original = self.get(assistant_id)
        if original is None:
            raise errors.missing("assistant", assistant_id)
        now = utcnow()
        copy = original.model_copy(
            update={
                "id": new_id(),
                "name": name if name is not None else f"{original.name} (copy)",
                "version": 1,
                "remote_ids": {},
                "created_at": now,
                "updated_at": now,
                "last_used_at": None,
            }
        )
        with transaction(self._conn):
            self._insert(copy)
        return copy

    def delete(self, assistant_id: str) -> bool:
        """Delete the assistant (its threads stay, no longer tied to it). False if it did not exist."""
        cur = self._conn.execute("DELETE FROM assistants WHERE id = ?", (assistant_id,))
        return cur.rowcount > 0

    def mark_used(self, assistant_id: str) -> None:
        cur = self._conn.execute(
            "UPDATE assistants SET last_used_at = ? WHERE id = ?", (codec.ts(utcnow()), assistant_id)
        )
        if cur.rowcount == 0:
            raise errors.missing("assistant", assistant_id)

    def set_remote_id(self, assistant_id: str, profile_id: str, remote_id: str | None) -> None:
        """Record (or with None, forget) the id of this assistant on the server of ``profile_id``."""
        with transaction(self._conn):
            if (
                self._conn.execute("SELECT 1 FROM assistants WHERE id = ?", (assistant_id,)).fetchone()
                is None
            ):
                raise errors.missing("assistant", assistant_id)
            if remote_id is None:
                self._conn.execute(
                    "DELETE FROM assistant_remote_ids WHERE assistant_id = ? AND profile_id = ?",
                    (assistant_id, profile_id),
                )
            else:
                self._conn.execute(
                    "INSERT INTO assistant_remote_ids (assistant_id, profile_id, remote_id) VALUES (?, ?, ?)"
                    " ON CONFLICT (assistant_id, profile_id) DO UPDATE SET remote_id = excluded.remote_id",
                    (assistant_id, profile_id, remote_id),
                )

    # --- rows -------------------------------------------------------------------------------------

    @staticmethod
    def _defining_values(d: AssistantDefinition) -> tuple[object, ...]:
        return (
            d.name,
            d.model,
            d.instructions,
            d.description,
            codec.dump_tools(d.tools),
            d.temperature,
            d.top_p,
            codec.dump_json(list(d.stop)),
            d.seed,
            d.reasoning_effort,
            d.response_format.model_dump_json(by_alias=True),
            codec.dump_json(d.metadata),
            codec.dump_grants(d.mcp_tools),
            codec.dump_remote_mcp(d.remote_mcp),
        )

    def _insert(self, d: AssistantDefinition) -> None:
        self._conn.execute(
            "INSERT INTO assistants (name, model, instructions, description, tools, temperature, top_p,"
            " stop, seed, reasoning_effort, response_format, metadata, mcp_tools, remote_mcp, id, version,"
            " created_at, updated_at, last_used_at, starters)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                *self._defining_values(d),
                d.id,
                d.version,
                codec.ts(d.created_at),
                codec.ts(d.updated_at),
                codec.ts_or_none(d.last_used_at),
                codec.dump_json(list(d.starters)),
            ),
        )

    def _remote_ids(self, assistant_id: str) -> dict[str, str]:
        rows = self._conn.execute(
            "SELECT profile_id, remote_id FROM assistant_remote_ids WHERE assistant_id = ?", (assistant_id,)
        )
        return {r["profile_id"]: r["remote_id"] for r in rows}

    def _all_remote_ids(self) -> dict[str, dict[str, str]]:
        result: dict[str, dict[str, str]] = {}
        for r in self._conn.execute("SELECT assistant_id, profile_id, remote_id FROM assistant_remote_ids"):
            result.setdefault(r["assistant_id"], {})[r["profile_id"]] = r["remote_id"]
        return result

    @staticmethod
    def _from_row(row: sqlite3.Row, remote_ids: dict[str, str]) -> AssistantDefinition:
        return AssistantDefinition(
            id=row["id"],
            name=row["name"],
            model=row["model"],
            instructions=row["instructions"],
            description=row["description"],
            tools=codec.load_tools(row["tools"]),
            temperature=row["temperature"],
            top_p=row["top_p"],
            stop=tuple(json.loads(row["stop"])),
            seed=row["seed"],
            reasoning_effort=row["reasoning_effort"],
            response_format=ResponseFormat.model_validate_json(row["response_format"]),
            metadata=json.loads(row["metadata"]),
            mcp_tools=codec.load_grants(row["mcp_tools"]),
            remote_mcp=codec.load_remote_mcp(row["remote_mcp"]),
            starters=tuple(json.loads(row["starters"])),
            version=row["version"],
            remote_ids=remote_ids,
            created_at=codec.parse_ts(row["created_at"]),
            updated_at=codec.parse_ts(row["updated_at"]),
            last_used_at=codec.parse_ts_or_none(row["last_used_at"]),
        )
