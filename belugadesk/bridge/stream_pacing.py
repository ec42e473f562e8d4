"""Lets the event loop turn while a reply's events come faster than they are read.

The SDK hands out the events of one network read without ever awaiting, so a fast stream (a local server, a
burst after a stall) would hold the loop, and with it the window, until its buffer is empty. Each backend's
stream calls :meth:`StreamPacer.step` after every event.
"""

from __future__ import annotations

import asyncio
import time

MAX_EVENTS = 64  # events handed out between two turns of the loop, at most
MAX_SECONDS = 0.004  # or this long, whichever comes first


class StreamPacer:
    def __init__(self) -> None:
        self._events = 0
        self._since = time.perf_counter()

    async def step(self) -> None:
        """One event was handed out: let the loop turn if enough have been, or for long enough."""
        self._events += 1
        if self._events >= MAX_EVENTS or time.perf_counter() - self._since >= MAX_SECONDS:
            await asyncio.sleep(0)
            self._events = 0
            self._since = time.perf_counter()
