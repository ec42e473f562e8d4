"""Instructions added for a reply (a folder's) reach every request of it, the tool-output round included:
the Responses API carries no instructions from one response to the next, so they are sent again."""

from __future__ import annotations

import warnings
from typing import Any

import openai

from belugadesk.domain.events import RunDone, RunStarted, RunStatus
from belugadesk.domain.models import Backend, ToolCallPart, ToolOutput
from tests.bridge.helpers import assistant, collect, of_kind

EXTRA = "Answer in French."


async def _instructions(local_api: Any, backend: Any, thread_id: str, run_ref: str) -> str | None:
    client = openai.AsyncOpenAI(base_url=local_api.base_url, api_key="sk-test")
    try:
        if backend.backend is Backend.RESPONSES:
            return (await client.responses.retrieve(run_ref)).instructions  # type: ignore[return-value]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            run = await client.beta.threads.runs.retrieve(run_ref, thread_id=thread_id)
        return run.instructions
    finally:
        await client.close()


def test_the_added_instructions_go_with_the_reply_and_its_tool_round(
    with_backend: Any, local_api: Any
) -> None:
    definition = assistant(instructions="Be brief.")

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        first = await collect(
            backend.stream_reply(
                thread_id, definition, "What does get_weather say for Paris?", additional_instructions=EXTRA
            )
        )
        (requested,) = of_kind(first, "tool_call_requested")
        call: ToolCallPart = requested.call
        done = first[-1]
        assert isinstance(done, RunDone) and done.status is RunStatus.REQUIRES_ACTION and done.run_ref
        assert await _instructions(local_api, backend, thread_id, done.run_ref) == f"Be brief.\n\n{EXTRA}"

        outputs = [ToolOutput(call_id=call.call_id, output="Sunny, 21 °C")]
        second = await collect(
            backend.submit_tool_outputs(
                thread_id, definition, done.run_ref, outputs, additional_instructions=EXTRA
            )
        )
        assert isinstance(second[0], RunStarted) and second[-1].status is RunStatus.COMPLETED
        assert (
            await _instructions(local_api, backend, thread_id, second[0].run_ref) == f"Be brief.\n\n{EXTRA}"
        )

    with_backend(scenario)
