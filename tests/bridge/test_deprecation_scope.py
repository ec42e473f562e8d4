"""The SDK's Assistants deprecation warning is silenced inside the Assistants backend only."""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

import openai

from belugadesk.bridge.assistants_backend import AssistantsBackend
from belugadesk.domain.models import ToolOutput
from tests.bridge.conftest import PROFILE_ID
from tests.bridge.helpers import assistant, collect, of_kind


def _deprecations(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]


def test_backend_calls_warn_nothing_but_direct_sdk_calls_still_do(local_api: Any) -> None:
    definition = assistant()

    async def through_backend() -> None:
        client = openai.AsyncOpenAI(base_url=local_api.base_url, api_key="sk-test", max_retries=0)
        backend = AssistantsBackend(client, profile_id=PROFILE_ID)
        try:
            await backend.sync_assistant(definition)
            await backend.list_remote_assistants(limit=5)
            thread_id = await backend.create_thread(definition)
            first = await collect(backend.stream_reply(thread_id, definition, "call get_weather for Oslo"))
            (call,) = of_kind(first, "tool_call_requested")
            outputs = [ToolOutput(call_id=call.call.call_id, output="cold")]
            await collect(backend.submit_tool_outputs(thread_id, definition, first[-1].run_ref, outputs))
            await backend.add_messages(thread_id, [])
            await backend.load_history(thread_id)
            await backend.delete_thread(thread_id)
        finally:
            await backend.aclose()

    async def direct() -> None:
        client = openai.AsyncOpenAI(base_url=local_api.base_url, api_key="sk-test", max_retries=0)
        try:
            await client.beta.assistants.list(limit=1)
            await client.beta.threads.create()
        finally:
            await client.close()

    filters_before = list(warnings.filters)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(through_backend())
        assert _deprecations(caught) == []
        asyncio.run(direct())
        after_direct = _deprecations(caught)
    assert warnings.filters == filters_before
    # the SDK still warns the app's other code (and the user) about direct Assistants calls
    assert len(after_direct) >= 2 and all("deprecated" in m.lower() for m in after_direct)
