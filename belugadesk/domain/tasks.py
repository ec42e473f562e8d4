"""``TaskSet``: the background tasks one object owns, each kept until it ends, all ended by ``aclose``."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class TaskSet:
    """Starts coroutines as tasks on the running loop and keeps a reference to each until it ends.

    ``aclose()`` cancels every unfinished task and awaits them (and those they start meanwhile).
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def start(self, coroutine: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        task = asyncio.get_event_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def pending(self) -> list[asyncio.Task[Any]]:
        return [task for task in self._tasks if not task.done()]

    async def wait(self) -> None:
        """Await every task, including those started meanwhile (their failures are the tasks' own)."""
        while pending := self.pending():
            await asyncio.gather(*pending, return_exceptions=True)

    async def aclose(self) -> None:
        await end_all(self.pending)


async def end_all(pending: Callable[[], list[asyncio.Task[Any]]]) -> None:
    """Cancel and await the tasks ``pending()`` lists, until it lists none (a cancelled task may start
    another)."""
    while tasks := pending():
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
