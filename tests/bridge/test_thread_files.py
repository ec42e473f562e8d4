"""Waiting for an attached file to be indexed: the SDK's ``create_and_poll`` at the server's pace, a bounded
wait, and failures named. Over the real local API; its fault injector answers the SDK's polls with a batch
still in progress (or failed), as a real server does while it indexes."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import openai
import pytest

from belugadesk.bridge.thread_files import ThreadFiles
from belugadesk.domain.errors import ApiError, TimedOut

POLL_ROUTE = r"^/v1/vector_stores/[^/]+/file_batches/[^/]+$"
FAST_POLLS = {"openai-poll-after-ms": "20"}  # the server's hint, which the SDK's poll follows


def _batch(status: str, *, in_progress: int = 0, failed: int = 0) -> dict[str, Any]:
    completed = 1 - in_progress - failed
    return {
        "id": "vsfb_polled",
        "object": "vector_store.files_batch",
        "created_at": 0,
        "vector_store_id": "vs_polled",
        "status": status,
        "file_counts": {
            "in_progress": in_progress,
            "completed": completed,
            "failed": failed,
            "cancelled": 0,
            "total": 1,
        },
    }


@pytest.fixture
def faults(local_api: Any) -> Iterator[Any]:
    yield local_api.faults
    local_api.faults.clear()


def _attach(local_api: Any, *, timeout: float) -> str:
    async def main() -> str:
        client = openai.AsyncOpenAI(base_url=local_api.base_url, api_key="sk-test", max_retries=0)
        try:
            conversation = await client.conversations.create()
            upload = await client.files.create(file=("notes.txt", b"orcas"), purpose="assistants")
            return await ThreadFiles(client, index_timeout_s=timeout).attach(conversation.id, [upload.id])
        finally:
            await client.close()

    return asyncio.run(main())


def test_waits_while_the_server_is_still_indexing(local_api: Any, faults: Any) -> None:
    still_indexing = _batch("in_progress", in_progress=1)
    faults.add("GET", POLL_ROUTE, 200, body=still_indexing, headers=FAST_POLLS, times=3)
    store_id = _attach(local_api, timeout=10)
    assert faults.pending == 0, "every 'still indexing' answer was polled through"
    assert store_id.startswith("vs_")


def test_gives_up_after_the_bound_with_a_sentence(local_api: Any, faults: Any) -> None:
    still_indexing = _batch("in_progress", in_progress=1)
    faults.add("GET", POLL_ROUTE, 200, body=still_indexing, headers=FAST_POLLS, times=10_000)
    started = time.monotonic()
    with pytest.raises(TimedOut) as err:
        _attach(local_api, timeout=0.5)
    assert time.monotonic() - started < 5.0
    assert "still being indexed" in str(err.value) and "Try sending your message again" in str(err.value)


def test_a_failed_batch_is_reported(local_api: Any, faults: Any) -> None:
    faults.add("GET", POLL_ROUTE, 200, body=_batch("failed", failed=1))
    with pytest.raises(ApiError) as err:
        _attach(local_api, timeout=10)
    assert "could not be indexed" in str(err.value) and "1 failed" in str(err.value)
