"""Opening the SQLite file: refuse what cannot be read (without writing it), back up, then migrate."""

from __future__ import annotations

import glob
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from belugadesk.domain.errors import StoreError
from belugadesk.store import errors, schema
from belugadesk.store.migrations import LATEST_VERSION, migrate, user_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
#: Files SQLite keeps beside a database; they travel with it when it is set aside.
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
#: backup copies kept beside the database (made before each upgrade; the oldest are removed)
MAX_BACKUPS = 3


def _read_only_uri(path: Path) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def inspect(path: Path) -> int:
    """The schema version of an existing, non-empty database file, opened read-only.

    Raises DatabaseUnreadable (not SQLite, corrupt, or another program's database) or DatabaseTooNew.
    Never writes the file. Reading a WAL-mode file makes SQLite create empty -wal/-shm files beside it;
    when the file is refused, those (and only those) are removed again.
    """
    existing = {s for s in ("-wal", "-shm") if path.with_name(path.name + s).exists()}
    try:
        return _inspect(path)
    except StoreError:
        wal = path.with_name(path.name + "-wal")
        if "-wal" not in existing and (not wal.exists() or wal.stat().st_size == 0):
            for suffix in {"-wal", "-shm"} - existing:
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise


def _inspect(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise errors.unreadable(path, exc.strerror or str(exc)) from exc
    if header != SQLITE_HEADER:
        raise errors.unreadable(path, "it is not an SQLite database")
    try:
        with closing(sqlite3.connect(_read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)) as ro:
            version = user_version(ro)
            app_id = int(ro.execute("PRAGMA application_id").fetchone()[0])
            if version > LATEST_VERSION and app_id == schema.APPLICATION_ID:
                # a newer app may use SQL this one cannot parse: say "too new" rather than "damaged"
                raise errors.too_new(path, version, LATEST_VERSION)
            check = [row[0] for row in ro.execute("PRAGMA quick_check(3)")]
            tables = int(ro.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise errors.translate(exc) from exc
        raise errors.unreadable(path, f"SQLite says: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise errors.unreadable(path, f"SQLite says: {exc}") from exc
    if check != ["ok"]:
        raise errors.unreadable(path, "it is damaged: " + "; ".join(str(c) for c in check))
    if app_id not in (0, schema.APPLICATION_ID) or (version == 0 and tables and app_id == 0):
        raise errors.unreadable(path, "it is another program's database, not BelugaDesk's")
    if version > LATEST_VERSION:
        raise errors.too_new(path, version, LATEST_VERSION)
    return version


def _unique(candidate: Path) -> Path:
    if not candidate.exists():
        return candidate
    n = 1
    while True:
        numbered = candidate.with_name(f"{candidate.name}-{n}")
        if not numbered.exists():
            return numbered
        n += 1


def backup_path(path: Path, version: int) -> Path:
    """Where the copy made before migrating from ``version`` goes (an earlier copy is never overwritten)."""
    plain = path.with_name(f"{path.name}.v{version}.bak")
    if not plain.exists():
        return plain
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return _unique(path.with_name(f"{path.name}.v{version}-{stamp}.bak"))


def backups_of(path: Path) -> list[Path]:
    """The backup copies made beside ``path`` before upgrades, oldest first."""
    copies = path.parent.glob(f"{glob.escape(path.name)}.v*.bak*")
    return sorted((p for p in copies if p.is_file()), key=lambda p: (p.stat().st_mtime_ns, p.name))


def prune_backups(path: Path, keep: int = MAX_BACKUPS) -> None:
    """Remove the oldest backup copies of ``path`` beyond the ``keep`` newest (an upgrade that keeps
    failing would otherwise add one copy per launch)."""
    for old in backups_of(path)[:-keep]:
        old.unlink(missing_ok=True)


def make_backup(path: Path, version: int) -> Path:
    """A consistent copy of ``path`` beside it, through SQLite's backup API (reads only the source).
    At most ``MAX_BACKUPS`` copies are kept: the oldest go."""
    target = backup_path(path, version)
    try:
        copy_database(path, target)
    except sqlite3.Error as exc:
        raise StoreError(
            f"Could not make a backup copy of {path} before upgrading it ({exc}). "
            "The database was left untouched and was not upgraded."
        ) from exc
    prune_backups(path)
    return target


def copy_database(source: Path, target: Path) -> None:
    """The one way the app copies a database: SQLite's backup API, reading ``source`` only (a consistent
    copy even while the app writes it), into a new self-contained file at ``target``. On failure nothing
    is left at ``target``; raises sqlite3.Error."""
    try:
        with (
            closing(sqlite3.connect(_read_only_uri(source), uri=True, timeout=BUSY_TIMEOUT_S)) as src,
            closing(sqlite3.connect(target)) as dst,
        ):
            src.backup(dst)
            # a self-contained file: no -wal beside the copy
            dst.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error:
        for leftover in (target, *(target.with_name(target.name + s) for s in SIDECAR_SUFFIXES)):
            leftover.unlink(missing_ok=True)
        raise


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection with the app's settings (autocommit; transactions are explicit)."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def open_database(path: str | os.PathLike[str]) -> tuple[sqlite3.Connection, Path | None]:
    """Open (creating it and its folder if needed) and migrate the database at ``path``.

    Returns the connection and the backup made before migrating (None if none was needed).
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        existing = path.exists() and path.stat().st_size > 0
    except OSError as exc:
        raise StoreError(
            f"The folder {path.parent} cannot be used for the database: {exc.strerror}."
        ) from exc
    version = inspect(path) if existing else 0
    backup = make_backup(path, version) if 0 < version < LATEST_VERSION else None
    try:
        conn = connect(path)
    except sqlite3.OperationalError as exc:
        raise errors.translate(exc) from exc
    except sqlite3.DatabaseError as exc:
        raise errors.unreadable(path, f"SQLite says: {exc}") from exc
    try:
        migrate(conn, label=str(path))
    except BaseException:
        conn.close()
        raise
    return conn, backup


def set_aside_and_start_fresh(path: str | os.PathLike[str], *, tag: str = "unreadable") -> Path:
    """Rename a database the app cannot use (and its -wal/-shm files) aside; returns the new name
    (``<name>.<tag>-<time>``).

    The file is moved byte-for-byte, so nothing is lost; the app can then open a fresh database at ``path``.
    Raises StoreError if the file cannot be moved.
    """
    path = Path(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = _unique(path.with_name(f"{path.name}.{tag}-{stamp}"))
    try:
        os.replace(path, aside)
    except OSError as exc:
        raise StoreError(f"Could not move {path} aside ({exc.strerror}); it was left where it is.") from exc
    for suffix in SIDECAR_SUFFIXES:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            try:
                os.replace(sidecar, aside.with_name(aside.name + suffix))
            except OSError as exc:
                raise StoreError(
                    f"Moved {path} aside to {aside}, but not its {suffix} file ({exc.strerror}); "
                    f"move {sidecar} next to it by hand before starting fresh."
                ) from exc
    return aside


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction; joins the caller's if one is already open."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
