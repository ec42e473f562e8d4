"""Opening, creating, migrating and refusing database files."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from belugadesk.domain.errors import DatabaseTooNew, DatabaseUnreadable, StoreError
from belugadesk.domain.models import Message, Thread
from belugadesk.store import LATEST_VERSION, Store, database, migrations, set_aside_and_start_fresh
from belugadesk.store.migrations import Migration
from belugadesk.store.schema import APPLICATION_ID

EARLIER_VERSIONS = [m.version for m in migrations.MIGRATIONS[:-1]]


def test_ships_more_than_one_schema_version() -> None:
    assert LATEST_VERSION >= 2
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions == list(range(1, LATEST_VERSION + 1)), "one step per version, none skipped"


def test_new_database_is_created_with_its_folder_and_settings(db_path: Path) -> None:
    assert not db_path.parent.exists()
    store = Store.open(db_path)
    try:
        conn = store.conn
        assert db_path.is_file()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert store.backup is None
    finally:
        store.close()
    assert list(db_path.parent.glob("*.bak")) == []


def test_reopening_a_current_database_keeps_data_and_makes_no_backup(db_path: Path) -> None:
    store = Store.open(db_path)
    thread = store.threads.create(Thread(title="kept"))
    store.close()
    again = Store.open(db_path)
    try:
        assert again.threads.get(thread.id) == thread
        assert again.backup is None
    finally:
        again.close()
    assert list(db_path.parent.glob("*.bak")) == []


def test_an_empty_file_becomes_a_new_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    store = Store.open(db_path)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    finally:
        store.close()


@pytest.mark.parametrize("old_version", EARLIER_VERSIONS)
def test_migrates_from_every_earlier_version_after_a_backup(
    db_path: Path, old_version: int, build_db: Callable[[Path, int], None]
) -> None:
    build_db(db_path, old_version)
    store = Store.open(db_path)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        backup = db_path.with_name(f"{db_path.name}.v{old_version}.bak")
        assert store.backup == backup
        # the migrated database has the old data, and the new features work on it
        assistant = store.assistants.get("a1")
        assert assistant is not None
        assert (assistant.name, assistant.version, assistant.remote_ids) == (
            "Old helper",
            3,
            {"profile-1": "asst_remote1"},
        )
        assert assistant.tools[0].type == "code_interpreter"
        thread = store.threads.get("t1")
        assert thread is not None and thread.title == "Résumé about whales" and thread.pinned
        assert thread.compare_group is None and [t.id for t in store.threads.list()] == ["t1"]  # still listed
        assert [m.text for m in store.messages.list("t1")] == [
            "Tell me about belugas",
            "Belugas are white whales that sing.",
        ]
        hits = store.search("belugas")
        assert {h.message_id for h in hits} == {"m0", "m1"}
        assert [h.message_id for h in store.search("resume")] == [None]
        store.drafts.set("t1", "new draft")
        assert store.drafts.get("t1") == "new draft"
    finally:
        store.close()
    # the backup is a consistent, self-contained SQLite file at the old version with the old data
    assert not backup.with_name(backup.name + "-wal").exists()
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as old:
        assert old.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert old.execute("PRAGMA user_version").fetchone()[0] == old_version
        assert old.execute("SELECT title FROM threads").fetchall() == [("Résumé about whales",)]
        assert old.execute("SELECT count(*) FROM messages").fetchone()[0] == 2
    old.close()


def test_an_earlier_backup_is_never_overwritten(
    db_path: Path, build_db: Callable[[Path, int], None], file_hash: Callable[[Path], str]
) -> None:
    build_db(db_path, 1)
    earlier = db_path.with_name(f"{db_path.name}.v1.bak")
    earlier.write_bytes(b"an earlier backup")
    store = Store.open(db_path)
    store.close()
    assert earlier.read_bytes() == b"an earlier backup"
    assert store.backup is not None and store.backup != earlier
    assert store.backup.name.startswith(f"{db_path.name}.v1-") and store.backup.name.endswith(".bak")


def test_a_failing_step_is_rolled_back_whole(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store.open(db_path).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    bad = (*migrations.MIGRATIONS, Migration(LATEST_VERSION + 1, "a broken step", broken))
    monkeypatch.setattr(migrations, "MIGRATIONS", bad)
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        with pytest.raises(StoreError, match="a broken step"):
            migrations.migrate(conn, target=LATEST_VERSION + 1)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    finally:
        conn.close()


# --- files the app must refuse, and never write -------------------------------------------------------


def _random_bytes(path: Path, build_db: Callable[[Path, int], None]) -> None:
    path.write_bytes(os.urandom(8192))


def _truncated(path: Path, build_db: Callable[[Path, int], None]) -> None:
    store = Store.open(path)
    thread = store.threads.create(Thread(title="soon damaged"))
    store.messages.append_many(thread.id, [Message.user(f"message {i} " + "x" * 500) for i in range(400)])
    store.close()  # last connection: checkpoints the WAL into the file
    data = path.read_bytes()
    assert len(data) > 100_000
    path.write_bytes(data[: len(data) // 2])


def _other_program(path: Path, build_db: Callable[[Path, int], None]) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
        conn.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    conn.close()


def _header_only_garbage(path: Path, build_db: Callable[[Path, int], None]) -> None:
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))


@pytest.mark.parametrize(
    "make_file",
    [_random_bytes, _truncated, _other_program, _header_only_garbage],
    ids=["random-bytes", "truncated", "another-program", "sqlite-header-then-garbage"],
)
def test_unreadable_files_are_refused_untouched_and_can_be_set_aside(
    db_path: Path,
    make_file: Callable[[Path, Callable[[Path, int], None]], None],
    build_db: Callable[[Path, int], None],
    file_hash: Callable[[Path], str],
) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    make_file(db_path, build_db)
    before = file_hash(db_path)
    siblings_before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(DatabaseUnreadable) as caught:
        Store.open(db_path)
    message = str(caught.value)
    assert str(db_path) in message and "left untouched" in message and "fresh" in message
    assert file_hash(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings_before  # no backup, no -wal

    aside = set_aside_and_start_fresh(db_path)
    assert aside.parent == db_path.parent and aside.name.startswith(f"{db_path.name}.unreadable-")
    assert file_hash(aside) == before
    assert not db_path.exists()
    fresh = Store.open(db_path)
    try:
        assert fresh.threads.list() == []
    finally:
        fresh.close()
    assert file_hash(aside) == before


def test_a_newer_database_is_refused_untouched_with_its_wal(
    db_path: Path, file_hash: Callable[[Path], str]
) -> None:
    db_path.parent.mkdir(parents=True)
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    writer.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    writer.execute("CREATE TABLE future (x)")
    writer.execute("INSERT INTO future VALUES ('from the future')")
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # content not yet in the main file
    main_before, wal_before = file_hash(db_path), file_hash(wal)
    try:
        with pytest.raises(DatabaseTooNew) as caught:
            Store.open(db_path)
        message = str(caught.value)
        assert str(db_path) in message and "left untouched" in message
        assert f"schema version {LATEST_VERSION + 5}" in message
        assert file_hash(db_path) == main_before
        assert file_hash(wal) == wal_before
    finally:
        writer.close()  # the other program closes: its content moves into the main file
    after_close = file_hash(db_path)

    with pytest.raises(DatabaseTooNew):
        Store.open(db_path)
    assert file_hash(db_path) == after_close
    aside = set_aside_and_start_fresh(db_path)
    assert file_hash(aside) == after_close
    with sqlite3.connect(f"file:{aside}?mode=ro", uri=True) as kept:
        assert kept.execute("SELECT x FROM future").fetchall() == [("from the future",)]
    kept.close()
    fresh = Store.open(db_path)
    fresh.close()


def test_set_aside_moves_sidecar_files_with_the_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"main")
    db_path.with_name(db_path.name + "-wal").write_bytes(b"wal")
    db_path.with_name(db_path.name + "-shm").write_bytes(b"shm")
    first = set_aside_and_start_fresh(db_path)
    assert first.read_bytes() == b"main"
    assert first.with_name(first.name + "-wal").read_bytes() == b"wal"
    assert first.with_name(first.name + "-shm").read_bytes() == b"shm"
    assert sorted(p.name for p in db_path.parent.iterdir()) == sorted(
        [first.name, first.name + "-wal", first.name + "-shm"]
    )
    db_path.write_bytes(b"second")
    second = set_aside_and_start_fresh(db_path)  # same second: a distinct name, nothing overwritten
    assert second != first and second.read_bytes() == b"second" and first.read_bytes() == b"main"


def test_paths_with_spaces_hashes_and_accents(tmp_path: Path, build_db: Callable[[Path, int], None]) -> None:
    path = tmp_path / "my data #1 ?é" / "belugadesk.sqlite3"
    build_db(path, 1)
    store = Store.open(path)
    try:
        assert store.backup is not None and store.backup.exists()
        assert store.threads.get("t1") is not None
    finally:
        store.close()


def test_two_stores_on_one_file_see_each_other(db_path: Path) -> None:
    first, second = Store.open(db_path), Store.open(db_path)
    try:
        thread = first.threads.create(Thread(title="shared"))
        with first.transaction():
            first.messages.append(thread.id, Message.user("written by one window"))
            assert second.messages.count(thread.id) == 0  # not committed yet; readers are not blocked
        assert [m.text for m in second.messages.list(thread.id)] == ["written by one window"]
    finally:
        first.close()
        second.close()


def test_set_aside_of_a_missing_file_says_so(db_path: Path) -> None:
    with pytest.raises(StoreError, match="left where it is"):
        set_aside_and_start_fresh(db_path)


def test_a_failed_backup_stops_the_upgrade(
    db_path: Path,
    build_db: Callable[[Path, int], None],
    file_hash: Callable[[Path], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build_db(db_path, 1)
    before = file_hash(db_path)
    unwritable = db_path.parent / "no-such-folder" / "copy.bak"  # SQLite cannot create the copy here
    monkeypatch.setattr(database, "backup_path", lambda path, version: unwritable)
    with pytest.raises(StoreError, match="backup copy") as caught:
        Store.open(db_path)
    assert "not upgraded" in str(caught.value)
    assert file_hash(db_path) == before
    assert not unwritable.parent.exists()
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_a_locked_database_is_busy_not_unreadable(db_path: Path) -> None:
    Store.open(db_path).close()
    locker = sqlite3.connect(db_path, isolation_level=None)
    try:
        locker.execute("PRAGMA locking_mode = EXCLUSIVE")
        locker.execute("BEGIN EXCLUSIVE")
        locker.execute("CREATE TABLE lock_holder (x)")
        started = time.monotonic()
        with pytest.raises(StoreError) as caught:
            Store.open(db_path)
        assert not isinstance(caught.value, DatabaseUnreadable)
        assert "busy" in str(caught.value)
        assert time.monotonic() - started < 30
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_an_upgrade_failing_at_every_launch_keeps_a_bounded_number_of_backups(
    db_path: Path,
    build_db: Callable[[Path, int], None],
    file_hash: Callable[[Path], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build_db(db_path, 1)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], Migration(2, "broken", broken)))
    made: list[Path] = []
    for _launch in range(database.MAX_BACKUPS + 3):
        with pytest.raises(StoreError, match="broken"):
            Store.open(db_path)
        made.append(database.backups_of(db_path)[-1])
    kept = database.backups_of(db_path)
    assert len(kept) == database.MAX_BACKUPS
    assert kept == made[-database.MAX_BACKUPS :], "the newest copies are kept, the oldest removed"
    assert all(file_hash(copy) == file_hash(kept[0]) for copy in kept)
    on_disk = sorted(p.name for p in db_path.parent.iterdir() if ".bak" in p.name)
    assert on_disk == sorted(p.name for p in kept)


def test_step_13_indexes_one_character_prefixes_and_keeps_the_data(
    db_path: Path, build_db: Callable[[Path, int], None]
) -> None:
    """From version 7: the search tables are made again with a prefix index of one character, rebuilt from
    the rows kept, and their triggers still follow every insert, edit and delete."""
    build_db(db_path, 7)
    store = Store.open(db_path)
    try:
        conn = store.conn
        for table in ("message_fts", "thread_fts"):
            (sql,) = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
            assert "prefix = '1 2 3'" in sql
        assert {h.message_id for h in store.search("b*")} == {"m0", "m1"}
        assert [h.message_id for h in store.search("r*")] == [None]  # the title "Résumé about whales"
        added = store.messages.append("t1", Message.user("Narwhals too"))
        assert [h.message_id for h in store.search("n*")] == [added.id]
        store.threads.rename("t1", "Orcas")
        assert [h.message_id for h in store.search("o*")] == [None]
        assert store.search("r*") == []
        store.threads.delete("t1")
        assert store.search("b*") == store.search("n*") == []
    finally:
        store.close()
