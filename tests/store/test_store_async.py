"""AsyncStore: every call on one worker thread, the event loop never blocked, errors as StoreError."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from belugadesk.domain.errors import DatabaseTooNew, DatabaseUnreadable, StoreError
from belugadesk.domain.models import Message, Thread
from belugadesk.store import LATEST_VERSION, AsyncStore, Store


def test_calls_run_on_the_one_worker_thread(db_path: Path) -> None:
    async def scenario() -> None:
        loop_thread = threading.get_ident()
        store = await AsyncStore.open(db_path)
        assert (store.path, store.backup) == (db_path, None)
        try:
            thread = await store.run(lambda s: s.threads.create(Thread(title="async")))
            await store.run(lambda s: s.messages.append(thread.id, Message.user("hello from the loop")))
            idents = await asyncio.gather(*(store.run(lambda s: threading.get_ident()) for _ in range(20)))
            names = await store.run(lambda s: threading.current_thread().name)
            assert len(set(idents)) == 1 and idents[0] != loop_thread
            assert names.startswith("belugadesk-store")
            # the connection belongs to the worker: using it from the loop's thread is refused by sqlite3
            raw = await store.run(lambda s: s)
            with pytest.raises(sqlite3.ProgrammingError):
                raw.conn.execute("SELECT 1")
            assert [m.text for m in await store.run(lambda s: s.messages.list(thread.id))] == [
                "hello from the loop"
            ]
            hits = await store.run(lambda s: s.search("loop"))
            assert [h.thread_id for h in hits] == [thread.id]
        finally:
            await store.close()
        assert store.closed
        await store.close()  # twice is harmless

    asyncio.run(scenario())


def test_the_loop_keeps_running_while_the_worker_is_busy(db_path: Path) -> None:
    async def scenario() -> None:
        store = await AsyncStore.open(db_path)
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.01)

        def slow(s: Store) -> str:
            time.sleep(0.4)
            return "done"

        tick_task = asyncio.create_task(ticker())
        try:
            assert await store.run(slow) == "done"
        finally:
            tick_task.cancel()
            await store.close()
        assert ticks >= 10

    asyncio.run(scenario())


def test_sqlite_errors_become_store_errors_and_a_closed_store_says_so(db_path: Path) -> None:
    async def scenario() -> None:
        store = await AsyncStore.open(db_path)
        with pytest.raises(StoreError, match="local database"):
            await store.run(lambda s: s.conn.execute("SELECT * FROM no_such_table"))
        thread = await store.run(lambda s: s.threads.create(Thread()))
        with pytest.raises(StoreError, match="consistency"):
            await store.run(lambda s: s.threads.create(thread))
        await store.close()
        with pytest.raises(StoreError, match="closed"):
            await store.run(lambda s: s.threads.list())

    asyncio.run(scenario())


def test_open_raises_the_domain_errors(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    too_new = db_path.with_name("newer.sqlite3")
    with sqlite3.connect(too_new) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    db_path.write_bytes(b"not a database at all" * 100)

    async def scenario() -> None:
        with pytest.raises(DatabaseUnreadable):
            await AsyncStore.open(db_path)
        with pytest.raises(DatabaseTooNew):
            await AsyncStore.open(too_new)

    asyncio.run(scenario())
    assert _workers_end_soon()  # a failed open leaves no worker thread behind


def _workers_end_soon() -> bool:
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        if not any(t.name.startswith("belugadesk-store") for t in threading.enumerate()):
            return True
        time.sleep(0.02)
    return False
