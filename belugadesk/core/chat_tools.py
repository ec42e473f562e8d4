"""Local tools: functions the app answers itself when an assistant calls them (no dialog needed)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime

LocalTool = Callable[[dict[str, object]], Awaitable[str]]


class LocalTools:
    """The function tools the app answers itself, by name; each chat view-model holds its own."""

    def __init__(self, tools: Mapping[str, LocalTool] | None = None) -> None:
        self._tools: dict[str, LocalTool] = {}
        for name, fn in (tools or {}).items():
            self.register(name, fn)

    def register(self, name: str, fn: LocalTool) -> None:
        """Answer calls of the function tool ``name`` with ``await fn(arguments)`` (replaces any earlier)."""
        if not name:
            raise ValueError("a local tool needs a name")
        self._tools[name] = fn

    def unregister(self, name: str) -> None:
        self._tools.pop(name, None)

    def get(self, name: str) -> LocalTool | None:
        return self._tools.get(name)

    def names(self) -> list[str]:
        return sorted(self._tools)


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


def builtin_local_tools() -> LocalTools:
    """The tools every chat answers unless given others: ``get_current_time``."""
    return LocalTools({"get_current_time": get_current_time})
