"""The ChatModel facade over both backends: one thread, only new messages, tool calls answered."""

from __future__ import annotations

import warnings
from typing import Any

import openai
import pytest

from belugadesk.bridge.chat_model import ChatModel
from belugadesk.domain.errors import ApiError, ValidationFailed
from belugadesk.domain.events import RunDone, RunStarted, RunStatus
from belugadesk.domain.models import Backend, Message, MessageStatus, Role, ToolCallPart
from tests.bridge.helpers import assistant


def test_one_thread_and_only_new_messages(with_backend: Any) -> None:
    async def scenario(backend: Any) -> None:
        chat = ChatModel(backend, assistant(tools=()))
        history = [Message.user("first question")]
        first = await chat.generate_messages(history)
        assert [(m.role, "first question" in m.text) for m in first] == [(Role.ASSISTANT, True)]
        thread_id = chat.thread_id
        assert thread_id is not None

        history += [*first, Message.user("second question")]
        second = await chat.generate_messages(history)
        assert len(second) == 1 and "second question" in second[0].text
        assert chat.thread_id == thread_id

        # passing only the new message works too
        third = await chat.generate_messages([Message.user("third question")])
        assert len(third) == 1 and "third question" in third[0].text and chat.thread_id == thread_id

        # the server got every message exactly once
        texts = [m.text for m in (await backend.load_history(thread_id)).messages]
        assert texts == [
            "first question",
            first[0].text,
            "second question",
            second[0].text,
            "third question",
            third[0].text,
        ]

    with_backend(scenario)


def test_earlier_messages_of_a_first_call_are_added_once(with_backend: Any) -> None:
    async def scenario(backend: Any) -> None:
        chat = ChatModel(backend, assistant(tools=()))
        given = [Message.user("a"), Message.assistant("b"), Message.user("c d e")]
        reply = await chat.generate_messages(given)
        assert len(reply) == 1 and "It has 3 words" in reply[0].text
        assert chat.thread_id is not None
        history = (await backend.load_history(chat.thread_id)).messages
        assert [(m.role, m.text) for m in history[:3]] == [
            (Role.USER, "a"),
            (Role.ASSISTANT, "b"),
            (Role.USER, "c d e"),
        ]
        assert len(history) == 4

    with_backend(scenario)


def test_tool_handler_answers_tool_calls(with_backend: Any) -> None:
    asked: list[ToolCallPart] = []

    async def handler(call: ToolCallPart) -> str:
        asked.append(call)
        return "Rainy, 12 °C"

    async def scenario(backend: Any) -> None:
        chat = ChatModel(backend, assistant(), tool_handler=handler)
        events = [e async for e in chat.stream_messages([Message.user("Call get_weather for Rome")])]
        assert [c.name for c in asked] == ["get_weather"]
        done = [e for e in events if isinstance(e, RunDone)]
        assert len(done) == 1 and events[-1] is done[0] and done[0].status is RunStatus.COMPLETED
        assert sum(isinstance(e, RunStarted) for e in events) == 2  # the reply, then its continuation

        reply = await chat.generate_messages([Message.user("Call get_weather for Oslo")])
        assert len(asked) == 2
        assert len(reply) == 1 and "Rainy, 12 °C" in reply[0].text and reply[0].role is Role.ASSISTANT

    with_backend(scenario)


