"""What every route handler reaches through ``request.app.state.api``."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

from belugadesk.localapi.config import LocalApiConfig
from belugadesk.localapi.faults import FaultInjector
from belugadesk.localapi.store import Store


@dataclass
class ApiState:
    config: LocalApiConfig
    store: Store
    faults: FaultInjector
    # ids of responses/runs asked to cancel while they are still producing output
    cancel_requests: set[str] = field(default_factory=set)
    # ids of responses/runs whose job is producing output right now
    active: set[str] = field(default_factory=set)
    # background work (background responses, non-streamed runs) kept alive until done
    tasks: set[asyncio.Task[None]] = field(default_factory=set)

    async def pace(self) -> None:
        """The pause between two streamed deltas (``delta_delay_s``); always yields to the loop."""
        await asyncio.sleep(self.config.delta_delay_s)

    def spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)


def api(request: Request) -> ApiState:
    state: ApiState = request.app.state.api
    return state
