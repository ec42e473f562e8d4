"""relay_run: one run followed through its tool-call rounds, ending with exactly one RunDone."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence

from belugadesk.core.run_loop import relay_run
from belugadesk.domain.events import RunDone, RunEvent, RunStarted, RunStatus, TextDelta, ToolCallRequested
from belugadesk.domain.models import ToolCallPart, ToolOutput

WEATHER = ToolCallPart(call_id="call-1", name="get_weather", arguments='{"city": "Oslo"}')


async def stream(*events: RunEvent) -> AsyncIterator[RunEvent]:
    for event in events:
        yield event


def relayed(
    first: AsyncIterator[RunEvent], *, outputs: Sequence[ToolOutput] | None
) -> tuple[list[RunEvent], list[tuple[str, Sequence[ToolCallPart]]], list[tuple[str, list[ToolOutput]]]]:
    """The events relayed, the calls ``answer`` was asked (by run), and what was submitted (by run)."""
    asked: list[tuple[str, Sequence[ToolCallPart]]] = []
    submitted: list[tuple[str, list[ToolOutput]]] = []

    async def answer(done: RunDone, calls: Sequence[ToolCallPart]) -> Sequence[ToolOutput] | None:
        asked.append((done.run_ref or "", list(calls)))
        return outputs

    def submit(run_ref: str, given: Sequence[ToolOutput]) -> AsyncIterator[RunEvent]:
        submitted.append((run_ref, list(given)))
        return stream(
            RunStarted(run_ref="run-2"),
            TextDelta(delta="Rainy"),
            RunDone(status=RunStatus.COMPLETED, run_ref="run-2"),
        )

    async def collect() -> list[RunEvent]:
        return [event async for event in relay_run(first, answer=answer, submit=submit)]

    return asyncio.run(collect()), asked, submitted


def waiting_run() -> AsyncIterator[RunEvent]:
    return stream(
        RunStarted(run_ref="run-1"),
        ToolCallRequested(call=WEATHER),
        RunDone(status=RunStatus.REQUIRES_ACTION, run_ref="run-1"),
    )


def test_a_run_without_tool_calls_is_relayed_as_it_is() -> None:
    events = [RunStarted(run_ref="run-1"), TextDelta(delta="Hi"), RunDone(status=RunStatus.COMPLETED)]
    got, asked, submitted = relayed(stream(*events), outputs=[])
    assert got == events and asked == [] and submitted == []


def test_tool_calls_are_answered_and_the_run_continues_with_one_run_done() -> None:
    output = ToolOutput(call_id="call-1", output="Rainy, 12 °C")
    got, asked, submitted = relayed(waiting_run(), outputs=[output])
    assert asked == [("run-1", [WEATHER])]
    assert submitted == [("run-1", [output])]
    done = [e for e in got if isinstance(e, RunDone)]
    assert done == [RunDone(status=RunStatus.COMPLETED, run_ref="run-2")] and got[-1] is done[0]
    assert [e.run_ref for e in got if isinstance(e, RunStarted)] == ["run-1", "run-2"]


def test_unanswered_tool_calls_end_the_relay_with_the_run_waiting() -> None:
    got, asked, submitted = relayed(waiting_run(), outputs=None)
    assert asked == [("run-1", [WEATHER])] and submitted == []
    assert got[-1] == RunDone(status=RunStatus.REQUIRES_ACTION, run_ref="run-1")
    assert sum(isinstance(e, RunDone) for e in got) == 1


def test_a_stream_that_ends_without_run_done_ends_incomplete() -> None:
    got, _, _ = relayed(stream(RunStarted(run_ref="run-1"), TextDelta(delta="Hal")), outputs=[])
    assert got[-1] == RunDone(status=RunStatus.INCOMPLETE)