def test_without_a_handler_the_tool_call_comes_back_to_answer(with_backend: Any) -> None:
    async def scenario(backend: Any) -> None:
        chat = ChatModel(backend, assistant())
        history = [Message.user("Call get_weather for Lima")]
        reply = await chat.generate_messages(history)
        assert len(reply) == 1 and reply[0].status is MessageStatus.IN_PROGRESS
        (call,) = reply[0].parts
        assert isinstance(call, ToolCallPart) and call.name == "get_weather"

        history += reply
        with pytest.raises(ValidationFailed) as err:
            await chat.generate_messages([*history, Message.user("never mind")])
        assert "waiting for tool results" in str(err.value)

        answer = Message(role=Role.TOOL, parts=(ToolCallPart(call_id=call.call_id, output="Foggy"),))
        history.append(answer)
        final = await chat.generate_messages(history)
        assert len(final) == 1 and "Foggy" in final[0].text

        # a tool result and a new question in one call: both answered, in one stream with one RunDone
        history += [*final, Message.user("Call get_weather for Kyiv")]
        history += await chat.generate_messages(history)
        (call,) = history[-1].parts
        assert isinstance(call, ToolCallPart)
        answer = Message(role=Role.TOOL, parts=(ToolCallPart(call_id=call.call_id, output="Windy"),))
        history += [answer, Message.user("thanks, bye")]
        events = [e async for e in chat.stream_messages(history)]
        assert sum(isinstance(e, RunDone) for e in events) == 1 and isinstance(events[-1], RunDone)
        texts = [e.message.text for e in events if e.kind == "message_completed"]
        assert len(texts) == 2 and "Windy" in texts[0] and "thanks, bye" in texts[1]

        # a tool call can also be given up: the conversation then goes on
        history += [e.message for e in events if e.kind == "message_completed"]
        history.append(Message.user("Call get_weather for Quito"))
        history += await chat.generate_messages(history)
        assert isinstance(history[-1].parts[0], ToolCallPart)
        await chat.cancel()
        history.append(Message.user("forget it"))
        after = await chat.generate_messages(history)
        assert len(after) == 1 and "forget it" in after[0].text

    with_backend(scenario)


def test_system_messages_become_additional_instructions(with_backend: Any, local_api: Any) -> None:
    async def scenario(backend: Any) -> None:
        chat = ChatModel(backend, assistant(tools=(), instructions="Be brief."))
        given = [Message(role=Role.SYSTEM, parts=Message.user("Answer in French.").parts), Message.user("hi")]
        events = [e async for e in chat.stream_messages(given)]
        run_ref = events[0].run_ref  # type: ignore[union-attr]
        client = openai.AsyncOpenAI(base_url=local_api.base_url, api_key="sk-test")
        try:
            if backend.backend is Backend.RESPONSES:
                instructions = (await client.responses.retrieve(run_ref)).instructions
            else:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    run = await client.beta.threads.runs.retrieve(run_ref, thread_id=chat.thread_id or "")
                instructions = run.instructions
        finally:
            await client.close()
        assert instructions == "Be brief.\n\nAnswer in French."
        history = (await backend.load_history(chat.thread_id)).messages
        assert [m.role for m in history] == [Role.USER, Role.ASSISTANT]  # the system text is not a message

    with_backend(scenario)


def test_refuses_a_changed_transcript_and_nothing_new(with_backend: Any) -> None:
    async def scenario(backend: Any) -> None:
        chat = ChatModel(backend, assistant(tools=()))
        history = [Message.user("one"), Message.user("two")]
        history += await chat.generate_messages(history)
        with pytest.raises(ValidationFailed) as err:
            await chat.generate_messages(history)
        assert "no new message" in str(err.value)
        with pytest.raises(ValidationFailed) as err:
            await chat.generate_messages([history[0], Message.user("edited"), Message.user("three")])
        assert "do not continue this conversation" in str(err.value)
        thread_id = chat.thread_id
        await chat.reset()
        again = await chat.generate_messages([Message.user("fresh start")])
        assert len(again) == 1 and chat.thread_id not in (None, thread_id)

    with_backend(scenario)


def test_a_failed_run_raises(with_backend: Any) -> None:
    async def scenario(backend: Any) -> None:
        chat = ChatModel(backend, assistant(tools=()))
        with pytest.raises(ApiError) as err:
            await chat.generate_messages([Message.user("please simulate failure")])
        assert "failed on purpose" in str(err.value)

    with_backend(scenario)


def test_the_docstring_example_runs_headless(
    local_api: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import textwrap

    from belugadesk.bridge import chat_model

    doc = chat_model.__doc__ or ""
    block = doc.split("::\n", 1)[1]
    lines = []
    for line in block.splitlines():
        if line and not line.startswith("    "):
            break
        lines.append(line)
    code = textwrap.dedent("\n".join(lines))
    assert "asyncio.run(main())" in code
    monkeypatch.setenv("OPENAI_BASE_URL", local_api.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-example")
    exec(compile(code, "chat_model docstring", "exec"), {"__name__": "__example__"})
    assert "You asked: **And in an hour?**" in capsys.readouterr().out
