"""Cancelling mid-stream: the partial text is reported, the run ends cancelled, the server keeps it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from belugadesk.domain.backend import ConversationBackend
from belugadesk.domain.events import RunDone, RunEvent, RunStatus, TextDelta
from belugadesk.domain.models import MessageStatus, Role
from tests.bridge.conftest import make_backend
from tests.bridge.helpers import assistant, of_kind
from tests.support import eventually


class TextTap:
    """The real backend, with ``streaming`` set once a reply has streamed a few text deltas."""

    def __init__(self, backend: ConversationBackend, deltas: int = 5) -> None:
        self.backend = backend
        self.deltas = deltas
        self.streaming = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.backend, name)

    async def stream_reply(self, *args: Any, **kwargs: Any) -> AsyncIterator[RunEvent]:
        seen = 0
        async for event in self.backend.stream_reply(*args, **kwargs):
            seen += isinstance(event, TextDelta)
            if seen >= self.deltas:
                self.streaming.set()
            yield event


def test_cancel_mid_stream_keeps_the_partial_reply(slow_api: Any, backend_kind: Any) -> None:
    definition = assistant(tools=())

    async def scenario() -> None:
        backend = make_backend(backend_kind, slow_api.base_url)
        try:
            thread_id = await backend.create_thread(definition)
            events: list[RunEvent] = []
            enough = asyncio.Event()

            async def consume() -> None:
                async for event in backend.stream_reply(thread_id, definition, "Please write a long reply"):
                    events.append(event)
                    if len(of_kind(events, "text_delta")) >= 8:
                        enough.set()

            consumer = asyncio.ensure_future(consume())
            await asyncio.wait_for(enough.wait(), timeout=10)
            run_ref = events[0].run_ref  # type: ignore[union-attr]
            await backend.cancel(thread_id, run_ref)
            await asyncio.wait_for(consumer, timeout=10)

            done = events[-1]
            assert (
                isinstance(done, RunDone) and done.status is RunStatus.CANCELLED and done.run_ref == run_ref
            )
            streamed = "".join(e.delta for e in of_kind(events, "text_delta"))
            assert done.partial_text == streamed and len(streamed) > 20
            assert "# A long reply" in streamed and len(streamed.split()) < 2000
            assert not of_kind(events, "error")

            # the server kept the partial reply, marked as not complete (it notices the closed stream at its
            # next delta, so the reply may take a moment to appear)
            async def reply_kept() -> bool:
                return len((await backend.load_history(thread_id)).messages) == 2

            await eventually(reply_kept, "the server kept the partial reply")
            history = (await backend.load_history(thread_id)).messages
            assert [m.role for m in history] == [Role.USER, Role.ASSISTANT]
            kept = history[-1]
            assert kept.text.startswith(streamed) and len(kept.text) < len(streamed) + 200
            assert kept.status in (MessageStatus.INCOMPLETE, MessageStatus.CANCELLED)

            # and the thread takes the next message
            again = [e async for e in backend.stream_reply(thread_id, definition, "hello again")]
            assert again[-1].status is RunStatus.COMPLETED  # type: ignore[union-attr]
        finally:
            await backend.aclose()

    asyncio.run(scenario())


def test_chat_model_cancel_returns_the_partial_reply(slow_api: Any, backend_kind: Any) -> None:
    from belugadesk.bridge.chat_model import ChatModel
    from belugadesk.domain.models import Message

    async def scenario() -> None:
        backend = TextTap(make_backend(backend_kind, slow_api.base_url))
        chat = ChatModel(backend, assistant(tools=()))
        try:
            task = asyncio.ensure_future(chat.generate_messages([Message.user("Please write a long reply")]))
            await asyncio.wait_for(backend.streaming.wait(), timeout=10)
            await chat.cancel()
            (partial,) = await asyncio.wait_for(task, timeout=10)
            assert partial.role is Role.ASSISTANT and partial.text.startswith("# A long reply")
            assert partial.status in (MessageStatus.CANCELLED, MessageStatus.INCOMPLETE)
            follow_up = await chat.generate_messages([Message.user("short one")])
            assert len(follow_up) == 1 and "short one" in follow_up[0].text
        finally:
            await chat.aclose()

    asyncio.run(scenario())


def test_cancel_while_waiting_for_tool_outputs_frees_the_thread(with_backend: Any) -> None:
    from belugadesk.domain.models import ToolCallPart
    from tests.bridge.helpers import collect

    definition = assistant()

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        first = await collect(backend.stream_reply(thread_id, definition, "Call get_weather for Bern"))
        assert first[-1].status is RunStatus.REQUIRES_ACTION
        (requested,) = of_kind(first, "tool_call_requested")
        await backend.cancel(thread_id, first[-1].run_ref)

        later = await collect(backend.stream_reply(thread_id, definition, "never mind, hello"))
        assert later[-1].status is RunStatus.COMPLETED
        history = (await backend.load_history(thread_id)).messages
        outputs = [p.output for m in history for p in m.parts if isinstance(p, ToolCallPart) and p.output]
        calls = {p.call_id for m in history for p in m.parts if isinstance(p, ToolCallPart)}
        if backend.backend.value == "responses":
            # the unanswered call got an output saying it was stopped
            assert outputs == ["The user stopped this tool call before it ran."]
            assert calls == {requested.call.call_id}
        else:
            # the run was cancelled; it wrote no message, so its steps are not part of the history
            assert outputs == [] and calls == set()
        assert history[-1].role is Role.ASSISTANT and "never mind, hello" in history[-1].text

    with_backend(scenario)
