"""``POST /v1/chat/completions``: through the real SDK, and on the wire against the official OpenAPI spec
(every request body this file sends, every completion, chunk and error body it gets back)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx2
import localapi_spec
import openai
import pytest
from localapi_support import API_KEY

from belugadesk.localapi import LocalApiServer

MODEL = "gpt-4.1-mini"
PATH = "/chat/completions"
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a place",
        "parameters": {"type": "object", "properties": {"location": {"type": "string"}}},
    },
}
TIDE = {
    "type": "function",
    "function": {"name": "get_tide", "parameters": {"type": "object", "properties": {}}},
}
PIXEL = "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n").decode()


class ChatWire:
    """Raw HTTP, so the exact wire JSON is what gets validated; each request body is validated too."""

    def __init__(self, http: httpx2.Client) -> None:
        self.http = http

    def create(self, body: dict[str, Any], *, status: int = 200) -> dict[str, Any]:
        if status == 200:
            assert localapi_spec.errors("CreateChatCompletionRequest", body) == [], "the request is valid"
        reply = self.http.post(PATH, json=body)
        assert reply.status_code == status, reply.text
        data: dict[str, Any] = reply.json()
        schema = "CreateChatCompletionResponse" if status == 200 else "ErrorResponse"
        assert localapi_spec.errors(schema, data) == [], schema
        return data

    def stream(self, body: dict[str, Any]) -> list[Any]:
        body = {**body, "stream": True}
        assert localapi_spec.errors("CreateChatCompletionRequest", body) == [], "the request is valid"
        with self.http.stream("POST", PATH, json=body) as reply:
            assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/event-stream")
            text = "".join(reply.iter_text())
        frames: list[Any] = []
        for block in text.strip().split("\n\n"):
            assert block.startswith("data: ") and "\n" not in block, "data-only frames, no event names"
            data = block.removeprefix("data: ")
            frames.append(data if data == "[DONE]" else json.loads(data))
        for frame in frames:
            if frame != "[DONE]" and "error" not in frame:
                assert localapi_spec.errors("CreateChatCompletionStreamResponse", frame) == [], frame
        return frames


@pytest.fixture(scope="module")
def wire(server: LocalApiServer) -> Iterator[ChatWire]:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx2.Client(base_url=server.base_url, headers=headers, timeout=30) as http:
        yield ChatWire(http)


def user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": text}


# --- on the wire, against the spec ------------------------------------------------------------------


def test_a_completion_and_its_chunks_match_the_spec(wire: ChatWire) -> None:
    body = {
        "model": MODEL,
        "messages": [{"role": "system", "content": "Be brief."}, user("hello there")],
        "temperature": 0.2,
        "top_p": 0.9,
        "seed": 7,
    }
    completion = wire.create(body)
    message = completion["choices"][0]["message"]
    assert completion["object"] == "chat.completion" and completion["choices"][0]["finish_reason"] == "stop"
    assert "You asked: **hello there**" in message["content"]
    assert completion["usage"]["prompt_tokens"] == 4  # words of the system message and the question
    frames = wire.stream({**body, "stream_options": {"include_usage": True}})
    assert frames[-1] == "[DONE]"
    chunks = frames[:-1]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == message["content"], "the chunks join to the same reply"
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"] == completion["usage"]
    assert all(c["usage"] is None for c in chunks[:-1]), "usage only in the last chunk"
    assert len({c["id"] for c in chunks}) == 1


def test_parallel_tool_calls_and_their_answers_match_the_spec(wire: ChatWire) -> None:
    asked = [user("call get_weather and get_tide for Oslo")]
    completion = wire.create({"model": MODEL, "messages": asked, "tools": [WEATHER, TIDE]})
    choice = completion["choices"][0]
    calls = choice["message"]["tool_calls"]
    assert choice["finish_reason"] == "tool_calls" and choice["message"]["content"] is None
    assert [c["function"]["name"] for c in calls] == ["get_weather", "get_tide"]
    one_at_a_time = wire.create(
        {"model": MODEL, "messages": asked, "tools": [WEATHER, TIDE], "parallel_tool_calls": False}
    )
    assert len(one_at_a_time["choices"][0]["message"]["tool_calls"]) == 1
    frames = wire.stream({"model": MODEL, "messages": asked, "tools": [WEATHER, TIDE]})
    pieces = [tc for f in frames[:-1] for tc in f["choices"][0]["delta"].get("tool_calls") or []]
    assert {p["index"] for p in pieces} == {0, 1} and pieces[0]["function"]["name"] == "get_weather"
    answers = [
        {"role": "tool", "tool_call_id": c["id"], "content": f"{c['function']['name']} ok"} for c in calls
    ]
    history = [*asked, {"role": "assistant", "content": None, "tool_calls": calls}, *answers]
    follow = wire.create({"model": MODEL, "messages": history, "tools": [WEATHER, TIDE]})
    text = follow["choices"][0]["message"]["content"]
    assert "`get_weather` returned: get_weather ok" in text and "`get_tide` returned" in text


def test_images_json_modes_stop_and_length_match_the_spec(wire: ChatWire) -> None:
    picture = [{"type": "text", "text": "what is this?"}, {"type": "image_url", "image_url": {"url": PIXEL}}]
    seen = wire.create({"model": MODEL, "messages": [{"role": "user", "content": picture}]})
    assert seen["choices"][0]["message"]["content"].startswith("I can see the 1 image you sent.")
    assert seen["usage"]["prompt_tokens"] == 3 + 85
    as_json = wire.create(
        {"model": MODEL, "messages": [user("a fact")], "response_format": {"type": "json_object"}}
    )
    assert json.loads(as_json["choices"][0]["message"]["content"])["answer"] == "scripted"
    schema = {"type": "object", "properties": {"city": {"type": "string"}, "n": {"type": "integer"}}}
    fmt = {"type": "json_schema", "json_schema": {"name": "place", "schema": schema, "strict": True}}
    shaped = wire.create({"model": MODEL, "messages": [user("a place")], "response_format": fmt})
    assert json.loads(shaped["choices"][0]["message"]["content"]) == {"city": "Paris", "n": 1}
    stopped = wire.create({"model": MODEL, "messages": [user("hi")], "stop": ["You asked"]})
    assert stopped["choices"][0]["message"]["content"] == "### About your question\n\n"
    short = wire.create({"model": MODEL, "messages": [user("hi")], "max_completion_tokens": 3})
    assert short["choices"][0]["finish_reason"] == "length" and short["usage"]["completion_tokens"] == 3
    reasoned = wire.create({"model": "o4-mini", "messages": [user("think")], "reasoning_effort": "low"})
    assert reasoned["usage"]["completion_tokens_details"]["reasoning_tokens"] > 0


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": MODEL, "messages": []}, "messages"),
        ({"model": MODEL}, "messages"),
        ({"model": "no-such-model", "messages": [user("x")]}, "model"),
        ({"model": MODEL, "messages": [user("x")], "reasoning_effort": "low"}, "reasoning_effort"),
        ({"model": MODEL, "messages": [user("x")], "temperature": 3}, "temperature"),
        (
            {"model": MODEL, "messages": [{"role": "tool", "tool_call_id": "call_x", "content": "y"}]},
            "messages[0].role",
        ),
        (
            {"model": MODEL, "messages": [user("x")], "response_format": {"type": "yaml"}},
            "response_format.type",
        ),
        ({"model": MODEL, "messages": [user("x")], "tools": [{"type": "file_search"}]}, "tools[0].type"),
        ({"model": MODEL, "messages": [user("x")], "stop": ["a", "b", "c", "d", "e"]}, "stop"),
    ],
)
def test_refusals_use_openai_error_body(wire: ChatWire, body: dict[str, Any], param: str) -> None:
    error = wire.create(body, status=400)["error"]
    assert error["type"] == "invalid_request_error" and error["param"] == param and error["message"]


def test_the_validators_catch_wrong_payloads() -> None:
    """The checks above can fail: broken payloads are reported."""
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": MODEL}
    assert localapi_spec.errors("CreateChatCompletionStreamResponse", {**chunk, "choices": [{}]}) != []
    good = {**chunk, "choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": None}]}
    assert localapi_spec.errors("CreateChatCompletionStreamResponse", good) == []
    assert localapi_spec.errors("CreateChatCompletionRequest", {"model": MODEL, "messages": []}) != []


# --- through the SDK --------------------------------------------------------------------------------


def test_the_sdk_streams_with_usage_and_reads_a_failure_mid_stream(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model=MODEL, messages=[user("hello")], stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    assert chunks[-1].usage is not None and chunks[-1].usage.prompt_tokens == 1
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices).startswith("### About")
    failing = client.chat.completions.create(model=MODEL, messages=[user("simulate failure")], stream=True)
    with pytest.raises(openai.APIError, match="failed on purpose"):
        for _ in failing:
            pass
    with pytest.raises(openai.InternalServerError):
        client.chat.completions.create(model=MODEL, messages=[user("simulate failure")])


def test_the_sdk_reads_parallel_tool_calls(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[user("get_weather and get_tide please")],
        tools=[WEATHER, TIDE],  # type: ignore[list-item]
    )
    calls = completion.choices[0].message.tool_calls or []
    assert [c.function.name for c in calls] == ["get_weather", "get_tide"]  # type: ignore[union-attr]
    assert json.loads(calls[0].function.arguments) == {"location": "Paris, France"}  # type: ignore[union-attr]


def test_models_are_listed(client: openai.OpenAI) -> None:
    assert MODEL in [m.id for m in client.models.list()]
