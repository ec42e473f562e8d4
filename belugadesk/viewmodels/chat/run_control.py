"""Stop, at once, whatever a reply is doing: each network step of a run is a task that Stop cancels.

Cancelling the task aborts the HTTP request (connecting, waiting for the first byte, or streaming); a
local tool or a question to the user is cancelled the same way. Afterwards :func:`align_after_stop` makes
the server hold what the app shows (:class:`StopAlignment`: briefly awaited, the rest in the background).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from belugadesk.domain.errors import BelugaError
from belugadesk.domain.models import Message, Role, TextPart
from belugadesk.domain.tasks import TaskSet

if TYPE_CHECKING:
    from belugadesk.domain.backend import ConversationBackend
    from belugadesk.viewmodels.view_model import StartWork

log = logging.getLogger(__name__)
T = TypeVar("T")

ALIGN_TIMEOUT_S = 5.0  # how long the server may take to confirm a stopped reply before the app gives up
ALIGN_INLINE_S = 0.8  # how long Stop waits for it; the rest goes on in the background


class StopAlignment:
    """The server-side clean-up of the last stop (:func:`align_after_stop`). Stop waits for it only briefly;
    a slower one goes on in the background, and the next request to the thread waits for it first (so the
    clean-up cannot cancel or delete what that request starts)."""

    def __init__(self, start_work: StartWork) -> None:
        self._start_work = start_work  # the owning view-model's ``start``: closing it ends the clean-up
        self._task: asyncio.Task[StopOutcome | None] | None = None

    async def start(
        self,
        backend: ConversationBackend,
        thread_id: str,
        question: str,
        run_ref: str | None,
        partial_text: str,
    ) -> StopOutcome:
        """What the server holds after the stop, if it said so within ``ALIGN_INLINE_S`` (else unknown)."""
        task = self._start_work(align_after_stop(backend, thread_id, question, run_ref, partial_text))
        self._task = task
        done, _ = await asyncio.wait({task}, timeout=ALIGN_INLINE_S)
        outcome = task.result() if done and not task.cancelled() else None
        return outcome if outcome is not None else StopOutcome(None)

    async def finished(self) -> None:
        """Wait until the last clean-up has ended (at most ``ALIGN_TIMEOUT_S`` after it started)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            await asyncio.wait({task})


class StoppableSteps:
    """Runs one step at a time; :meth:`stop` cancels the step running now and refuses the next ones."""

    def __init__(self) -> None:
        self._tasks = TaskSet()
        self._current: asyncio.Task[Any] | None = None
        self.stopped = False

    def start(self) -> None:
        """A new reply begins: steps run again."""
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True
        if self._current is not None:
            self._current.cancel()

    async def run(self, step: Awaitable[T]) -> T | None:
        """``step``'s result, or None when Stop came before or during it."""
        if self.stopped:
            if isinstance(step, Coroutine):
                step.close()
            return None
        task = self._tasks.start(_awaited(step))
        self._current = task
        try:
            await asyncio.wait({task})
        except asyncio.CancelledError:  # the reply itself is being torn down: take the step with it
            task.cancel()
            raise
        finally:
            self._current = None
        if task.cancelled():
            return None
        return task.result()


async def _awaited(step: Awaitable[T]) -> T:
    return await step


@dataclass(frozen=True)
class StopOutcome:
    """What the server holds after a stop: ``held`` is whether it took the question (None: unknown, it did
    not answer in time); ``reply_remote_id`` names the partial reply written back to it."""

    held: bool | None
    reply_remote_id: str | None = None


async def align_after_stop(
    backend: ConversationBackend, thread_id: str, question: str, run_ref: str | None, partial_text: str
) -> StopOutcome:
    """Make the server agree with a stopped reply: end the run there, delete what it produced after the
    question, and write back the partial text the app shows (when there is any)."""

    async def align() -> StopOutcome:
        held = await backend.rewind(thread_id, question, run_ref=run_ref)
        if not held or not partial_text.strip():
            return StopOutcome(held)
        partial = Message(role=Role.ASSISTANT, parts=(TextPart(text=partial_text),))
        ids = await backend.add_messages(thread_id, [partial])
        return StopOutcome(True, ids[-1] if ids else None)

    try:
        return await asyncio.wait_for(align(), ALIGN_TIMEOUT_S)
    except (BelugaError, TimeoutError) as exc:
        log.warning("Could not align the thread with the stopped reply: %s", type(exc).__name__)
        return StopOutcome(None)
