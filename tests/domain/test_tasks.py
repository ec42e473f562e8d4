"""``TaskSet``, the tasks one object owns (the bridge's backends, every view-model)."""

from __future__ import annotations

import asyncio

from belugadesk.domain.tasks import TaskSet


def test_tasks_are_kept_until_they_end_and_aclose_cancels_and_awaits_the_rest() -> None:
    async def scenario() -> None:
        tasks = TaskSet()
        quick = tasks.start(asyncio.sleep(0, result="quick"))
        stuck = tasks.start(asyncio.Event().wait())
        await quick
        assert tasks.pending() == [stuck]
        await tasks.aclose()
        assert stuck.cancelled()  # ended when aclose returns, not merely asked to end
        assert tasks.pending() == []

    asyncio.run(scenario())


def test_wait_awaits_tasks_started_meanwhile() -> None:
    async def scenario() -> None:
        tasks = TaskSet()
        seen: list[str] = []

        async def second() -> None:
            seen.append("second")

        async def first() -> None:
            tasks.start(second())
            seen.append("first")

        tasks.start(first())
        await tasks.wait()
        assert seen == ["first", "second"]
        assert tasks.pending() == []

    asyncio.run(scenario())
