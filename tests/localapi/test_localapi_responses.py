"""The Responses API (JSON and SSE) through the real openai SDK over loopback HTTP."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator

import openai
import pytest
from localapi_support import API_KEY, WEATHER_TOOL

from belugadesk.localapi import LocalApiConfig, LocalApiServer
from tests.support import wait_until

MODEL = "gpt-4.1-mini"


def test_stream_event_sequence_and_text(client: openai.OpenAI) -> None:
    events = list(client.responses.create(model=MODEL, input="What is **markdown**?", stream=True))
    kinds = [e.type for e in events]
    assert kinds[:4] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
    ]
    assert kinds[-4:] == [
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    assert [e.sequence_number for e in events] == list(range(len(events)))
    deltas = [e.delta for e in events if e.type == "response.output_text.delta"]
    assert len(deltas) > 20 and all(0 < len(d.strip()) <= 6 for d in deltas)
    text = "".join(deltas)
    done = next(e for e in events if e.type == "response.output_text.done")
    assert done.text == text
    assert "What is **markdown**?" in text and "`print('hello')`" in text and "\n- " in text
    completed = events[-1].response
    assert completed.status == "completed" and completed.output_text == text
    assert completed.usage.output_tokens == len(text.split()) and completed.usage.input_tokens == 3
    assert completed.id.startswith("resp_") and events[2].item.id.startswith("msg_")
    stored = client.responses.retrieve(completed.id)
    assert stored.status == "completed" and stored.output_text == text


def test_non_streaming_with_options(client: openai.OpenAI) -> None:
    response = client.responses.create(
        model="gpt-4.1",
        input=[{"role": "user", "content": [{"type": "input_text", "text": "Hi there"}]}],
        instructions="Be brief.",
        temperature=0.2,
        top_p=0.9,
        metadata={"k": "v"},
    )
    assert (response.model, response.instructions, response.temperature, response.top_p) == (
        "gpt-4.1",
        "Be brief.",
        0.2,
        0.9,
    )
    assert response.metadata == {"k": "v"} and "Hi there" in response.output_text
    assert response.created_at <= int(time.time()) and response.completed_at is not None


def test_json_schema_format_gives_matching_json(client: openai.OpenAI) -> None:
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
        "required": ["city", "population"],
        "additionalProperties": False,
    }
    response = client.responses.create(
        model=MODEL,
        input="Biggest city?",
        text={"format": {"type": "json_schema", "name": "city", "schema": schema, "strict": True}},
    )
    assert json.loads(response.output_text) == {"city": "Paris", "population": 1}
    assert response.text.format.type == "json_schema"


def test_conversation_collects_input_and_output(client: openai.OpenAI) -> None:
    conv = client.conversations.create()
    first = client.responses.create(model=MODEL, input="First question", conversation=conv.id)
    second = client.responses.create(model=MODEL, input="Second question", conversation={"id": conv.id})
    assert second.conversation is not None and second.conversation.id == conv.id
    items = list(client.conversations.items.list(conv.id, order="asc"))
    assert [(i.role, i.content[0].type) for i in items] == [
        ("user", "input_text"),
        ("assistant", "output_text"),
        ("user", "input_text"),
        ("assistant", "output_text"),
    ]
    assert items[1].id == first.output[0].id and items[3].content[0].text == second.output_text
    # the whole conversation so far counts as input, not just the new question
    assert second.usage.input_tokens == 2 + len(first.output_text.split()) + 2  # type: ignore[union-attr]


def test_previous_response_id_chain_and_delete(client: openai.OpenAI) -> None:
    first = client.responses.create(model=MODEL, input="call get_weather please", tools=[WEATHER_TOOL])
    call = first.output[0]
    assert call.type == "function_call" and call.name == "get_weather"
    follow = client.responses.create(
        model=MODEL,
        previous_response_id=first.id,
        input=[{"type": "function_call_output", "call_id": call.call_id, "output": "sunny, 21 C"}],
        tools=[WEATHER_TOOL],
    )
    assert follow.previous_response_id == first.id and "sunny, 21 C" in follow.output_text
    deleted = client.responses.delete(first.id)
    assert deleted is None
    with pytest.raises(openai.NotFoundError) as err:
        client.responses.retrieve(first.id)
    assert err.value.body["message"] == f"No response found with id '{first.id}'."  # type: ignore[index]


def test_function_call_loop_streamed_async(aclient: openai.AsyncOpenAI) -> None:
    asyncio.run(_function_call_loop(aclient))


async def _function_call_loop(aclient: openai.AsyncOpenAI) -> None:
    async with aclient:
        conv = await aclient.conversations.create()
        stream = await aclient.responses.create(
            model=MODEL,
            input="What's the weather? Use get_weather.",
            tools=[WEATHER_TOOL],
            conversation=conv.id,
            stream=True,
        )
        events = [e async for e in stream]
        kinds = [e.type for e in events]
        assert "response.function_call_arguments.delta" in kinds
        done = next(e for e in events if e.type == "response.function_call_arguments.done")
        args = json.loads(done.arguments)
        assert args == {"location": "Paris, France", "unit": "celsius", "days": 1}
        deltas = "".join(e.delta for e in events if e.type == "response.function_call_arguments.delta")
        assert deltas == done.arguments
        call = next(e.item for e in events if e.type == "response.output_item.done")
        assert call.type == "function_call" and call.id.startswith("fc_") and call.status == "completed"
        stream2 = await aclient.responses.create(
            model=MODEL,
            input=[{"type": "function_call_output", "call_id": call.call_id, "output": '{"temp": 21}'}],
            tools=[WEATHER_TOOL],
            conversation=conv.id,
            stream=True,
        )
        text = "".join([e.delta async for e in stream2 if e.type == "response.output_text.delta"])
        assert '`get_weather` returned: {"temp": 21}' in text
        items = [i async for i in aclient.conversations.items.list(conv.id, order="asc")]
        assert [i.type for i in items] == ["message", "function_call", "function_call_output", "message"]


def test_unknown_call_id_is_rejected(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        client.responses.create(
            model=MODEL, input=[{"type": "function_call_output", "call_id": "call_nope", "output": "x"}]
        )
    assert "call_nope" in err.value.message


def test_scripted_failure_and_error_events(client: openai.OpenAI) -> None:
    events = list(client.responses.create(model=MODEL, input="please simulate failure", stream=True))
    assert events[-1].type == "response.failed"
    assert events[-1].response.status == "failed" and events[-1].response.error.code == "server_error"
    events = list(client.responses.create(model=MODEL, input="simulate stream error", stream=True))
    error = events[-1]
    assert error.type == "error" and error.code == "server_error" and "failed on purpose" in error.message
    assert sum(e.type == "response.output_text.delta" for e in events) == 3


@pytest.fixture(scope="module")
def slow_server() -> Iterator[LocalApiServer]:
    with LocalApiServer(LocalApiConfig(api_key=API_KEY, delta_delay_s=0.02)) as srv:
        yield srv


def test_cancel_mid_stream_keeps_partial_output(slow_server: LocalApiServer) -> None:
    with openai.OpenAI(base_url=slow_server.base_url, api_key=API_KEY, max_retries=0) as c:
        conv = c.conversations.create()
        stream = c.responses.create(
            model=MODEL, input="long reply please", conversation=conv.id, stream=True, background=True
        )
        partial = ""
        response_id = ""
        kinds = []
        for event in stream:
            kinds.append(event.type)
            if event.type == "response.created":
                response_id = event.response.id
            if event.type == "response.output_text.delta":
                partial += event.delta
                if len(partial) > 40 and "response.cancelled" not in kinds:
                    kinds.append("response.cancelled")
                    cancelled = c.responses.cancel(response_id)
                    assert cancelled.status == "cancelled"
        assert kinds[-2:] == ["response.output_item.done", "response.incomplete"]
        final = c.responses.retrieve(response_id)
        assert final.status == "cancelled" and final.output[0].status == "incomplete"
        kept = final.output_text
        assert kept == partial and 40 < len(kept) < 2000
        items = list(c.conversations.items.list(conv.id, order="asc"))
        assert items[-1].content[0].text == kept and items[-1].status == "incomplete"


def test_client_disconnect_cancels_and_keeps_partial(slow_server: LocalApiServer) -> None:
    with openai.OpenAI(base_url=slow_server.base_url, api_key=API_KEY, max_retries=0) as c:
        stream = c.responses.create(model=MODEL, input="long reply please", stream=True)
        response_id = ""
        for event in stream:
            if event.type == "response.created":
                response_id = event.response.id
            if event.type == "response.output_text.delta":
                break
        stream.close()
        wait_until(lambda: c.responses.retrieve(response_id).status != "in_progress", "the response ended")
        final = c.responses.retrieve(response_id)
        assert final.status == "cancelled" and 0 < len(final.output_text) < 200


def test_background_response_polls_to_completion(slow_server: LocalApiServer) -> None:
    with openai.OpenAI(base_url=slow_server.base_url, api_key=API_KEY, max_retries=0) as c:
        queued = c.responses.create(model=MODEL, input="background hello", background=True)
        assert queued.status == "queued" and queued.background
        wait_until(lambda: c.responses.retrieve(queued.id).status == "completed", "the response completed")
        assert "background hello" in c.responses.retrieve(queued.id).output_text


def test_parallel_streams_do_not_interfere(slow_server: LocalApiServer) -> None:
    async def one(c: openai.AsyncOpenAI, word: str) -> str:
        stream = await c.responses.create(model=MODEL, input=word, stream=True)
        return "".join([e.delta async for e in stream if e.type == "response.output_text.delta"])

    async def main() -> list[str]:
        async with openai.AsyncOpenAI(base_url=slow_server.base_url, api_key=API_KEY) as c:
            return await asyncio.gather(one(c, "alpha"), one(c, "beta"), one(c, "gamma"))

    results = asyncio.run(main())
    for word, text in zip(("alpha", "beta", "gamma"), results, strict=True):
        assert f"**{word}**" in text
    assert threading.active_count() >= 1


def test_input_items_and_forced_tool_choice(client: openai.OpenAI) -> None:
    response = client.responses.create(
        model=MODEL,
        input=[{"role": "user", "content": "no function named here"}],
        tools=[WEATHER_TOOL],
        tool_choice={"type": "function", "name": "get_weather"},
    )
    assert response.output[0].type == "function_call"
    items = client.responses.input_items.list(response.id)
    assert [i.type for i in items] == ["message"] and items.data[0].content[
        0
    ].text == "no function named here"
    with pytest.raises(openai.BadRequestError):
        client.responses.create(
            model=MODEL, input="x", tools=[WEATHER_TOOL], tool_choice={"type": "function", "name": "nope"}
        )


def test_sdk_stream_helper_accumulates_every_kind_of_output(client: openai.OpenAI) -> None:
    doc = client.files.create(file=("d.txt", b"Doc text here."), purpose="assistants")
    store = client.vector_stores.create(file_ids=[doc.id])
    tools = [
        WEATHER_TOOL,
        {"type": "code_interpreter", "container": {"type": "auto"}},
        {"type": "file_search", "vector_store_ids": [store.id]},
    ]
    expected = {
        "hello": ["message"],
        "call get_weather": ["function_call"],
        "plot it": ["code_interpreter_call", "message"],
        "search the file": ["file_search_call", "message"],
    }
    for question, kinds in expected.items():
        with client.responses.stream(model=MODEL, input=question, tools=tools) as stream:
            texts = [e.delta for e in stream if e.type == "response.output_text.delta"]
            final = stream.get_final_response()
        assert [o.type for o in final.output] == kinds
        assert final.output_text == "".join(texts)
