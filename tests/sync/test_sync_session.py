"""``SyncSession`` in the running app: another device's file is applied as soon as it appears (the file
watcher), not at the next poll — the poll is set to an hour here, so only the watcher can explain it —
including the files of a device that joins while this one runs."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import Thread
from belugadesk.settings import AppPaths
from belugadesk.store import AsyncStore, Store
from belugadesk.sync import SyncEngine
from belugadesk.viewmodels.sync_session import SyncSession
from tests.support import run_coro
from tests.views.settings.helpers_settings import settings_state

HOUR_MS = 3_600_000


class OtherDevice:
    def __init__(self, root: Path, shared: Path, name: str):
        self.store = Store.open(root / name / "belugadesk.sqlite3")
        self.engine = SyncEngine(shared, uuid.uuid4().hex, name)

    def add_thread(self, title: str) -> str:
        thread = self.store.threads.create(Thread(title=title))
        self.engine.cycle(self.store)
        return thread.id


@pytest.fixture
def session(qtbot: Any, loop: Any, tmp_path: Path) -> Iterator[tuple[SyncSession, Path]]:
    store = run_coro(qtbot, AsyncStore.open(AppPaths.default().ensure().database_path))
    sync = SyncSession(store, settings_state(), poll_ms=HOUR_MS)
    shared = tmp_path / "Syncthing"
    shared.mkdir()
    yield sync, shared
    run_coro(qtbot, sync.aclose())
    run_coro(qtbot, store.close())


def _quiet(sync: SyncSession) -> bool:
    """No check running nor due (but the hourly poll)."""
    return not sync._soon.isActive() and sync._running is not None and sync._running.done()


def _title(qtbot: Any, sync: SyncSession, thread_id: str) -> str | None:
    """The thread's title in this device's database (read beside the app's connection)."""
    with closing(sqlite3.connect(AppPaths.default().database_path)) as conn:
        row = conn.execute("SELECT title FROM threads WHERE id = ?", (thread_id,)).fetchone()
    return None if row is None else str(row[0])


def test_a_file_from_another_device_is_applied_without_waiting_for_the_poll(
    qtbot: Any, session: tuple[SyncSession, Path], tmp_path: Path
) -> None:
    sync, shared = session
    desktop = OtherDevice(tmp_path, shared, "desktop")
    try:
        first = desktop.add_thread("Before this device joined")
        run_coro(qtbot, sync.choose_folder(shared))
        qtbot.waitUntil(
            lambda: _title(qtbot, sync, first) == "Before this device joined"
        )  # the check on start
        qtbot.waitUntil(lambda: _quiet(sync))

        with qtbot.waitSignal(sync.storeChanged, timeout=10_000):
            later = desktop.add_thread("Written while this device runs")
        assert _title(qtbot, sync, later) == "Written while this device runs"
    finally:
        desktop.store.close()


def test_a_device_that_joins_later_is_watched_too(
    qtbot: Any, session: tuple[SyncSession, Path], tmp_path: Path
) -> None:
    sync, shared = session
    run_coro(qtbot, sync.choose_folder(shared))
    qtbot.waitUntil(lambda: sync.status.startswith("Up to date") and _quiet(sync))
    tablet = OtherDevice(tmp_path, shared, "tablet")  # a new device folder appears
    try:
        first = tablet.add_thread("From the tablet")
        qtbot.waitUntil(lambda: _title(qtbot, sync, first) == "From the tablet", timeout=10_000)
        qtbot.waitUntil(lambda: len(sync.devices) == 2)
        second = tablet.add_thread("Again from the tablet")
        qtbot.waitUntil(lambda: _title(qtbot, sync, second) == "Again from the tablet", timeout=10_000)
    finally:
        tablet.store.close()


def test_a_paused_session_watches_nothing(qtbot: Any, session: tuple[SyncSession, Path]) -> None:
    sync, shared = session
    run_coro(qtbot, sync.choose_folder(shared))
    qtbot.waitUntil(lambda: sync.status.startswith("Up to date"))
    assert sync._watcher.directories()
    run_coro(qtbot, sync.set_paused(True))
    assert sync._watcher.directories() == []
