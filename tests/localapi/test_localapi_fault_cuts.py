"""The local API's transport faults: a server that hangs, stalls mid-stream or drops the connection."""

from __future__ import annotations

import openai
import pytest

from belugadesk.localapi import LocalApiServer


def stream_reply(client: openai.OpenAI, kinds: list[str] | None = None) -> list[str]:
    """The event types of a streamed reply (appended to ``kinds`` as they come, if given)."""
    kinds = [] if kinds is None else kinds
    with client.responses.create(model="gpt-4.1-mini", input="hello", stream=True) as stream:
        for event in stream:
            kinds.append(event.type)
    return kinds


def test_hang_answers_nothing(server: LocalApiServer, client: openai.OpenAI) -> None:
    server.faults.add_cut("POST", r"^/v1/responses$", "hang")
    with pytest.raises(openai.APITimeoutError):
        client.with_options(timeout=0.5).responses.create(model="gpt-4.1-mini", input="hello")
    assert server.faults.pending == 0
    assert client.responses.create(model="gpt-4.1-mini", input="hello").status == "completed", "once"


def test_stall_sends_the_first_events_then_nothing(server: LocalApiServer, client: openai.OpenAI) -> None:
    server.faults.add_cut("POST", r"^/v1/responses$", "stall", after_chunks=2)
    kinds: list[str] = []
    with pytest.raises(openai.APITimeoutError):
        stream_reply(client.with_options(timeout=0.5), kinds)
    assert kinds == ["response.created", "response.in_progress"]


def test_drop_closes_the_connection_mid_stream(server: LocalApiServer, client: openai.OpenAI) -> None:
    server.faults.add_cut("POST", r"^/v1/responses$", "drop", after_chunks=6)
    with pytest.raises(openai.APIConnectionError):
        stream_reply(client)
    assert "response.completed" in stream_reply(client), "only the next request was cut"
