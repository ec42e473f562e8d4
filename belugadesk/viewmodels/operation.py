"""One helper for every async operation a view-model runs.

Busy while it runs, an error sentence if it fails.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import Property, QObject, Signal

from belugadesk.domain.errors import BelugaError
from belugadesk.domain.redaction import redact

log = logging.getLogger(__name__)
T = TypeVar("T")


class ViewModel(QObject):
    """Base for view-models: ``busy`` and ``error`` properties, change signals fired only on real changes.

    ``run(...)`` awaits an operation inside the busy/error bracket; ``spawn(...)`` starts one as a task that
    is kept alive until it ends (the public ``async def`` stays awaitable for tests).
    """

    busyChanged = Signal(bool)
    errorChanged = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._busy_count = 0
        self._error = ""
        self._tasks: set[asyncio.Task[Any]] = set()

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
        """Await ``operation()``; on a ``BelugaError`` set ``error`` (after ``failure``), return None."""
        self._busy_count += 1
        if self._busy_count == 1:
            self.busyChanged.emit(True)
        try:
            result = await operation()
        except BelugaError as exc:
            self.set_error(f"{failure} {exc}".strip() if failure else str(exc))
            return None
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug: say something, and keep the trace in the log
            log.exception("Unexpected error in %s", type(self).__name__)
            self.set_error(f"{failure} Unexpected error: {exc}".strip())
            return None
        finally:
            self._busy_count -= 1
            if self._busy_count == 0:
                self.busyChanged.emit(False)
        return result

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Start a coroutine on the running (qasync) loop and keep a reference until it finishes."""
        task = asyncio.get_event_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._task_finished)
        return task

    def _task_finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("Background task failed", exc_info=task.exception())

    async def wait_idle(self) -> None:
        """Await every task this view-model started (tests and shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
