"""Stopping the server while work is still going: the work is cancelled and awaited, quietly and at once."""

from __future__ import annotations

import gc
import logging
import time
import warnings
from pathlib import Path

import openai
import pytest
from localapi_support import API_KEY

from belugadesk.localapi import LocalApiConfig, LocalApiServer

MODEL = "gpt-4.1-mini"


def test_stop_cancels_and_awaits_abandoned_work(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    config = LocalApiConfig(api_key=API_KEY, db_path=tmp_path / "api.sqlite3", delta_delay_s=0.05)
    server = LocalApiServer(config).start()
    thread = server._thread
    assert thread is not None
    client = openai.OpenAI(base_url=server.base_url, api_key=API_KEY, max_retries=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assistant = client.beta.assistants.create(model=MODEL)
        chat = client.beta.threads.create(messages=[{"role": "user", "content": "a long reply please"}])
        # a streamed run whose client stops reading mid-stream (as after a read timeout) and never comes back
        run_stream = client.beta.threads.runs.create(
            thread_id=chat.id, assistant_id=assistant.id, stream=True
        )
        run_events = iter(run_stream)
        run_id = next(run_events).data.id  # type: ignore[union-attr]
        while next(run_events).event != "thread.message.delta":
            pass
    # the same for a streamed response, and a background response nobody waits for
    response_stream = client.responses.create(model=MODEL, input="a long reply please", stream=True)
    response_events = iter(response_stream)
    response_id = next(response_events).response.id  # type: ignore[union-attr]
    while next(response_events).type != "response.output_text.delta":
        pass
    background = client.responses.create(model=MODEL, input="a long reply please", background=True)
    state = server.app.state.api
    assert len(state.tasks) == 2  # the run's producer and the background response

    started = time.monotonic()
    server.stop()
    took = time.monotonic() - started
    gc.collect()  # a task left pending would be reported when collected

    assert not thread.is_alive() and not state.tasks
    assert took < 1.5, f"stop took {took:.1f} s: something waited for a timeout"
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not loud, [r.getMessage() for r in loud]
    assert "Task was destroyed" not in caplog.text
    client.close()

    # the work was cancelled, not dropped: a restarted server on the same file shows partial results
    with (
        LocalApiServer(config) as again,
        openai.OpenAI(base_url=again.base_url, api_key=API_KEY, max_retries=0) as c,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore", DeprecationWarning)
        run = c.beta.threads.runs.retrieve(run_id, thread_id=chat.id)
        assert run.status == "cancelled" and run.cancelled_at is not None
        kept = c.beta.threads.messages.list(chat.id, limit=1).data[0]
        assert kept.status == "incomplete" and kept.content[0].text.value  # type: ignore[union-attr]
        for stopped in (c.responses.retrieve(response_id), c.responses.retrieve(background.id)):
            assert stopped.status == "cancelled"
        assert c.responses.retrieve(response_id).output_text
