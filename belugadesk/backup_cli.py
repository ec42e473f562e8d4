"""``belugadesk backup [PATH]`` and ``belugadesk restore PATH``: the database copied out, or a copy brought
back (never while the app runs; the current database is backed up and set aside first)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from belugadesk.domain.errors import StoreError
from belugadesk.settings import AppPaths
from belugadesk.store import backup


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="belugadesk", description="Back up or restore BelugaDesk's data.")
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="copy the database (while the app runs, too)")
    make.add_argument(
        "path", nargs="?", type=Path, help="a file or folder for the copy (default: the backups folder)"
    )
    bring = commands.add_parser("restore", help="replace the database with a backup (the app must be closed)")
    bring.add_argument("path", type=Path, help="the backup file to restore")
    return parser


def main(argv: list[str]) -> int:
    options = _parser().parse_args(argv)
    db_path = AppPaths.default().database_path
    try:
        if options.command == "backup":
            made = backup.back_up(db_path, options.path.expanduser() if options.path else None)
            print(f"Backed up to {made}")
            return 0
        return _restore(db_path, options.path.expanduser())
    except StoreError as exc:
        print(f"belugadesk: {exc}", file=sys.stderr)
        return 1


def _restore(db_path: Path, source: Path) -> int:
    from belugadesk.single_instance import default_server_name, take_lock

    lock = take_lock(default_server_name())
    if lock is None:
        print("belugadesk: BelugaDesk is running; close it, then restore again.", file=sys.stderr)
        return 1
    try:
        result = backup.restore(db_path, source)
    finally:
        lock.unlock()
    if result.fresh_backup is not None:
        print(f"Backed up the current state first, to {result.fresh_backup}")
    if result.set_aside is not None:
        print(f"The database that was replaced is kept at {result.set_aside}")
    print(f"Restored {source}")
    return 0
