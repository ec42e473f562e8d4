"""Helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

import asyncio
from typing import Any


def run_coro(qtbot: Any, coro: Any, timeout: int = 10_000) -> Any:
    """Run a coroutine on the test's qasync loop (Qt processes events meanwhile) and return its result."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()
