"""A reply's events arriving faster than they are read still let the event loop turn (issue 13): the SDK hands
out the events of one network read without awaiting, so without pacing a fast stream held the loop (and the
window) until its buffer was empty."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from belugadesk.bridge.stream_pacing import MAX_EVENTS
from belugadesk.domain.events import TextDelta
from tests.bridge.helpers import assistant


def test_a_fast_stream_lets_the_loop_turn_between_its_events(with_backend: Any) -> None:
    definition = assistant()

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        turns = 0

        async def count_turns() -> None:
            nonlocal turns
            while True:
                turns += 1
                await asyncio.sleep(0)

        counter = asyncio.create_task(count_turns())
        seen: list[int] = []  # the loop's turns so far, at each text delta
        try:
            async for event in backend.stream_reply(thread_id, definition, "Please write a long reply"):
                if isinstance(event, TextDelta):
                    seen.append(turns)
        finally:
            counter.cancel()
        longest = run = 1
        for before, after in itertools.pairwise(seen):
            run = run + 1 if after == before else 1
            longest = max(longest, run)
        assert len(seen) > 5 * MAX_EVENTS, "a long reply"
        assert longest <= MAX_EVENTS, f"{longest} deltas in a row were handed out without the loop turning"

    with_backend(scenario)
