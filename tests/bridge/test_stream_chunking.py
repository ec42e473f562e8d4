"""Stream folding is independent of where the network cuts the server-sent events (hypothesis).

A reply is recorded once from the local API through the real SDK. Then the same bytes are replayed, cut at
random boundaries (inside a field, inside a UTF-8 character, between a line's end bytes…), through the real
SDK's SSE decoder and the backend's folding: the domain events must come out the same, whatever the cuts.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belugadesk.domain.events import RunDone, RunEvent
from belugadesk.domain.models import AssistantDefinition, Backend, ToolOutput
from tests.bridge.conftest import PROFILE_ID
from tests.bridge.helpers import assistant, collect

QUESTION = "Show me a table and some code, with a café ☕ and 日本語 in it."
TOOL_QUESTION = "What does get_weather say for Paris?"

_VOLATILE = {"id", "created_at"}  # made fresh by the app for each fold (not from the stream)


def _fingerprint(events: list[RunEvent]) -> list[Any]:
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in _VOLATILE}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return [strip(event.model_dump(mode="json")) for event in events]


@dataclass
class Tape:
    """The server-sent bytes of each streamed answer, in the order they were received."""

    streams: list[bytes] = field(default_factory=list)
    cuts: list[int] = field(default_factory=list)
    replaying: bool = False


def _transport(tape: Tape) -> Any:
    import httpx2

    real = httpx2.AsyncHTTPTransport()

    class Chunks(httpx2.AsyncByteStream):
        def __init__(self, body: bytes, cuts: list[int]):
            self._pieces = [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)], strict=True)]

        async def __aiter__(self) -> AsyncIterator[bytes]:
            for piece in self._pieces:
                if piece:
                    yield piece

    class TapeTransport(httpx2.AsyncBaseTransport):
        """Records event streams from the real server; when replaying, answers them from the tape instead,
        cut at ``tape.cuts`` (other requests still go to the server)."""

        def __init__(self) -> None:
            self._next = 0

        async def handle_async_request(self, request: Any) -> Any:
            streamed = b'"stream":true' in request.content.replace(b" ", b"")
            if tape.replaying and streamed:
                body = tape.streams[self._next]
                self._next += 1
                cuts = sorted({c % (len(body) + 1) for c in tape.cuts})
                return httpx2.Response(
                    200, headers={"content-type": "text/event-stream"}, stream=Chunks(body, cuts)
                )
            response = await real.handle_async_request(request)
            if streamed and not tape.replaying:
                body = await response.aread()
                tape.streams.append(body)
                return httpx2.Response(response.status_code, headers=response.headers, content=body)
            return response

        async def aclose(self) -> None:
            await real.aclose()

    return TapeTransport()


def _backend(kind: Backend, base_url: str, tape: Tape) -> Any:
    import httpx2
    import openai

    from belugadesk.bridge.assistants_backend import AssistantsBackend
    from belugadesk.bridge.chat_completions_backend import ChatCompletionsBackend
    from belugadesk.bridge.responses_backend import ResponsesBackend

    client = openai.AsyncOpenAI(
        base_url=base_url,
        api_key="test",
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=_transport(tape)),
    )
    if kind is Backend.ASSISTANTS:
        return AssistantsBackend(client, profile_id=PROFILE_ID)
    if kind is Backend.CHAT_COMPLETIONS:
        return ChatCompletionsBackend(client, NewThreads())
    return ResponsesBackend(client)


class NewThreads:
    """The thread log of an app whose threads are all new (Chat Completions: the store is the thread)."""

    async def messages(self, remote_id: str) -> list[Any]:
        return []


async def _text_reply(backend: Any, definition: AssistantDefinition) -> list[RunEvent]:
    thread_id = await backend.create_thread(definition)
    return await collect(backend.stream_reply(thread_id, definition, QUESTION))


async def _tool_loop(backend: Any, definition: AssistantDefinition) -> list[RunEvent]:
    thread_id = await backend.create_thread(definition)
    first = await collect(backend.stream_reply(thread_id, definition, TOOL_QUESTION))
    calls = [e.call for e in first if e.kind == "tool_call_requested" and e.call.kind == "function"]
    assert calls, "the scripted engine asked for no function call"
    outputs = [ToolOutput(call_id=c.call_id, output='{"forecast": "Sunny, 21 °C"}') for c in calls]
    done = first[-1]
    assert isinstance(done, RunDone) and done.run_ref
    second = await collect(backend.submit_tool_outputs(thread_id, definition, done.run_ref, outputs))
    return first + second


Scenario = Callable[[Any, AssistantDefinition], Any]


def _record(kind: Backend, base_url: str, scenario: Scenario) -> tuple[Tape, list[Any]]:
    tape = Tape()

    async def main() -> list[RunEvent]:
        backend = _backend(kind, base_url, tape)
        try:
            return await scenario(backend, assistant())
        finally:
            await backend.aclose()

    events = asyncio.run(main())
    assert tape.streams and all(b"data:" in body for body in tape.streams)
    return tape, _fingerprint(events)


@pytest.mark.parametrize("scenario", [_text_reply, _tool_loop], ids=["text", "tool-loop"])
@pytest.mark.parametrize("kind", list(Backend), ids=[b.value for b in Backend])
def test_events_do_not_depend_on_chunk_boundaries(local_api: Any, kind: Backend, scenario: Scenario) -> None:
    tape, expected = _record(kind, local_api.base_url, scenario)
    assert any(e["kind"] == "text_delta" for e in expected)
    longest = max(len(body) for body in tape.streams)

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(cuts=st.lists(st.integers(min_value=1, max_value=longest), max_size=200))
    def replay(cuts: list[int]) -> None:
        replayed = Tape(streams=tape.streams, cuts=cuts, replaying=True)

        async def main() -> list[RunEvent]:
            backend = _backend(kind, local_api.base_url, replayed)
            try:
                return await scenario(backend, assistant())
            finally:
                await backend.aclose()

        assert _fingerprint(asyncio.run(main())) == expected

    replay()


def test_every_byte_its_own_chunk(local_api: Any) -> None:
    """The extreme cut: one byte per read, multi-byte characters split across reads."""
    tape, expected = _record(Backend.RESPONSES, local_api.base_url, _text_reply)
    replayed = Tape(streams=tape.streams, cuts=list(range(1, len(tape.streams[0]))), replaying=True)

    async def main() -> list[RunEvent]:
        backend = _backend(Backend.RESPONSES, local_api.base_url, replayed)
        try:
            return await _text_reply(backend, assistant())
        finally:
            await backend.aclose()

    assert _fingerprint(asyncio.run(main())) == expected
