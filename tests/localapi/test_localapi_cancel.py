"""Cancelling runs and responses: what a read says right after the cancel, and what may be cancelled."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import openai
import pytest
from localapi_support import API_KEY

from belugadesk.localapi import LocalApiConfig, LocalApiServer

MODEL = "gpt-4.1-mini"


@pytest.fixture(scope="module")
def very_slow_server() -> Iterator[LocalApiServer]:
    """A second between deltas: a read right after a cancel always lands before the run's next delta."""
    with LocalApiServer(LocalApiConfig(api_key=API_KEY, delta_delay_s=1.0)) as srv:
        yield srv


def _wait_for(read: Callable[[], str], wanted: str, timeout: float = 5.0) -> str:
    deadline = time.monotonic() + timeout
    status = ""
    while time.monotonic() < deadline:
        status = read()
        if status == wanted:
            break
        time.sleep(0.05)
    return status


def test_a_read_after_cancel_says_cancelling_then_cancelled(very_slow_server: LocalApiServer) -> None:
    with openai.OpenAI(base_url=very_slow_server.base_url, api_key=API_KEY, max_retries=0) as c:
        assistant = c.beta.assistants.create(model=MODEL)
        thread = c.beta.threads.create(messages=[{"role": "user", "content": "hello there"}])
        run = c.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id)

        def status() -> str:
            return c.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status

        assert _wait_for(status, "in_progress") == "in_progress"
        assert c.beta.threads.runs.cancel(run.id, thread_id=thread.id).status == "cancelling"
        # the producer is still sleeping before its next delta: every read now says "cancelling"
        assert c.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status == "cancelling"
        assert [r.status for r in c.beta.threads.runs.list(thread.id)] == ["cancelling"]
        # a second cancel of a run that is being cancelled is accepted and changes nothing
        assert c.beta.threads.runs.cancel(run.id, thread_id=thread.id).status == "cancelling"
        assert _wait_for(status, "cancelled") == "cancelled"
        final = c.beta.threads.runs.retrieve(run.id, thread_id=thread.id)
        assert final.cancelled_at is not None and final.completed_at is None
