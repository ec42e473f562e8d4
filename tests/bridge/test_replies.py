"""Both backends through the real SDK: send, stream, history, the function-call loop, delete."""

from __future__ import annotations

import json
from typing import Any

import pytest

from belugadesk.domain.errors import NotFound
from belugadesk.domain.events import RunDone, RunStarted, RunStatus
from belugadesk.domain.models import Message, Role, ToolCallPart, ToolOutput
from tests.bridge.helpers import assistant, collect, of_kind


def test_streamed_reply_assembles_to_the_completed_message(with_backend: Any) -> None:
    definition = assistant()

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        events = await collect(backend.stream_reply(thread_id, definition, "Hello, who are you?"))
        assert isinstance(events[0], RunStarted) and events[0].run_ref
        deltas = "".join(e.delta for e in of_kind(events, "text_delta"))
        (completed,) = of_kind(events, "message_completed")
        assert len(of_kind(events, "text_delta")) > 3
        assert deltas == completed.message.text and "Hello, who are you?" in deltas
        assert completed.message.role is Role.ASSISTANT and completed.message.remote_id
        assert completed.message.model == definition.model
        (usage,) = of_kind(events, "usage")
        assert usage.usage.output_tokens > 0
        done = events[-1]
        assert done.status is RunStatus.COMPLETED and done.partial_text == deltas
        assert done.run_ref == events[0].run_ref

        page = await backend.load_history(thread_id)
        assert [(m.role, m.text) for m in page.messages] == [
            (Role.USER, "Hello, who are you?"),
            (Role.ASSISTANT, deltas),
        ]
        assert page.messages[1].remote_id == completed.message.remote_id and not page.has_more

    with_backend(scenario)


def test_history_pages_oldest_first_and_resumes_from_a_cursor(with_backend: Any) -> None:
    definition = assistant()
    total = 130

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        written = [Message.user(f"q{i}") if i % 2 == 0 else Message.assistant(f"a{i}") for i in range(total)]
        ids = await backend.add_messages(thread_id, written)
        assert len(ids) == total

        first = await backend.load_history(thread_id)
        assert len(first.messages) == 100 and first.has_more
        second = await backend.load_history(thread_id, cursor=first.next_cursor)
        assert len(second.messages) == total - 100 and not second.has_more
        texts = [m.text for m in first.messages + second.messages]
        assert texts == [m.text for m in written]
        assert [m.role for m in first.messages[:2]] == [Role.USER, Role.ASSISTANT]
        assert [m.remote_id for m in first.messages + second.messages] == ids

        # resuming later from the same cursor gives the same page; small pages chain to the same order
        again = await backend.load_history(thread_id, cursor=first.next_cursor)
        assert [m.remote_id for m in again.messages] == [m.remote_id for m in second.messages]
        cursor, chained = None, []
        while True:
            page = await backend.load_history(thread_id, cursor=cursor, limit=37)
            chained.extend(m.text for m in page.messages)
            if not page.has_more:
                break
            cursor = page.next_cursor
        assert chained == texts

    with_backend(scenario)


def test_function_call_then_tool_output_then_final_answer(with_backend: Any) -> None:
    definition = assistant()

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        question = "What does get_weather say for Paris?"
        first = await collect(backend.stream_reply(thread_id, definition, question))
        (requested,) = of_kind(first, "tool_call_requested")
        call: ToolCallPart = requested.call
        assert call.kind == "function" and call.name == "get_weather"
        assert json.loads(call.arguments) == {"location": "Paris, France"}
        done = first[-1]
        assert isinstance(done, RunDone) and done.status is RunStatus.REQUIRES_ACTION and done.run_ref
        assert not of_kind(first, "message_completed")

        outputs = [ToolOutput(call_id=call.call_id, output="Sunny, 21 °C")]
        second = await collect(backend.submit_tool_outputs(thread_id, definition, done.run_ref, outputs))
        assert isinstance(second[0], RunStarted)
        (answer,) = of_kind(second, "message_completed")
        assert "Sunny, 21 °C" in answer.message.text and "get_weather" in answer.message.text
        assert second[-1].status is RunStatus.COMPLETED

        history = (await backend.load_history(thread_id)).messages
        calls = [p for m in history for p in m.parts if isinstance(p, ToolCallPart)]
        assert [(c.call_id, c.name, c.output) for c in calls] == [
            (call.call_id, "get_weather", None),
            (call.call_id, "", "Sunny, 21 °C"),
        ]
        assert [m.role for m in history] == [Role.USER, Role.ASSISTANT, Role.TOOL, Role.ASSISTANT]
        assert history[-1].text == answer.message.text

    with_backend(scenario)


def test_json_schema_reply_follows_the_schema(with_backend: Any) -> None:
    from belugadesk.domain.models import JsonSchemaFormat, ResponseFormat

    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "score": {"type": "integer", "minimum": 3}},
        "required": ["city", "score"],
    }
    definition = assistant(
        tools=(),
        temperature=0.2,
        top_p=0.5,
        response_format=ResponseFormat(
            type="json_schema", json_schema=JsonSchemaFormat(name="rating", schema_=schema, strict=True)
        ),
    )

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        events = await collect(backend.stream_reply(thread_id, definition, "Rate Lyon"))
        (completed,) = of_kind(events, "message_completed")
        assert json.loads(completed.message.text) == {"city": "Paris", "score": 3}

    with_backend(scenario)


def test_deleted_thread_is_not_found(with_backend: Any) -> None:
    definition = assistant()

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        await backend.delete_thread(thread_id)
        with pytest.raises(NotFound) as err:
            await backend.load_history(thread_id)
        assert "(404)" in str(err.value) and err.value.status_code == 404

    with_backend(scenario)


def test_list_models(with_backend: Any) -> None:
    from belugadesk.domain.backend import ConversationBackend

    async def scenario(backend: Any) -> None:
        assert isinstance(backend, ConversationBackend)
        models = await backend.list_models()
        assert "gpt-4.1-mini" in models and models == sorted(models)

    with_backend(scenario)


def test_a_failed_run_reports_its_error(with_backend: Any) -> None:
    """A run the engine fails on purpose: the partial text arrives, then RunErrored and RunDone(FAILED)."""
    definition = assistant(tools=())

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        events = await collect(backend.stream_reply(thread_id, definition, "please simulate failure now"))
        (error,) = of_kind(events, "error")
        assert "failed on purpose" in error.message
        done = events[-1]
        assert done.status is RunStatus.FAILED
        assert done.partial_text == "".join(e.delta for e in of_kind(events, "text_delta")) != ""

    with_backend(scenario)


def test_reply_to_what_is_already_there(with_backend: Any) -> None:
    """``user_text=None``: no new message, the assistant answers the thread as it stands."""
    definition = assistant(tools=())

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        await backend.add_messages(thread_id, [Message.user("an earlier question")])
        events = await collect(backend.stream_reply(thread_id, definition, None))
        (completed,) = of_kind(events, "message_completed")
        assert "an earlier question" in completed.message.text
        history = (await backend.load_history(thread_id)).messages
        assert [m.role for m in history] == [Role.USER, Role.ASSISTANT]

    with_backend(scenario)


def test_an_error_event_in_the_stream_ends_the_run(with_backend: Any) -> None:
    definition = assistant(tools=())

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        events = await collect(backend.stream_reply(thread_id, definition, "please simulate stream error"))
        (error,) = of_kind(events, "error")
        assert "failed on purpose" in error.message
        assert events[-1].status is RunStatus.FAILED
        assert events[-1].partial_text == "".join(e.delta for e in of_kind(events, "text_delta")) != ""

    with_backend(scenario)
