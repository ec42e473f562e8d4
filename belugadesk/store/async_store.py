"""``AsyncStore``: the Store on its own worker thread, so the UI's event loop never waits on disk."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from belugadesk.domain.errors import StoreError
from belugadesk.store import errors
from belugadesk.store.store import Store

T = TypeVar("T")


def _guarded(fn: Callable[[Store], T], store: Store) -> T:
    try:
        return fn(store)
    except sqlite3.Error as exc:
        raise errors.translate(exc) from exc


class AsyncStore:
    """Every call runs on one worker thread, where the Store and its connection were created."""

    def __init__(self, executor: ThreadPoolExecutor, store: Store):
        """Use :meth:`open`."""
        self._executor = executor
        self._store: Store | None = store
        #: the database file, and the copy made before this open upgraded it (None if none was needed)
        self.path = store.path
        self.backup = store.backup

    @classmethod
    async def open(cls, path: str | os.PathLike[str]) -> AsyncStore:
        """Open the database on a new worker thread; raises DatabaseUnreadable / DatabaseTooNew."""
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="belugadesk-store")
        try:
            store = await asyncio.get_running_loop().run_in_executor(executor, Store.open, path)
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(executor, store)

    @property
    def closed(self) -> bool:
        return self._store is None

    async def run(self, fn: Callable[[Store], T]) -> T:
        """Run ``fn(store)`` on the worker thread and return its result.

        sqlite3 errors come back as StoreError; ``fn`` must not keep the store for later use.
        """
        store = self._store
        if store is None:
            raise StoreError("The local database is already closed.")
        return await asyncio.get_running_loop().run_in_executor(self._executor, _guarded, fn, store)

    async def close(self) -> None:
        """Close the connection (after calls already queued) and let the worker thread end."""
        store, self._store = self._store, None
        if store is None:
            return
        try:
            await asyncio.get_running_loop().run_in_executor(self._executor, store.close)
        finally:
            self._executor.shutdown(wait=False)
