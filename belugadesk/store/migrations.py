"""Numbered schema steps: ``PRAGMA user_version`` is the last step applied; one transaction per step."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from belugadesk.domain.errors import StoreError
from belugadesk.store import schema


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _statements(statements: Sequence[str]) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return apply


def _prompt_library(conn: sqlite3.Connection) -> None:
    _statements(schema.V10_PROMPT_LIBRARY)(conn)
    conn.executemany(schema.V10_SEED_PROMPT, schema.DEFAULT_PROMPTS)


# 8 (folders) and 9 (fork links) are other branches' steps: a gap in the numbers is fine, each step runs
# once, in order, when the database's version is below it.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "assistants, threads and messages", _statements(schema.V1_BASE_TABLES)),
    Migration(
        2,
        "drafts and full-text search over messages and thread titles",
        _statements(schema.V2_DRAFTS_AND_SEARCH),
    ),
    Migration(3, "the MCP tools each assistant may use", _statements(schema.V3_ASSISTANT_MCP_TOOLS)),
    Migration(4, "conversation starters of assistants", _statements(schema.V4_ASSISTANT_STARTERS)),
    Migration(
        5,
        "stop sequences, seed and reasoning effort of assistants",
        _statements(schema.V5_ASSISTANT_STOP_SEED_EFFORT),
    ),
    Migration(6, "the model chosen for each thread", _statements(schema.V6_THREAD_MODEL)),
    Migration(7, "the remote MCP servers of each assistant", _statements(schema.V7_ASSISTANT_REMOTE_MCP)),
    Migration(8, "folders for threads", _statements(schema.V8_FOLDERS)),
    Migration(9, "the thread each branch was made from", _statements(schema.V9_THREAD_BRANCHES)),
    Migration(10, "the prompt library, with a few first prompts", _prompt_library),
    Migration(11, "the comparison a thread belongs to", _statements(schema.V11_THREAD_COMPARE_GROUP)),
    Migration(12, "what sync last knew of each shared row", _statements(schema.V12_SYNC_STATE)),
    Migration(
        13,
        "search indexes for one-character prefixes",
        _statements(schema.V13_ONE_CHARACTER_PREFIXES),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION, *, label: str = "the database") -> int:
    """Apply every step above the current version up to ``target``; returns the number of steps applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``). A failing step is rolled back whole,
    so the database stays at the last version that completed.
    """
    applied = 0
    for migration in MIGRATIONS:
        if migration.version > target or migration.version <= user_version(conn):
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        except BaseException as exc:
            conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(
                    f"Could not upgrade {label} to schema version {migration.version} "
                    f"({migration.description}): {exc}. Nothing of that step was kept."
                ) from exc
            raise
        conn.execute("COMMIT")
        applied += 1
    return applied
