"""Backups of the database and restoring one: timestamped copies in the data folder's ``backups`` folder
(made through :func:`database.copy_database`, SQLite's backup API), a daily automatic one kept for some days,
and a restore that first backs up the current state and sets the current file aside (never deletes it)."""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from belugadesk.domain.errors import StoreError
from belugadesk.files import atomic_write
from belugadesk.store import database

BACKUP_FOLDER = "backups"
DEFAULT_KEEP_DAYS = 14
#: a restore chosen in the running app waits for the next start here (the database is open until then)
PENDING_RESTORE = "restore-pending.txt"
_NAME = re.compile(r"^belugadesk-(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC
    size: int  # bytes


@dataclass(frozen=True)
class RestoreResult:
    #: the copy of the state just before the restore (None: there was no database yet)
    fresh_backup: Path | None
    #: where the database that was replaced now is (renamed, never deleted)
    set_aside: Path | None
    #: the schema version of the file restored, before it was upgraded
    version: int


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first."""
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        made = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        found.append(BackupInfo(entry, made, entry.stat().st_size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def back_up(db_path: Path, target: Path | None = None, *, now: datetime | None = None) -> Path:
    """Copy the database to ``target`` (a file, or a folder to put a timestamped file in; by default the
    backups folder) and return the copy's path. Raises StoreError with a sentence; the database is only
    read."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    name = f"belugadesk-{stamp}.sqlite3"
    if target is None:
        target = backups_folder(db_path) / name
    elif target.is_dir():
        target = target / name
    n = 1
    while target.exists():
        target = target.with_name(f"belugadesk-{stamp}-{n}.sqlite3")
        n += 1
    if not db_path.exists():
        raise StoreError(f"There is no database at {db_path} to back up.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        database.copy_database(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            f"Could not write a backup to {target} ({exc}). Check that the folder exists and has free space."
        ) from exc
    return target


def prune(folder: Path, keep_days: int, *, now: datetime | None = None) -> list[Path]:
    """Remove backups older than ``keep_days`` days (the newest one always stays); returns what went."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=keep_days)
    removed = []
    for old in list_backups(folder)[1:]:
        if old.made_at < cutoff:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    return removed


def backup_due(folder: Path, *, now: datetime | None = None) -> bool:
    """True when there is no backup from the last day."""
    newest = next(iter(list_backups(folder)), None)
    return newest is None or newest.made_at <= (now or datetime.now(UTC)) - timedelta(days=1)


def daily_backup(db_path: Path, keep_days: int, *, now: datetime | None = None) -> Path | None:
    """The automatic backup: made when the newest is a day old or more, then old ones pruned."""
    folder = backups_folder(db_path)
    made = back_up(db_path, now=now) if backup_due(folder, now=now) and db_path.exists() else None
    prune(folder, keep_days, now=now)
    return made


def check_restorable(source: Path) -> int:
    """The schema version of ``source`` if it is a whole BelugaDesk database this version can read;
    raises StoreError (DatabaseUnreadable / DatabaseTooNew) saying why not."""
    if not source.is_file():
        raise StoreError(f"There is no backup file at {source}.")
    version = database.inspect(source)
    try:
        with closing(sqlite3.connect(database._read_only_uri(source), uri=True)) as ro:
            problems = [row[0] for row in ro.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"The backup {source} cannot be restored: SQLite says {exc}.") from exc
    if problems != ["ok"]:
        raise StoreError(
            f"The backup {source} is damaged and was not restored ({'; '.join(map(str, problems))}). "
            "Choose another backup."
        )
    return version


def restore(db_path: Path, source: Path) -> RestoreResult:
    """Replace the database with the backup ``source``: check ``source``, back up the current database
    (no backup, no restore), rename the current file aside, copy ``source`` in and upgrade it.

    Only while the app is not running (the caller checks the single-instance lock). Raises StoreError
    with a sentence; on failure the current database is where it was.
    """
    source = source.resolve()
    version = check_restorable(source)
    fresh: Path | None = None
    aside: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            fresh = back_up(db_path)
        except StoreError as exc:
            raise StoreError(
                f"Nothing was restored: a backup of the current state comes first. {exc}"
            ) from exc
        aside = database.set_aside_and_start_fresh(db_path, tag="before-restore")
    try:
        database.copy_database(source, db_path)
        conn, _ = database.open_database(db_path)
        try:
            # no memory of what sync shared: the restored rows are shared anew, as changes made here
            conn.execute("DELETE FROM sync_shadow")
        finally:
            conn.close()
    except (OSError, sqlite3.Error, StoreError) as exc:
        for leftover in (db_path, *(db_path.with_name(db_path.name + s) for s in database.SIDECAR_SUFFIXES)):
            leftover.unlink(missing_ok=True)
        if aside is not None:
            os.replace(aside, db_path)
        raise StoreError(
            f"The backup {source} could not be restored ({exc}); the database is as it was."
        ) from exc
    return RestoreResult(fresh, aside, version)


def schedule_restore(db_path: Path, source: Path) -> None:
    """Restore ``source`` at the next start (the running app holds the database). Checks it now."""
    check_restorable(source)
    atomic_write(db_path.parent / PENDING_RESTORE, str(source.resolve()))


def pending_restore(db_path: Path) -> Path | None:
    marker = db_path.parent / PENDING_RESTORE
    try:
        return Path(marker.read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError):
        return None


def cancel_pending_restore(db_path: Path) -> None:
    (db_path.parent / PENDING_RESTORE).unlink(missing_ok=True)


def apply_pending_restore(db_path: Path) -> RestoreResult | None:
    """At start-up, before the database opens: the restore scheduled last time, once (the mark goes first)."""
    source = pending_restore(db_path)
    if source is None:
        return None
    cancel_pending_restore(db_path)
    return restore(db_path, source)
