"""Helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from typing import Any


def run_coro(qtbot: Any, coro: Any, timeout: int = 10_000) -> Any:
    """Run a coroutine on the test's qasync loop (Qt processes events meanwhile) and return its result."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


@contextlib.contextmanager
def logging_restored() -> Iterator[None]:
    """Undo what ``configure_logging`` does to the process: handlers, level, record factory, warnings."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    factory = logging.getLogRecordFactory()
    try:
        yield
    finally:
        logging.setLogRecordFactory(factory)
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        logging.captureWarnings(False)
