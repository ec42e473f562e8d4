"""AssistantsBackend: the remote assistant mirrors the local definition; remote ones list as definitions."""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

import openai

from belugadesk.bridge.assistants_backend import AssistantsBackend
from belugadesk.domain.models import (
    AssistantDefinition,
    CodeInterpreterTool,
    FileSearchTool,
    FunctionTool,
    JsonSchemaFormat,
    ResponseFormat,
)
from tests.bridge.conftest import PROFILE_ID

MODEL = "gpt-4.1-mini"


def _definition(**changes: Any) -> AssistantDefinition:
    base = AssistantDefinition(
        name="Weather helper",
        model=MODEL,
        instructions="Answer briefly.",
        description="Knows the weather",
        tools=(
            FunctionTool(
                name="get_weather",
                description="Weather for a place",
                parameters={"type": "object", "properties": {"location": {"type": "string"}}},
            ),
            CodeInterpreterTool(),
            FileSearchTool(max_num_results=5),
        ),
        temperature=0.5,
        top_p=0.9,
        response_format=ResponseFormat(
            type="json_schema",
            json_schema=JsonSchemaFormat(name="answer", schema={"type": "object", "properties": {}}),
        ),
        metadata={"team": "ops"},
    )
    return base.model_copy(update=changes)


def _run(local_api: Any, fn: Any) -> Any:
    async def main() -> Any:
        client = openai.AsyncOpenAI(base_url=local_api.base_url, api_key="sk-test", max_retries=0)
        backend = AssistantsBackend(client, profile_id=PROFILE_ID)
        try:
            return await fn(backend, client)
        finally:
            await backend.aclose()

    return asyncio.run(main())


def test_sync_creates_then_updates_the_remote_assistant(local_api: Any) -> None:
    definition = _definition()

    async def scenario(backend: AssistantsBackend, client: openai.AsyncOpenAI) -> None:
        remote_id = await backend.sync_assistant(definition)
        assert remote_id.startswith("asst_")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            remote = await client.beta.assistants.retrieve(remote_id)
        assert remote.name == "Weather helper" and remote.model == MODEL
        assert remote.instructions == "Answer briefly." and remote.description == "Knows the weather"
        assert [t.type for t in remote.tools] == ["function", "code_interpreter", "file_search"]
        assert remote.tools[0].function.name == "get_weather"  # type: ignore[union-attr]
        assert remote.temperature == 0.5 and remote.top_p == 0.9
        assert remote.response_format.type == "json_schema"  # type: ignore[union-attr]
        assert remote.metadata == {"team": "ops", "belugadesk_id": definition.id, "belugadesk_version": "1"}

        # a new version, already known remotely: updated in place, not created again
        changed = definition.model_copy(
            update={"instructions": "Answer at length.", "version": 2, "remote_ids": {PROFILE_ID: remote_id}}
        )
        assert await backend.sync_assistant(changed) == remote_id
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            remote = await client.beta.assistants.retrieve(remote_id)
        assert remote.instructions == "Answer at length."
        assert remote.metadata["belugadesk_version"] == "2"  # type: ignore[index]

    _run(local_api, scenario)


def test_sync_recreates_an_assistant_deleted_on_the_server(local_api: Any) -> None:
    async def scenario(backend: AssistantsBackend, client: openai.AsyncOpenAI) -> None:
        first = await backend.sync_assistant(_definition())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            await client.beta.assistants.delete(first)
        gone = _definition().model_copy(update={"remote_ids": {PROFILE_ID: first}})
        second = await backend.sync_assistant(gone)
        assert second != first and second.startswith("asst_")
        # until the app saves the new id, the definition still names the deleted one: no third copy is made
        assert await backend.sync_assistant(gone) == second
        thread_id = await backend.create_thread(gone)
        events = [e async for e in backend.stream_reply(thread_id, gone, "hello")]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            run = await client.beta.threads.runs.retrieve(events[0].run_ref, thread_id=thread_id)  # type: ignore[union-attr]
        assert run.assistant_id == second

    _run(local_api, scenario)


