"""Assistants v2 (client.beta.*): assistants, threads, messages, runs, steps, over real loopback HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator

import openai
import pytest
from localapi_support import API_KEY

from belugadesk.localapi import LocalApiConfig, LocalApiServer
from tests.support import wait_until

# the SDK marks the whole Assistants family deprecated; the app still supports it as its second backend
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

MODEL = "gpt-4o-mini"
WEATHER_FUNCTION = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def test_assistant_crud_and_paging(client: openai.OpenAI) -> None:
    created = [
        client.beta.assistants.create(
            model=MODEL, name=f"paging-{i}", instructions="Be kind.", metadata={"n": str(i)}
        )
        for i in range(5)
    ]
    first = created[0]
    assert first.id.startswith("asst_") and first.object == "assistant" and first.instructions == "Be kind."
    updated = client.beta.assistants.update(
        first.id, name="renamed", tools=[WEATHER_FUNCTION], temperature=0.5
    )
    assert updated.name == "renamed" and updated.tools[0].function.name == "get_weather"  # type: ignore[union-attr]
    assert client.beta.assistants.retrieve(first.id).temperature == 0.5
    ids = [a.id for a in created]
    page = client.beta.assistants.list(limit=2, order="asc", after=ids[0])
    assert [a.id for a in page.data] == ids[1:3] and page.has_more
    before = client.beta.assistants.list(limit=2, order="asc", before=ids[4])
    assert [a.id for a in before.data] == ids[2:4]
    newest_first = [a.id for a in client.beta.assistants.list(limit=2)]
    assert newest_first.index(ids[4]) < newest_first.index(ids[0])
    assert client.beta.assistants.delete(ids[1]).deleted
    with pytest.raises(openai.NotFoundError):
        client.beta.assistants.retrieve(ids[1])


def test_assistant_validation(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        client.beta.assistants.create(model=MODEL, extra_body={"colour": "blue"})
    assert err.value.code == "unknown_parameter" and err.value.param == "colour"
    with pytest.raises(openai.BadRequestError) as err:
        client.beta.assistants.create(model=MODEL, temperature="hot")  # type: ignore[arg-type]
    assert err.value.code == "invalid_type"


def test_thread_messages_page_across_many(client: openai.OpenAI) -> None:
    thread = client.beta.threads.create(metadata={"k": "v"})
    assert thread.id.startswith("thread_") and thread.metadata == {"k": "v"}
    sent = [
        client.beta.threads.messages.create(thread.id, role="user", content=f"m{i}").id for i in range(130)
    ]
    asc = [m.id for m in client.beta.threads.messages.list(thread.id, order="asc", limit=100)]
    assert asc == sent
    desc = [m.id for m in client.beta.threads.messages.list(thread.id, limit=100)]
    assert desc == list(reversed(sent))
    page = client.beta.threads.messages.list(thread.id, order="asc", limit=100)
    assert page.has_more and len(page.data) == 100
    rest = client.beta.threads.messages.list(thread.id, order="asc", limit=100, after=page.data[-1].id)
    assert [m.id for m in rest.data] == sent[100:] and not rest.has_more
    back = client.beta.threads.messages.list(thread.id, order="asc", limit=20, before=sent[100])
    assert [m.id for m in back.data] == sent[80:100] and back.has_more
    back_desc = client.beta.threads.messages.list(thread.id, order="desc", limit=20, before=sent[10])
    assert [m.id for m in back_desc.data] == list(reversed(sent[11:31]))
    message = client.beta.threads.messages.retrieve(sent[5], thread_id=thread.id)
    assert message.content[0].text.value == "m5"  # type: ignore[union-attr]
    assert client.beta.threads.update(thread.id, metadata={"k": "w"}).metadata == {"k": "w"}
    assert client.beta.threads.delete(thread.id).deleted
    with pytest.raises(openai.NotFoundError):
        client.beta.threads.messages.list(thread.id)


def test_streamed_run_event_sequence(client: openai.OpenAI) -> None:
    assistant = client.beta.assistants.create(model=MODEL, name="streamer")
    thread = client.beta.threads.create(messages=[{"role": "user", "content": "Explain `streams`"}])
    events = list(
        client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id, stream=True)
    )
    kinds = [e.event for e in events]
    assert kinds[:8] == [
        "thread.run.created",
        "thread.run.queued",
        "thread.run.in_progress",
        "thread.run.step.created",
        "thread.run.step.in_progress",
        "thread.message.created",
        "thread.message.in_progress",
        "thread.message.delta",
    ]
    assert kinds[-3:] == ["thread.message.completed", "thread.run.step.completed", "thread.run.completed"]
    deltas = [e.data.delta.content[0].text.value for e in events if e.event == "thread.message.delta"]  # type: ignore[union-attr]
    text = "".join(deltas)
    assert len(deltas) > 20 and "Explain `streams`" in text
    run = events[-1].data
    assert run.status == "completed" and run.usage.completion_tokens == len(text.split())  # type: ignore[union-attr]
    messages = client.beta.threads.messages.list(thread.id, order="asc").data
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages[1].content[0].text.value == text and messages[1].run_id == run.id  # type: ignore[union-attr]
    steps = client.beta.threads.runs.steps.list(run.id, thread_id=thread.id).data
    assert steps[0].type == "message_creation" and steps[0].status == "completed"
    assert [r.id for r in client.beta.threads.runs.list(thread.id)] == [run.id]


def test_non_streamed_run_polls_to_completion(client: openai.OpenAI) -> None:
    assistant = client.beta.assistants.create(model=MODEL)
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread.id, role="user", content="Poll me")
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=20
    )
    assert run.status == "completed"
    reply = client.beta.threads.messages.list(thread.id, limit=1).data[0]
    assert "Poll me" in reply.content[0].text.value  # type: ignore[union-attr]


def test_requires_action_then_streamed_tool_outputs(client: openai.OpenAI) -> None:
    assistant = client.beta.assistants.create(model=MODEL, tools=[WEATHER_FUNCTION])
    thread = client.beta.threads.create(messages=[{"role": "user", "content": "call get_weather for me"}])
    events = list(
        client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id, stream=True)
    )
    assert events[-1].event == "thread.run.requires_action"
    run = events[-1].data
    calls = run.required_action.submit_tool_outputs.tool_calls  # type: ignore[union-attr]
    assert run.status == "requires_action" and calls[0].function.name == "get_weather"
    assert json.loads(calls[0].function.arguments) == {"city": "Paris"}
    with pytest.raises(openai.BadRequestError):
        client.beta.threads.runs.submit_tool_outputs(run.id, thread_id=thread.id, tool_outputs=[])
    resumed = list(
        client.beta.threads.runs.submit_tool_outputs(
            run.id,
            thread_id=thread.id,
            tool_outputs=[{"tool_call_id": calls[0].id, "output": "rainy, 12 C"}],
            stream=True,
        )
    )
    kinds = [e.event for e in resumed]
    assert kinds[0] == "thread.run.step.completed" and kinds[-1] == "thread.run.completed"
    text = "".join(e.data.delta.content[0].text.value for e in resumed if e.event == "thread.message.delta")  # type: ignore[union-attr]
    assert "`get_weather` returned: rainy, 12 C" in text
    steps = client.beta.threads.runs.steps.list(run.id, thread_id=thread.id, order="asc").data
    assert [s.type for s in steps] == ["tool_calls", "message_creation"]
    assert steps[0].step_details.tool_calls[0].function.output == "rainy, 12 C"  # type: ignore[union-attr]


def test_code_interpreter_image_and_file_search_citation(client: openai.OpenAI) -> None:
    doc = client.files.create(
        file=("guide.md", b"The beluga guide says: always hydrate."), purpose="assistants"
    )
    assistant = client.beta.assistants.create(
        model=MODEL, tools=[{"type": "code_interpreter"}, {"type": "file_search"}]
    )
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread.id, role="user", content="plot a chart")
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=20
    )
    reply = client.beta.threads.messages.list(thread.id, limit=1).data[0]
    image = reply.content[0]
    assert image.type == "image_file"
    png = client.files.content(image.image_file.file_id).content  # type: ignore[union-attr]
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 100
    code_step = client.beta.threads.runs.steps.list(run.id, thread_id=thread.id, order="asc").data[0]
    assert "plt.bar" in code_step.step_details.tool_calls[0].code_interpreter.input  # type: ignore[union-attr]
    client.beta.threads.messages.create(
        thread.id,
        role="user",
        content="search the document",
        attachments=[{"file_id": doc.id, "tools": [{"type": "file_search"}]}],
    )
    client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=20
    )
    answer = client.beta.threads.messages.list(thread.id, limit=1).data[0].content[0]
    note = answer.text.annotations[0]  # type: ignore[union-attr]
    assert note.type == "file_citation" and note.file_citation.file_id == doc.id  # type: ignore[union-attr]
    assert answer.text.value[note.start_index : note.end_index] == note.text  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def slow_server() -> Iterator[LocalApiServer]:
    with LocalApiServer(LocalApiConfig(api_key=API_KEY, delta_delay_s=0.02)) as srv:
        yield srv


def test_cancel_streaming_run_keeps_partial_text(slow_server: LocalApiServer) -> None:
    with openai.OpenAI(base_url=slow_server.base_url, api_key=API_KEY, max_retries=0) as c:
        assistant = c.beta.assistants.create(model=MODEL)
        thread = c.beta.threads.create(messages=[{"role": "user", "content": "a long reply please"}])
        partial = ""
        kinds: list[str] = []
        run_id = ""
        for event in c.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id, stream=True):
            kinds.append(event.event)
            if event.event == "thread.run.created":
                run_id = event.data.id
            if event.event == "thread.message.delta":
                partial += event.data.delta.content[0].text.value  # type: ignore[union-attr]
                if len(partial) > 30 and not any(k == "cancel-sent" for k in kinds):
                    kinds.append("cancel-sent")
                    assert c.beta.threads.runs.cancel(run_id, thread_id=thread.id).status == "cancelling"
        assert kinds[-3:] == [
            "thread.message.incomplete",
            "thread.run.step.cancelled",
            "thread.run.cancelled",
        ]
        assert c.beta.threads.runs.retrieve(run_id, thread_id=thread.id).status == "cancelled"
        kept = c.beta.threads.messages.list(thread.id, limit=1).data[0]
        assert kept.status == "incomplete" and kept.incomplete_details.reason == "run_cancelled"  # type: ignore[union-attr]
        assert kept.content[0].text.value == partial and 30 < len(partial) < 1000  # type: ignore[union-attr]


def test_run_survives_client_disconnect(slow_server: LocalApiServer) -> None:
    with openai.OpenAI(base_url=slow_server.base_url, api_key=API_KEY, max_retries=0) as c:
        assistant = c.beta.assistants.create(model=MODEL)
        thread = c.beta.threads.create(messages=[{"role": "user", "content": "short one"}])
        stream = c.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id, stream=True)
        run_id = next(iter(stream)).data.id
        stream.close()
        wait_until(
            lambda: c.beta.threads.runs.retrieve(run_id, thread_id=thread.id).status == "completed",
            "the run completed",
        )
        assert "short one" in c.beta.threads.messages.list(thread.id, limit=1).data[0].content[0].text.value  # type: ignore[union-attr]


def test_cancel_requires_action_run_and_active_run_guard(client: openai.OpenAI) -> None:
    assistant = client.beta.assistants.create(model=MODEL, tools=[WEATHER_FUNCTION])
    thread = client.beta.threads.create(messages=[{"role": "user", "content": "get_weather now"}])
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=20
    )
    assert run.status == "requires_action"
    with pytest.raises(openai.BadRequestError) as err:
        client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id)
    assert "already has an active run" in err.value.message
    cancelled = client.beta.threads.runs.cancel(run.id, thread_id=thread.id)
    assert cancelled.status == "cancelled"
    with pytest.raises(openai.BadRequestError):
        client.beta.threads.runs.cancel(run.id, thread_id=thread.id)


def test_create_thread_and_run(client: openai.OpenAI) -> None:
    assistant = client.beta.assistants.create(model=MODEL)
    run = client.beta.threads.create_and_run_poll(
        assistant_id=assistant.id,
        thread={"messages": [{"role": "user", "content": "together"}]},
        poll_interval_ms=20,
    )
    assert run.status == "completed" and run.thread_id.startswith("thread_")


def test_sdk_run_stream_helper_accumulates_messages(client: openai.OpenAI) -> None:
    doc = client.files.create(file=("notes.txt", b"Helpers collect deltas."), purpose="assistants")
    assistant = client.beta.assistants.create(model=MODEL, tools=[{"type": "file_search"}, WEATHER_FUNCTION])
    thread = client.beta.threads.create(
        messages=[
            {
                "role": "user",
                "content": "search my file",
                "attachments": [{"file_id": doc.id, "tools": [{"type": "file_search"}]}],
            }
        ]
    )
    with client.beta.threads.runs.stream(thread_id=thread.id, assistant_id=assistant.id) as stream:
        stream.until_done()
        run = stream.get_final_run()
        [message] = stream.get_final_messages()
    assert run.status == "completed"
    text = message.content[0].text  # type: ignore[union-attr]
    assert "Helpers collect deltas." in text.value and text.annotations[0].file_citation.file_id == doc.id  # type: ignore[union-attr]
    client.beta.threads.messages.create(thread.id, role="user", content="call get_weather")
    with client.beta.threads.runs.stream(thread_id=thread.id, assistant_id=assistant.id) as stream:
        stream.until_done()
        paused = stream.get_final_run()
    call = paused.required_action.submit_tool_outputs.tool_calls[0]  # type: ignore[union-attr]
    with client.beta.threads.runs.submit_tool_outputs_stream(
        thread_id=thread.id, run_id=paused.id, tool_outputs=[{"tool_call_id": call.id, "output": "windy"}]
    ) as resumed:
        resumed.until_done()
        assert resumed.get_final_run().status == "completed"
        assert "windy" in resumed.get_final_messages()[0].content[0].text.value  # type: ignore[union-attr]
