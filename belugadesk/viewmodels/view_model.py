"""``ViewModel``, the base of every view-model: busy/error state and the one way to run or start work.

``await self.run(operation)`` awaits inline inside the busy/error bracket; ``self.start(coroutine)`` starts
background work as a task the view-model keeps track of; ``await self.aclose()`` cancels and awaits every
task of the view-model and of its child view-models. A failure becomes the ``error`` sentence (after the
``failure`` text), a cancellation is silent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import Property, QObject, Signal

from belugadesk.domain.errors import BelugaError
from belugadesk.domain.redaction import redact
from belugadesk.domain.tasks import TaskSet, end_all

log = logging.getLogger(__name__)
T = TypeVar("T")


class StartWork(Protocol):
    """``ViewModel.start``, handed to the helpers a view-model owns so their work is its work."""

    def __call__(self, coroutine: Coroutine[Any, Any, Any], *, failure: str = "") -> asyncio.Task[Any]: ...


class ViewModel(QObject):
    """Base for view-models: ``busy`` and ``error`` properties, change signals fired only on real changes.

    ``aclose`` ends the work of the view-models below it too (its QObject descendants).
    """

    busyChanged = Signal(bool)
    errorChanged = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._busy_count = 0
        self._error = ""
        self._tasks = TaskSet()

    def _get_busy(self) -> bool:
        return self._busy_count > 0

    def _get_error(self) -> str:
        return self._error

    busy = Property(bool, _get_busy, notify=busyChanged)
    error = Property(str, _get_error, notify=errorChanged)

    def set_error(self, message: str) -> None:
        message = redact(message)  # a sentence quoting a server or an exception never shows a key
        if message != self._error:
            self._error = message
            self.errorChanged.emit(message)

    def clear_error(self) -> None:
        self.set_error("")

    async def run(self, operation: Callable[[], Awaitable[T]], *, failure: str = "") -> T | None:
        """Await ``operation()`` while ``busy``; a failure sets ``error`` (after ``failure``): None."""
        self._busy_count += 1
        if self._busy_count == 1:
            self.busyChanged.emit(True)
        try:
            return await self._reported(_called(operation), failure)
        finally:
            self._busy_count -= 1
            if self._busy_count == 0:
                self.busyChanged.emit(False)

    def start(self, coroutine: Coroutine[Any, Any, T], *, failure: str = "") -> asyncio.Task[T | None]:
        """Run ``coroutine`` in the background as a task of this view-model (cancelled by :meth:`aclose`).

        A failure sets ``error`` (after ``failure``) and the task returns None; a cancellation is silent.
        """
        task = self._tasks.start(self._reported(coroutine, failure))
        task.add_done_callback(lambda _: coroutine.close())  # cancelled before it began: never "not awaited"
        return task

    async def _reported(self, work: Awaitable[T], failure: str) -> T | None:
        try:
            return await work
        except BelugaError as exc:
            self.set_error(f"{failure} {exc}".strip())
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug: say something, and keep the trace in the log
            log.exception("Unexpected error in %s", type(self).__name__)
            self.set_error(
                self.tr("{failure} Unexpected error: {error}").format(failure=failure, error=exc).strip()
            )
        return None

    async def wait_idle(self) -> None:
        """Await every task this view-model started, including those started meanwhile (tests)."""
        await self._tasks.wait()

    def pending_tasks(self) -> list[asyncio.Task[Any]]:
        """The unfinished tasks of this view-model and of every view-model below it."""
        owners = [self, *self.findChildren(ViewModel)]
        return [task for owner in owners for task in owner._tasks.pending()]

    async def aclose(self) -> None:
        """Cancel and await the tasks of this view-model and of every view-model below it (QObject
        descendants), until none is left (a cancelled task may start another)."""
        await end_all(self.pending_tasks)


async def _called(operation: Callable[[], Awaitable[T]]) -> T:
    return await operation()
