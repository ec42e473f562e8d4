"""Store errors as sentences a person can act on, and the mapping from raw sqlite3 errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from belugadesk.domain.errors import DatabaseTooNew, DatabaseUnreadable, StoreError


class RecordMissing(StoreError):
    """An id names no row (it was deleted, or never saved)."""


def missing(kind: str, record_id: str) -> RecordMissing:
    return RecordMissing(f"The {kind} {record_id!r} is not in the local database (it may have been deleted).")


def unreadable(path: Path, detail: str) -> DatabaseUnreadable:
    return DatabaseUnreadable(
        f"The database file {path} cannot be read ({detail}). It was left untouched; "
        "BelugaDesk can set it aside and start a fresh database beside it."
    )


def too_new(path: Path, found: int, known: int) -> DatabaseTooNew:
    return DatabaseTooNew(
        f"The database file {path} was written by a newer BelugaDesk (schema version {found}; "
        f"this version knows up to {known}). It was left untouched; update BelugaDesk to use it, "
        "or set it aside and start a fresh database beside it."
    )


def translate(exc: sqlite3.Error) -> StoreError:
    """A StoreError for an error raised while using an open database."""
    text = str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return StoreError(
            "The local database is busy (another BelugaDesk window may be writing to it). Try again."
        )
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return StoreError("The disk is full: the local database could not save. Free some space and retry.")
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError("The local database is read-only here: check the file's permissions.")
    if isinstance(exc, sqlite3.IntegrityError):
        return StoreError(f"The local database refused a change that would break its consistency ({text}).")
    return StoreError(f"The local database failed: {text}.")
