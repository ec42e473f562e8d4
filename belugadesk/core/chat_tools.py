"""Local tools: functions the app answers itself when an assistant calls them (no dialog needed)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import datetime

LocalTool = Callable[[dict[str, object]], Awaitable[str]]

_REGISTRY: dict[str, LocalTool] = {}


def register_local_tool(name: str, fn: LocalTool) -> None:
    """Answer calls of the function tool ``name`` with ``await fn(arguments)`` (replaces an earlier one)."""
    if not name:
        raise ValueError("a local tool needs a name")
    _REGISTRY[name] = fn


def unregister_local_tool(name: str) -> None:
    _REGISTRY.pop(name, None)


def local_tool(name: str) -> LocalTool | None:
    return _REGISTRY.get(name)


def local_tool_names() -> list[str]:
    return sorted(_REGISTRY)


def parse_arguments(arguments: str) -> dict[str, object]:
    """A call's JSON arguments as a dict; anything else (bad JSON, a list) becomes ``{}``."""
    try:
        value = json.loads(arguments or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


async def get_current_time(args: dict[str, object]) -> str:
    """The built-in tool: the local date and time, with its UTC offset, as JSON."""
    now = datetime.now().astimezone()
    return json.dumps({"iso": now.isoformat(timespec="seconds"), "timezone": now.tzname() or ""})


GET_CURRENT_TIME_SCHEMA: dict[str, object] = {"type": "object", "properties": {}}

register_local_tool("get_current_time", get_current_time)
