"""What every route handler reaches through ``request.app.state.api``."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

from belugadesk.localapi.config import LocalApiConfig
from belugadesk.localapi.faults import FaultInjector
from belugadesk.localapi.records import ApiRecords


@dataclass
class ApiState:
    config: LocalApiConfig
    store: ApiRecords
    faults: FaultInjector
    # ids of responses/runs asked to cancel while they are still producing output
    cancel_requests: set[str] = field(default_factory=set)
    # ids of responses/runs whose job is producing output right now
    active: set[str] = field(default_factory=set)
    # background work (background responses, non-streamed runs) kept alive until done
    tasks: set[asyncio.Task[None]] = field(default_factory=set)
    # set by shutdown(): every job stops at its next delta, as if cancelled
    closing: asyncio.Event = field(default_factory=asyncio.Event)

    async def pace(self) -> None:
        """The pause between two streamed deltas (``delta_delay_s``); always yields to the loop, and ends
        early when the server is shutting down."""
        delay = self.config.delta_delay_s
        if delay <= 0 or self.closing.is_set():
            await asyncio.sleep(0)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.closing.wait(), delay)

    def stop_requested(self, job_id: str) -> bool:
        """Whether the job producing ``job_id`` must stop: a client cancelled it, or the server is closing."""
        return job_id in self.cancel_requests or self.closing.is_set()

    def spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def shutdown(self, grace_s: float) -> None:
        """Stop all work before the server goes away: every job still producing is cancelled the way a
        client's cancel would (partial output kept, status ``cancelled``) and every background task is
        awaited; one that outlasts ``grace_s`` is cancelled outright and awaited too."""
        self.closing.set()
        tasks = [t for t in self.tasks if not t.done()]
        if not tasks:
            return
        _, late = await asyncio.wait(tasks, timeout=grace_s)
        for task in late:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def api(request: Request) -> ApiState:
    state: ApiState = request.app.state.api
    return state
