"""Every JSON body and SSE event the local API sends, validated against the official OpenAPI spec."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx2
import localapi_spec
import pytest
from localapi_support import API_KEY, WEATHER_TOOL

from belugadesk.localapi import LocalApiServer


def test_the_spec_is_beside_the_checkout() -> None:
    """No silent skip: without the spec every conformance test fails, and this one says where it looked."""
    path = localapi_spec.SPEC_PATH
    assert path.is_file(), f"The OpenAI spec is missing: expected {path}"


MODEL = "gpt-4.1-mini"
ASSISTANT_FUNCTION = {"type": "function", "function": {k: v for k, v in WEATHER_TOOL.items() if k != "type"}}


class SpecClient:
    """Raw HTTP (no SDK models in between) so the exact wire JSON is what gets validated."""

    def __init__(self, http: httpx2.Client) -> None:
        self.http = http
        self.checked: set[tuple[str, str]] = set()

    def call(self, method: str, template: str, *, status: int = 200, **kwargs: Any) -> Any:
        path_params = kwargs.pop("path", {})
        reply = self.http.request(method, template.format(**path_params), **kwargs)
        assert reply.status_code == status, reply.text
        body = reply.json()
        name = localapi_spec.response_schema_name(method, template, str(status))
        # every error body is OpenAI's {"error": {...}}; where the spec names a schema of its own for the
        # status (the bare ``Error`` for some 404s), the body must satisfy that one too
        names = {name, "ErrorResponse"} if status >= 400 else {name}
        for schema in sorted(n for n in names if n is not None):
            assert localapi_spec.errors(schema, body) == [], f"{method} {template} vs {schema}"
            self.checked.add((method, template))
        return body

    def stream(self, method: str, template: str, **kwargs: Any) -> list[tuple[str, Any]]:
        path_params = kwargs.pop("path", {})
        with self.http.stream(method, template.format(**path_params), **kwargs) as reply:
            assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/event-stream")
            text = "".join(reply.iter_text())
        events = []
        for block in text.strip().split("\n\n"):
            fields = dict(line.split(": ", 1) for line in block.split("\n"))
            data = fields["data"]
            events.append((fields["event"], data if data == "[DONE]" else json.loads(data)))
        return events


@pytest.fixture(scope="module")
def raw(server: LocalApiServer) -> Iterator[SpecClient]:
    headers = {"Authorization": f"Bearer {API_KEY}", "OpenAI-Beta": "assistants=v2"}
    with httpx2.Client(base_url=server.base_url, headers=headers, timeout=30) as http:
        yield SpecClient(http)


def check_response_stream(events: list[tuple[str, Any]]) -> None:
    schemas = localapi_spec.response_event_schemas()
    for n, (name, data) in enumerate(events):
        assert name == data["type"] and data["sequence_number"] == n
        assert name in schemas, f"{name} is not a ResponseStreamEvent"
        assert localapi_spec.errors(schemas[name], data) == [], name


def check_assistant_stream(events: list[tuple[str, Any]]) -> None:
    variants = localapi_spec.assistant_event_schemas()
    for name, data in events:
        assert name in variants, f"{name} is not an AssistantStreamEvent"
        assert localapi_spec.variant_errors(variants[name], {"event": name, "data": data}) == [], name


def test_models_and_conversations(raw: SpecClient) -> None:
    raw.call("GET", "/models")
    raw.call("GET", "/models/{model}", path={"model": MODEL})
    conv = raw.call(
        "POST", "/conversations", json={"metadata": {"a": "b"}, "items": [{"role": "user", "content": "hi"}]}
    )
    ids = {"conversation_id": conv["id"]}
    raw.call("GET", "/conversations/{conversation_id}", path=ids)
    raw.call("POST", "/conversations/{conversation_id}", path=ids, json={"metadata": {"a": "c"}})
    added = raw.call(
        "POST",
        "/conversations/{conversation_id}/items",
        path=ids,
        json={"items": [{"role": "user", "content": "x"}]},
    )
    listed = raw.call("GET", "/conversations/{conversation_id}/items", path=ids, params={"limit": 1})
    assert listed["has_more"] is True
    item = {**ids, "item_id": added["data"][0]["id"]}
    raw.call("GET", "/conversations/{conversation_id}/items/{item_id}", path=item)
    raw.call("DELETE", "/conversations/{conversation_id}/items/{item_id}", path=item)
    raw.call("DELETE", "/conversations/{conversation_id}", path=ids)


def test_responses_json_and_streams(raw: SpecClient) -> None:
    conv = raw.call("POST", "/conversations", json={})
    body = {
        "model": MODEL,
        "input": "Tell me something",
        "conversation": conv["id"],
        "instructions": "Short.",
    }
    response = raw.call("POST", "/responses", json=body)
    raw.call("GET", "/responses/{response_id}", path={"response_id": response["id"]})
    raw.call("GET", "/responses/{response_id}/input_items", path={"response_id": response["id"]})
    check_response_stream(raw.stream("POST", "/responses", json={**body, "stream": True}))
    call_events = raw.stream(
        "POST",
        "/responses",
        json={
            "model": MODEL,
            "input": "call get_weather",
            "tools": [WEATHER_TOOL],
            "conversation": conv["id"],
            "stream": True,
        },
    )
    check_response_stream(call_events)
    call = call_events[-1][1]["response"]["output"][0]
    follow = [{"type": "function_call_output", "call_id": call["call_id"], "output": "sunny"}]
    check_response_stream(
        raw.stream(
            "POST",
            "/responses",
            json={"model": MODEL, "input": follow, "conversation": conv["id"], "stream": True},
        )
    )
    raw.call("GET", "/conversations/{conversation_id}/items", path={"conversation_id": conv["id"]})
    for phrase in ("simulate failure", "simulate stream error", "a long reply"):
        check_response_stream(
            raw.stream("POST", "/responses", json={"model": MODEL, "input": phrase, "stream": True})
        )
    background = raw.call("POST", "/responses", json={"model": MODEL, "input": "bg", "background": True})
    raw.call("POST", "/responses/{response_id}/cancel", path={"response_id": background["id"]})


def test_builtin_tools_files_vector_stores_containers(raw: SpecClient) -> None:
    uploaded = raw.call(
        "POST", "/files", files={"file": ("doc.txt", b"Spec text.")}, data={"purpose": "assistants"}
    )
    raw.call("GET", "/files")
    raw.call("GET", "/files/{file_id}", path={"file_id": uploaded["id"]})
    other = raw.call("POST", "/files", files={"file": ("o.txt", b"other")}, data={"purpose": "assistants"})
    vs = raw.call("POST", "/vector_stores", json={"name": "spec", "file_ids": [uploaded["id"]]})
    ids = {"vector_store_id": vs["id"]}
    raw.call("GET", "/vector_stores")
    raw.call("GET", "/vector_stores/{vector_store_id}", path=ids)
    raw.call("POST", "/vector_stores/{vector_store_id}", path=ids, json={"name": "renamed"})
    raw.call("GET", "/vector_stores/{vector_store_id}/files", path=ids)
    raw.call(
        "GET", "/vector_stores/{vector_store_id}/files/{file_id}", path={**ids, "file_id": uploaded["id"]}
    )
    batch = raw.call(
        "POST", "/vector_stores/{vector_store_id}/file_batches", path=ids, json={"file_ids": [other["id"]]}
    )
    batch_ids = {**ids, "batch_id": batch["id"]}
    raw.call("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}", path=batch_ids)
    raw.call("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files", path=batch_ids)
    tools = [
        {"type": "file_search", "vector_store_ids": [vs["id"]]},
        {"type": "code_interpreter", "container": {"type": "auto"}},
    ]
    for question in ("search the document", "plot a chart"):
        events = raw.stream(
            "POST",
            "/responses",
            json={
                "model": MODEL,
                "input": question,
                "tools": tools,
                "include": ["file_search_call.results"],
                "stream": True,
            },
        )
        check_response_stream(events)
    chart = events[-1][1]["response"]["output"][0]
    container = {"container_id": chart["container_id"]}
    raw.call("GET", "/containers/{container_id}", path=container)
    files = raw.call("GET", "/containers/{container_id}/files", path=container)
    raw.call(
        "GET",
        "/containers/{container_id}/files/{file_id}",
        path={**container, "file_id": files["data"][0]["id"]},
    )
    raw.call(
        "DELETE", "/vector_stores/{vector_store_id}/files/{file_id}", path={**ids, "file_id": other["id"]}
    )
    raw.call("DELETE", "/vector_stores/{vector_store_id}", path=ids)
    raw.call("DELETE", "/files/{file_id}", path={"file_id": other["id"]})


def test_assistants_threads_runs(raw: SpecClient) -> None:
    doc = raw.call(
        "POST", "/files", files={"file": ("a.md", b"Assistants doc.")}, data={"purpose": "assistants"}
    )
    tools = [ASSISTANT_FUNCTION, {"type": "code_interpreter"}, {"type": "file_search"}]
    assistant = raw.call("POST", "/assistants", json={"model": MODEL, "name": "spec", "tools": tools})
    a_ids = {"assistant_id": assistant["id"]}
    raw.call("GET", "/assistants")
    raw.call("GET", "/assistants/{assistant_id}", path=a_ids)
    raw.call("POST", "/assistants/{assistant_id}", path=a_ids, json={"instructions": "Be exact."})
    thread = raw.call("POST", "/threads", json={"messages": [{"role": "user", "content": "Hello"}]})
    t_ids = {"thread_id": thread["id"]}
    raw.call("GET", "/threads/{thread_id}", path=t_ids)
    raw.call("POST", "/threads/{thread_id}", path=t_ids, json={"metadata": {"x": "y"}})
    run_body = {"assistant_id": assistant["id"], "stream": True}
    check_assistant_stream(raw.stream("POST", "/threads/{thread_id}/runs", path=t_ids, json=run_body))
    for text in ("plot a chart", "search the file", "simulate failure"):
        message = {
            "role": "user",
            "content": text,
            "attachments": [{"file_id": doc["id"], "tools": [{"type": "file_search"}]}],
        }
        raw.call("POST", "/threads/{thread_id}/messages", path=t_ids, json=message)
        check_assistant_stream(raw.stream("POST", "/threads/{thread_id}/runs", path=t_ids, json=run_body))
    raw.call(
        "POST",
        "/threads/{thread_id}/messages",
        path=t_ids,
        json={"role": "user", "content": "call get_weather"},
    )
    paused = raw.stream("POST", "/threads/{thread_id}/runs", path=t_ids, json=run_body)
    check_assistant_stream(paused)
    run = paused[-2][1]
    r_ids = {**t_ids, "run_id": run["id"]}
    outputs = {
        "tool_outputs": [
            {
                "tool_call_id": run["required_action"]["submit_tool_outputs"]["tool_calls"][0]["id"],
                "output": "ok",
            }
        ],
        "stream": True,
    }
    check_assistant_stream(
        raw.stream("POST", "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", path=r_ids, json=outputs)
    )
    raw.call("GET", "/threads/{thread_id}/runs", path=t_ids)
    raw.call("GET", "/threads/{thread_id}/runs/{run_id}", path=r_ids)
    steps = raw.call("GET", "/threads/{thread_id}/runs/{run_id}/steps", path=r_ids)
    raw.call(
        "GET",
        "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
        path={**r_ids, "step_id": steps["data"][0]["id"]},
    )
    messages = raw.call("GET", "/threads/{thread_id}/messages", path=t_ids)
    m_ids = {**t_ids, "message_id": messages["data"][0]["id"]}
    raw.call("GET", "/threads/{thread_id}/messages/{message_id}", path=m_ids)
    raw.call("DELETE", "/threads/{thread_id}/messages/{message_id}", path=m_ids)
    queued = raw.call(
        "POST",
        "/threads/runs",
        json={"assistant_id": assistant["id"], "thread": {"messages": [{"role": "user", "content": "q"}]}},
    )
    assert queued["status"] == "queued"
    raw.call("DELETE", "/threads/{thread_id}", path=t_ids)
    raw.call("DELETE", "/assistants/{assistant_id}", path=a_ids)


@pytest.mark.parametrize(
    ("method", "template", "body", "status"),
    [
        ("POST", "/responses", {"input": "no model"}, 400),
        ("POST", "/responses", {"model": MODEL, "input": "x", "top_p": "high"}, 400),
        ("POST", "/assistants", {"name": "no model"}, 400),
        ("POST", "/assistants", {"model": MODEL, "unknown_field": 1}, 400),
        ("POST", "/threads", {"messages": [{"role": "robot", "content": "x"}]}, 400),
        ("POST", "/vector_stores", {"name": 5}, 400),
        ("POST", "/conversations/{conversation_id}/items", {"items": []}, 404),
        ("GET", "/responses/{response_id}", None, 404),
        ("GET", "/assistants/{assistant_id}", None, 404),
        ("GET", "/threads/{thread_id}/messages", None, 404),
        ("GET", "/files/{file_id}", None, 404),
        ("DELETE", "/responses/{response_id}", None, 404),
        ("POST", "/responses/{response_id}/cancel", None, 404),
    ],
)
def test_rejections_use_openai_error_body(
    raw: SpecClient, method: str, template: str, body: dict[str, Any] | None, status: int
) -> None:
    missing = {
        "conversation_id": "conv_x",
        "response_id": "resp_x",
        "assistant_id": "asst_x",
        "thread_id": "thread_x",
        "file_id": "file-x",
    }
    error = raw.call(method, template, path=missing, json=body, status=status)["error"]
    assert error["type"] == "invalid_request_error" and error["message"]
    if status == 404:
        assert "_x" in error["message"] or "-x" in error["message"]


def test_validators_catch_wrong_payloads() -> None:
    """The checks above can fail: broken payloads are reported."""
    delta = {"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0, "content_index": 0}
    assert localapi_spec.errors("ResponseTextDeltaEvent", {**delta, "sequence_number": 1}) != []
    ok = {**delta, "sequence_number": 1, "delta": "x", "logprobs": []}
    assert localapi_spec.errors("ResponseTextDeltaEvent", ok) == []
    assert localapi_spec.errors("ResponseTextDeltaEvent", {**ok, "sequence_number": "1"}) != []
    assert (
        localapi_spec.errors("AssistantStreamEvent", {"event": "thread.run.created", "data": {"id": "run_1"}})
        != []
    )
    assert (
        localapi_spec.errors("ConversationItemList", {"object": "list", "data": [{"type": "message"}]}) != []
    )
    variant = localapi_spec.assistant_event_schemas()["thread.message.delta"]
    assert (
        localapi_spec.variant_errors(variant, {"event": "thread.message.delta", "data": {"id": "msg_1"}})
        != []
    )
    good = {"id": "msg_1", "object": "thread.message.delta", "delta": {"content": []}}
    assert localapi_spec.variant_errors(variant, {"event": "thread.message.delta", "data": good}) == []
