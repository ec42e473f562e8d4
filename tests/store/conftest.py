"""Fixtures for store tests: a real SQLite file in tmp_path."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from belugadesk.store import Store
from belugadesk.store.migrations import migrate


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "belugadesk.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store.open(db_path)
    yield s
    s.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def file_hash() -> Callable[[Path], str]:
    """sha256 of a file's bytes, to prove a file was left byte-for-byte intact."""
    return sha256


@pytest.fixture
def build_db() -> Callable[[Path, int], None]:
    return build_database


def build_database(path: Path, version: int) -> None:
    """A database at schema ``version`` built with that version's steps only, holding data written the way
    that version's code wrote it (raw SQL, independent of today's repositories)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn, target=version)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        now = "2026-01-02T03:04:05.000000+00:00"
        conn.execute(
            "INSERT INTO assistants (id, name, model, instructions, tools, response_format, metadata,"
            " version, created_at, updated_at) VALUES ('a1', 'Old helper', 'gpt-old', 'Be brief.',"
            ' \'[{"type":"code_interpreter"}]\', \'{"type":"text"}\', \'{"team":"x"}\', 3, ?, ?)',
            (now, now),
        )
        conn.execute("INSERT INTO assistant_remote_ids VALUES ('a1', 'profile-1', 'asst_remote1')")
        conn.execute(
            "INSERT INTO threads (id, remote_id, backend, profile_id, assistant_id, assistant_version, title,"
            " pinned, created_at, updated_at, last_message_preview)"
            " VALUES ('t1', 'conv_1', 'responses', 'profile-1', 'a1', 3, 'Résumé about whales', 1, ?, ?,"
            " 'Belugas sing')",
            (now, now),
        )
        texts = [("user", "Tell me about belugas"), ("assistant", "Belugas are white whales that sing.")]
        for position, (role, text) in enumerate(texts):
            conn.execute(
                "INSERT INTO messages (id, thread_id, remote_id, position, role, parts, text, status,"
                " created_at) VALUES (?, 't1', ?, ?, ?, ?, ?, 'completed', ?)",
                (
                    f"m{position}",
                    f"msg_{position}",
                    position,
                    role,
                    f'[{{"type":"text","text":"{text}","annotations":[]}}]',
                    text,
                    now,
                ),
            )
        if version >= 2:
            conn.execute("INSERT INTO drafts VALUES ('t1', 'half-written', ?)", (now,))
    finally:
        conn.close()
