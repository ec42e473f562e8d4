"""Stop sequences, seed and reasoning effort reach the server as each API names them, where it takes them.

Each backend talks through the real SDK to the local API, through a recording proxy that keeps the request
bodies; the local API answers each request (it refuses what its API does not take).
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest
from pydantic import SecretStr

from belugadesk.bridge.factory import build_backend
from belugadesk.domain.models import Backend, ConnectionConfig
from tests.bridge.conftest import PROFILE_ID
from tests.bridge.helpers import assistant, collect, of_kind
from tests.faults.proxy import Proxy

# the path each backend's reply request goes to
REPLY_PATHS = {
    Backend.CHAT_COMPLETIONS: r"/v1/chat/completions$",
    Backend.RESPONSES: r"/v1/responses$",
    Backend.ASSISTANTS: r"/v1/threads/[^/]+/runs$",
}


class NewThreads:
    """The thread log of an app whose threads are all new (Chat Completions: the store is the thread)."""

    async def messages(self, remote_id: str) -> list[Any]:
        return []


def reply_bodies(proxy: Proxy, kind: Backend) -> list[dict[str, Any]]:
    return [
        json.loads(body)
        for method, path, body in proxy.bodies
        if method == "POST" and re.search(REPLY_PATHS[kind], path)
    ]


def run_reply(local_api: Any, kind: Backend, **fields: Any) -> tuple[list[Any], list[dict[str, Any]]]:
    definition = assistant(tools=(), model="o4-mini", **fields)

    async def main(base_url: str) -> list[Any]:
        config = ConnectionConfig(
            base_url=base_url, api_key=SecretStr("sk-test"), max_retries=0, backend=kind
        )
        backend = build_backend(config, profile_id=PROFILE_ID, thread_log=NewThreads())
        try:
            thread_id = await backend.create_thread(definition)
            return await collect(backend.stream_reply(thread_id, definition, "hi"))
        finally:
            await backend.aclose()

    with Proxy(local_api.base_url) as proxy:
        events = asyncio.run(main(proxy.base_url))
        return events, reply_bodies(proxy, kind)


def test_chat_completions_sends_stop_seed_and_reasoning_effort(local_api: Any) -> None:
    events, bodies = run_reply(
        local_api, Backend.CHAT_COMPLETIONS, stop=("You asked", "~~~"), seed=42, reasoning_effort="low"
    )
    (body,) = bodies
    assert body["stop"] == ["You asked", "~~~"]
    assert body["seed"] == 42
    assert body["reasoning_effort"] == "low"
    # the server took them: the reply ended at a stop sequence, and the model reasoned
    (completed,) = of_kind(events, "message_completed")
    assert completed.message.text.strip() == "### About your question"
    (usage,) = of_kind(events, "usage")
    assert usage.usage.output_tokens > 0


@pytest.mark.parametrize("kind", [Backend.RESPONSES, Backend.ASSISTANTS])
def test_responses_and_assistants_send_the_effort_their_way_and_no_stop_or_seed(
    local_api: Any, kind: Backend
) -> None:
    events, bodies = run_reply(local_api, kind, stop=("END",), seed=7, reasoning_effort="high")
    (body,) = bodies
    if kind is Backend.RESPONSES:
        assert body["reasoning"] == {"effort": "high"}
        assert "reasoning_effort" not in body
    else:
        assert body["reasoning_effort"] == "high"
        assert "reasoning" not in body
    assert "stop" not in body and "seed" not in body
    assert of_kind(events, "message_completed")


@pytest.mark.parametrize("kind", list(REPLY_PATHS))
def test_nothing_is_sent_when_unset(local_api: Any, kind: Backend) -> None:
    _events, bodies = run_reply(local_api, kind)
    (body,) = bodies
    assert not {"stop", "seed", "reasoning_effort", "reasoning"} & set(body)
