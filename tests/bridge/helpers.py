"""Shared test helpers: assistants to talk to, and collecting a stream's events."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from belugadesk.domain.events import RunDone, RunEvent
from belugadesk.domain.models import AssistantDefinition, CodeInterpreterTool, FileSearchTool, FunctionTool

MODEL = "gpt-4.1-mini"

WEATHER = FunctionTool(
    name="get_weather",
    description="The weather at a place",
    parameters={"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]},
)


def assistant(**changes: Any) -> AssistantDefinition:
    base = AssistantDefinition(
        name="Test assistant",
        model=MODEL,
        instructions="Be brief.",
        tools=(WEATHER, CodeInterpreterTool(), FileSearchTool()),
    )
    return base.model_copy(update=changes)


async def collect(events: AsyncIterator[RunEvent]) -> list[RunEvent]:
    """Every event of a stream; checks it ends with exactly one ``RunDone``."""
    out = [event async for event in events]
    assert out, "the stream produced no events"
    assert isinstance(out[-1], RunDone), f"the stream did not end with RunDone: {out[-1]!r}"
    assert sum(isinstance(e, RunDone) for e in out) == 1
    return out


def of_kind(events: list[RunEvent], kind: str) -> list[Any]:
    return [e for e in events if e.kind == kind]
