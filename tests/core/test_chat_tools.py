"""Local tools: an object each chat holds, not a registry shared by the process."""

from __future__ import annotations

import asyncio
import json

import pytest

from belugadesk.core.chat_tools import LocalTools, builtin_local_tools, parse_arguments


async def _echo(args: dict[str, object]) -> str:
    return json.dumps(args)


def test_tools_registered_on_one_object_stay_there() -> None:
    mine, yours = builtin_local_tools(), builtin_local_tools()
    mine.register("echo", _echo)
    assert mine.names() == ["echo", "get_current_time"]
    assert yours.names() == ["get_current_time"] and yours.get("echo") is None
    mine.unregister("echo")
    mine.unregister("echo")  # twice is fine
    assert mine.get("echo") is None


def test_a_tool_needs_a_name() -> None:
    with pytest.raises(ValueError, match="needs a name"):
        LocalTools({"": _echo})


def test_the_builtin_clock_answers_with_an_iso_time() -> None:
    clock = builtin_local_tools().get("get_current_time")
    assert clock is not None
    answer = json.loads(asyncio.run(clock(parse_arguments(""))))
    assert set(answer) == {"iso", "timezone"} and "T" in answer["iso"]
