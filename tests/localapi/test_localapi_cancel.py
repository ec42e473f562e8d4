"""Cancelling runs and responses: what a read says right after the cancel, and what may be cancelled."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import openai
import pytest
from localapi_support import API_KEY

from belugadesk.localapi import LocalApiConfig, LocalApiServer
from tests.support import wait_until

MODEL = "gpt-4.1-mini"


@pytest.fixture(scope="module")
def very_slow_server() -> Iterator[LocalApiServer]:
    """A second between deltas: a read right after a cancel always lands before the run's next delta."""
    with LocalApiServer(LocalApiConfig(api_key=API_KEY, delta_delay_s=1.0)) as srv:
        yield srv


def _wait_for(read: Callable[[], str | None], wanted: str) -> str | None:
    """Poll ``read`` until it says ``wanted``; what it said last."""
    wait_until(lambda: read() == wanted, f"the status became {wanted}")
    return read()


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


def _refused(c: openai.OpenAI, response_id: str) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        c.responses.cancel(response_id)
    assert err.value.body == {
        "message": "Cannot cancel a synchronous response.",
        "type": "invalid_request_error",
        "param": None,
        "code": None,
    }


def test_only_background_responses_can_be_cancelled(client: openai.OpenAI) -> None:
    done = client.responses.create(model=MODEL, input="hello")
    _refused(client, done.id)
    assert client.responses.retrieve(done.id).status == "completed"
    background = client.responses.create(model=MODEL, input="hello", background=True)
    assert _wait_for(lambda: client.responses.retrieve(background.id).status, "completed") == "completed"
    assert client.responses.cancel(background.id).status == "completed"  # finished already: unchanged


def test_a_streamed_response_is_stopped_by_closing_its_stream(slow_server: LocalApiServer) -> None:
    with openai.OpenAI(base_url=slow_server.base_url, api_key=API_KEY, max_retries=0) as c:
        conv = c.conversations.create()
        stream = c.responses.create(model=MODEL, input="long reply please", conversation=conv.id, stream=True)
        response_id, partial = "", ""
        for event in stream:
            if event.type == "response.created":
                response_id = event.response.id
            if event.type == "response.output_text.delta":
                partial += event.delta
                if len(partial) > 40:
                    break
        _refused(c, response_id)  # not a background response: the cancel endpoint refuses it
        assert c.responses.retrieve(response_id).status == "in_progress"
        stream.close()
        assert _wait_for(lambda: c.responses.retrieve(response_id).status, "cancelled") == "cancelled"
        final = c.responses.retrieve(response_id)
        message = final.output[0]
        assert message.type == "message" and message.status == "incomplete"
        assert final.output_text.startswith(partial)
        assert len(final.output_text) < len(partial) + 200
        kept = list(c.conversations.items.list(conv.id, order="asc"))[-1]
        assert kept.status == "incomplete" and kept.content[0].text == final.output_text  # type: ignore[union-attr,index]


def test_a_streamed_background_response_outlives_its_client_and_can_be_cancelled(
    very_slow_server: LocalApiServer,
) -> None:
    with openai.OpenAI(base_url=very_slow_server.base_url, api_key=API_KEY, max_retries=0) as c:
        stream = c.responses.create(model=MODEL, input="hello", stream=True, background=True)
        response_id = next(iter(stream)).response.id  # type: ignore[union-attr]
        stream.close()
        # a closed stream does not stop a background response. Something that does not happen cannot be
        # waited for: this pause (a third of the pause between deltas) gives the server time to notice
        time.sleep(0.3)
        assert c.responses.retrieve(response_id).status == "in_progress"
        assert c.responses.cancel(response_id).status == "cancelled"
        assert c.responses.retrieve(response_id).status == "cancelled"  # at once, not at the next delta
        # the producer notices the cancel at its next delta and stores its final state, usage included
        wait_until(lambda: c.responses.retrieve(response_id).usage is not None, "the final state was stored")
        final = c.responses.retrieve(response_id)
        assert final.status == "cancelled" and final.background


@pytest.fixture(scope="module")
def slow_server() -> Iterator[LocalApiServer]:
    with LocalApiServer(LocalApiConfig(api_key=API_KEY, delta_delay_s=0.02)) as srv:
        yield srv
