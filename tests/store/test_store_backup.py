"""Backups and restore: a large store round trip, the current file set aside, no restore without a fresh
backup, a damaged or too-new backup refused with a sentence, the daily backup and its pruning."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from belugadesk.domain.errors import StoreError
from belugadesk.domain.models import Message, Thread
from belugadesk.store import LATEST_VERSION, Store, backup


def _fill(store: Store, threads: int, per_thread: int) -> None:
    with store.transaction():
        for t in range(threads):
            thread = store.threads.create(Thread(title=f"Thread {t}"))
            store.messages.append_many(
                thread.id, [Message.user(f"question {t}.{m} about belugas") for m in range(per_thread)]
            )


def _titles(path: Path) -> list[str]:
    s = Store.open(path)
    try:
        return sorted(t.title for t in s.threads.list(include_archived=True))
    finally:
        s.close()


def test_a_large_store_backs_up_and_restores_whole(db_path: Path) -> None:
    store = Store.open(db_path)
    _fill(store, threads=50, per_thread=60)  # 3,000 messages
    copy = backup.back_up(db_path)  # while the store is open, as the app does
    store.threads.rename(store.threads.list()[0].id, "Changed after the backup")
    store.close()

    assert copy.parent == db_path.parent / "backups"
    result = backup.restore(db_path, copy)

    restored = Store.open(db_path)
    try:
        assert sum(restored.messages.count(t.id) for t in restored.threads.list()) == 3000
        assert "Changed after the backup" not in [t.title for t in restored.threads.list()]
        assert len(restored.search("belugas", limit=5)) == 5  # the search index came along
    finally:
        restored.close()
    assert result.fresh_backup is not None and result.set_aside is not None
    assert "Changed after the backup" in _titles(result.fresh_backup)
    assert "Changed after the backup" in _titles(result.set_aside)


def test_restore_sets_the_current_file_aside_and_says_where(db_path: Path) -> None:
    store = Store.open(db_path)
    _fill(store, threads=1, per_thread=1)
    copy = backup.back_up(db_path, db_path.parent / "mine.sqlite3")
    store.threads.create(Thread(title="Only in the current file"))
    store.close()

    result = backup.restore(db_path, copy)

    assert result.set_aside is not None and result.set_aside.exists()
    assert ".before-restore-" in result.set_aside.name
    assert "Only in the current file" in _titles(result.set_aside)
    assert "Only in the current file" not in _titles(db_path)


def test_no_restore_without_a_fresh_backup_of_the_current_state(
    db_path: Path, file_hash: Callable[[Path], str]
) -> None:
    store = Store.open(db_path)
    _fill(store, threads=2, per_thread=2)
    copy = backup.back_up(db_path, db_path.parent / "elsewhere.sqlite3")
    store.close()
    before = file_hash(db_path)
    # the backups folder cannot be made: a file sits where it would be
    backup.backups_folder(db_path).write_text("not a folder")

    with pytest.raises(StoreError, match="Nothing was restored: a backup of the current state comes first"):
        backup.restore(db_path, copy)

    assert file_hash(db_path) == before
    assert [p.name for p in db_path.parent.iterdir() if "before-restore" in p.name] == []


def test_a_damaged_backup_is_refused_with_a_sentence(db_path: Path, file_hash: Callable[[Path], str]) -> None:
    store = Store.open(db_path)
    _fill(store, threads=20, per_thread=50)
    store.close()
    copy = backup.back_up(db_path)
    data = bytearray(copy.read_bytes())
    data[8192:16384] = b"\xff" * 8192  # pages in the middle overwritten
    copy.write_bytes(bytes(data))
    before = file_hash(db_path)

    with pytest.raises(StoreError, match=r"damaged|cannot be restored"):
        backup.restore(db_path, copy)

    assert file_hash(db_path) == before
    assert not any("before-restore" in p.name for p in db_path.parent.iterdir())


def test_a_backup_from_a_newer_app_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    newer = db_path.parent / "newer.sqlite3"
    Store.open(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        backup.restore(db_path, newer)


def test_an_older_backup_is_upgraded_when_restored(
    db_path: Path, build_db: Callable[[Path, int], None]
) -> None:
    old = db_path.parent / "old.sqlite3"
    build_db(old, 7)
    Store.open(db_path).close()

    result = backup.restore(db_path, old)

    assert result.version == 7
    assert _titles(db_path) == ["Résumé about whales"]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_the_daily_backup_is_made_once_a_day_and_old_ones_pruned(db_path: Path) -> None:
    Store.open(db_path).close()
    folder = backup.backups_folder(db_path)
    start = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    made = [backup.daily_backup(db_path, keep_days=3, now=start + timedelta(hours=h)) for h in (0, 5, 23)]
    assert made[0] is not None and made[1:] == [None, None]
    for day in range(1, 6):
        assert backup.daily_backup(db_path, keep_days=3, now=start + timedelta(days=day)) is not None
    kept = backup.list_backups(folder)
    assert [b.made_at.day for b in kept] == [6, 5, 4, 3]  # newest first; older than 3 days removed


def test_a_restore_scheduled_in_the_app_happens_at_the_next_start(db_path: Path) -> None:
    store = Store.open(db_path)
    _fill(store, threads=1, per_thread=1)
    copy = backup.back_up(db_path)
    store.threads.create(Thread(title="Made after the backup"))
    backup.schedule_restore(db_path, copy)
    store.close()

    result = backup.apply_pending_restore(db_path)

    assert result is not None and "Made after the backup" not in _titles(db_path)
    assert backup.apply_pending_restore(db_path) is None  # once
