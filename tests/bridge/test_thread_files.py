"""Waiting for a file batch to be indexed: backoff, a bounded wait, and failures named.

The local API indexes files at once, so a batch that stays ``in_progress`` cannot be produced over HTTP here;
these tests give ``ThreadFiles`` a stand-in for the one SDK call it polls (``file_batches.retrieve``).
"""

from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace
from typing import Any

import pytest

from belugadesk.bridge import thread_files
from belugadesk.bridge.thread_files import ThreadFiles
from belugadesk.domain.errors import ApiError, TimedOut


class _Batches:
    def __init__(self, statuses: list[str], failed: int = 0) -> None:
        self.statuses = statuses
        self.failed = failed
        self.polled_at: list[float] = []

    async def retrieve(self, batch_id: str, *, vector_store_id: str) -> Any:
        self.polled_at.append(time.monotonic())
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return _batch(status, self.failed)


def _batch(status: str, failed: int = 0) -> Any:
    return SimpleNamespace(id="vsfb_1", status=status, file_counts=SimpleNamespace(failed=failed))


def _files(batches: _Batches, timeout: float) -> ThreadFiles:
    client: Any = SimpleNamespace(vector_stores=SimpleNamespace(file_batches=batches))
    return ThreadFiles(client, index_timeout_s=timeout)


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(thread_files, "FIRST_POLL_S", 0.01)
    monkeypatch.setattr(thread_files, "MAX_POLL_S", 0.04)


def test_polls_with_growing_delays_until_processed() -> None:
    batches = _Batches(["in_progress", "in_progress", "in_progress", "in_progress", "completed"])
    asyncio.run(_files(batches, timeout=5)._wait_for("vs_1", _batch("in_progress")))
    assert len(batches.polled_at) == 5
    gaps = [b - a for a, b in zip(batches.polled_at, batches.polled_at[1:], strict=False)]
    assert gaps[0] < gaps[-1] and max(gaps) < 0.2  # doubled, then capped


def test_gives_up_after_the_bound() -> None:
    batches = _Batches(["in_progress"])
    started = time.monotonic()
    with pytest.raises(TimedOut) as err:
        asyncio.run(_files(batches, timeout=0.3)._wait_for("vs_1", _batch("in_progress")))
    assert time.monotonic() - started < 1.0
    assert "still being indexed" in str(err.value)


def test_a_failed_batch_is_reported() -> None:
    batches = _Batches(["failed"], failed=1)
    with pytest.raises(ApiError) as err:
        asyncio.run(_files(batches, timeout=5)._wait_for("vs_1", _batch("in_progress")))
    assert "could not be indexed" in str(err.value) and "1 failed" in str(err.value)
