"""Helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

POLL_S = 0.02
REPO_ROOT = Path(__file__).resolve().parent.parent


def run_coro(qtbot: Any, coro: Any, timeout: int = 10_000) -> Any:
    """Run a coroutine on the test's qasync loop (Qt processes events meanwhile) and return its result."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    """Poll ``condition`` (outside an event loop, e.g. over a blocking client) until it holds; fail after
    ``timeout`` seconds saying ``what`` did not happen."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"gave up after {timeout} s waiting until {what}"
        time.sleep(POLL_S)


async def eventually(condition: Callable[[], Awaitable[bool]], what: str, timeout: float = 10.0) -> None:
    """``wait_until`` inside a running loop: await ``condition()`` until it holds."""
    deadline = time.monotonic() + timeout
    while not await condition():
        assert time.monotonic() < deadline, f"gave up after {timeout} s waiting until {what}"
        await asyncio.sleep(POLL_S)


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


def load_script(relative: str) -> ModuleType:
    """A script of the repository that is not part of the package (``packaging/…``), imported by path."""
    path = REPO_ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
