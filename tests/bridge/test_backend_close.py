"""A backend's background work ends with it: ``aclose`` cancels and awaits it (it was only cancelled)."""

from __future__ import annotations

import asyncio
from typing import Any

from belugadesk.domain.models import Backend
from tests.bridge.conftest import make_backend
from tests.bridge.helpers import assistant, of_kind


def _stream_closings() -> list[asyncio.Task[Any]]:
    return [t for t in asyncio.all_tasks() if "_close_later" in repr(t.get_coro()) and not t.done()]


def test_aclose_ends_the_stream_closing_an_unconfirmed_cancel_left(slow_api: Any) -> None:
    definition = assistant(tools=())

    async def scenario() -> None:
        backend = make_backend(Backend.ASSISTANTS, slow_api.base_url)
        closed = False
        try:
            thread_id = await backend.create_thread(definition)
            events: list[Any] = []
            streaming = asyncio.Event()

            async def consume() -> None:
                async for event in backend.stream_reply(thread_id, definition, "Please write a long reply"):
                    events.append(event)
                    if of_kind(events, "text_delta"):
                        streaming.set()

            consumer = asyncio.ensure_future(consume())
            await asyncio.wait_for(streaming.wait(), timeout=10)
            # the server answers the cancel as if the run had ended: the backend closes the stream later
            slow_api.faults.add("POST", r"/runs/[^/]+/cancel$", 400)
            await backend.cancel(thread_id, events[0].run_ref)
            assert len(_stream_closings()) == 1

            await backend.aclose()
            closed = True

            assert _stream_closings() == []  # ended when aclose returns, not merely asked to end
            consumer.cancel()
            await asyncio.gather(consumer, return_exceptions=True)
        finally:
            slow_api.faults.clear()
            if not closed:
                await backend.aclose()

    asyncio.run(scenario())