def test_list_remote_assistants_pages_into_local_definitions(local_api: Any) -> None:
    async def scenario(backend: AssistantsBackend, client: openai.AsyncOpenAI) -> None:
        mine = [_definition(name=f"Listed {i}") for i in range(5)]
        remote_ids = [await backend.sync_assistant(d) for d in mine]
        seen: list[AssistantDefinition] = []
        cursor = None
        pages = 0
        while True:
            page, cursor = await backend.list_remote_assistants(cursor=cursor, limit=2)
            pages += 1
            assert len(page) <= 2
            seen.extend(page)
            if cursor is None:
                break
        assert pages >= 3
        by_remote = {d.remote_ids[PROFILE_ID]: d for d in seen}
        assert len(by_remote) == len(seen)  # no duplicates across pages
        for local, remote_id in zip(mine, remote_ids, strict=True):
            back = by_remote[remote_id]
            assert back.id == local.id and back.version == local.version
            assert back.name == local.name and back.model == local.model
            assert back.instructions == local.instructions and back.description == local.description
            assert back.tools == local.tools
            assert back.temperature == 0.5 and back.top_p == 0.9
            assert back.response_format == local.response_format
            assert back.metadata == {"team": "ops"}

    _run(local_api, scenario)


def test_an_assistant_made_elsewhere_gets_a_new_local_id(local_api: Any) -> None:
    async def scenario(backend: AssistantsBackend, client: openai.AsyncOpenAI) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            made = await client.beta.assistants.create(model=MODEL)
        page, _ = await backend.list_remote_assistants(limit=1)
        assert page[0].remote_ids == {PROFILE_ID: made.id}
        assert page[0].name == "Untitled assistant" and page[0].version == 1 and len(page[0].id) == 32

    _run(local_api, scenario)


def test_an_imported_assistant_keeps_the_reasoning_effort_this_app_offers(local_api: Any) -> None:
    async def scenario(backend: AssistantsBackend, client: openai.AsyncOpenAI) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            await client.beta.assistants.create(model="o4-mini", reasoning_effort="medium")
            (page, _) = await backend.list_remote_assistants(limit=1)
            assert page[0].reasoning_effort == "medium"
            await client.beta.assistants.create(model="o4-mini", reasoning_effort="xhigh")  # type: ignore[arg-type]
            (page, _) = await backend.list_remote_assistants(limit=1)
            assert page[0].reasoning_effort is None, "an effort the form does not offer: the model's default"

    _run(local_api, scenario)


def test_a_new_version_is_synced_before_the_run(local_api: Any) -> None:
    from belugadesk.domain.events import RunStatus

    async def scenario(backend: AssistantsBackend, client: openai.AsyncOpenAI) -> None:
        v1 = _definition(tools=(), response_format=ResponseFormat(), instructions="Version one.")
        remote_id = await backend.sync_assistant(v1)
        v2 = v1.model_copy(
            update={"version": 2, "instructions": "Version two.", "remote_ids": {PROFILE_ID: remote_id}}
        )
        thread_id = await backend.create_thread(v2)
        events = [e async for e in backend.stream_reply(thread_id, v2, "hello")]
        assert events[-1].status is RunStatus.COMPLETED  # type: ignore[union-attr]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            remote = await client.beta.assistants.retrieve(remote_id)
            run_ref = events[0].run_ref  # type: ignore[union-attr]
            run = await client.beta.threads.runs.retrieve(run_ref, thread_id=thread_id)
        assert remote.instructions == "Version two."
        assert remote.metadata["belugadesk_version"] == "2"  # type: ignore[index]
        assert run.assistant_id == remote_id and run.instructions == "Version two."

        # the same version again: no update (the server copy changed meanwhile stays as it is)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            await client.beta.assistants.update(remote_id, instructions="Changed elsewhere.")
        events = [e async for e in backend.stream_reply(thread_id, v2, "again")]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            remote = await client.beta.assistants.retrieve(remote_id)
        assert remote.instructions == "Changed elsewhere."

    _run(local_api, scenario)
