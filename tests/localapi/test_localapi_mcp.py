"""Remote MCP through the Responses API: the ``mcp_list_tools``, ``mcp_approval_request``,
``mcp_approval_response`` and ``mcp_call`` items against a real MCP server (``tests/mcp_tool_server.py``
over streamable HTTP), through the real ``openai`` SDK, every body and event checked against the spec."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from typing import Any

import httpx2
import localapi_spec
import openai
import pytest
from localapi_support import API_KEY
from test_localapi_spec_conformance import SpecClient, check_response_stream

from belugadesk.localapi import LocalApiServer
from tests.mcp_support import free_port

MODEL = "gpt-4.1-mini"


def mcp_tool(url: str, **fields: Any) -> dict[str, Any]:
    return {"type": "mcp", "server_label": "calc", "server_url": url, **fields}


def output_types(response: Any) -> list[str]:
    return [item.type for item in response.output]


@pytest.fixture(scope="module")
def raw(server: LocalApiServer) -> Iterator[SpecClient]:
    with httpx2.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=60
    ) as http:
        yield SpecClient(http)


def test_tools_are_listed_and_a_call_waits_for_approval(client: openai.OpenAI, mcp_http_url: str) -> None:
    response = client.responses.create(
        model=MODEL, input="Please add two numbers", tools=[mcp_tool(mcp_http_url)]
    )
    assert response.status == "completed"
    assert output_types(response) == ["mcp_list_tools", "mcp_approval_request"]
    listing, request = response.output
    assert listing.type == "mcp_list_tools" and listing.server_label == "calc" and listing.error is None
    tools = {tool.name: tool for tool in listing.tools}
    assert {"add", "pid", "fail", "sleep"} <= set(tools)
    assert tools["add"].input_schema["required"] == ["a", "b"]
    assert tools["add"].annotations == {"readOnlyHint": True}
    assert request.type == "mcp_approval_request"
    assert (request.server_label, request.name) == ("calc", "add")
    assert json.loads(request.arguments) == {"a": 1, "b": 1}
    assert response.tools[0].type == "mcp" and response.tools[0].require_approval == "always"


def test_an_approved_call_runs_on_the_server_and_the_reply_uses_it(
    client: openai.OpenAI, mcp_http_url: str
) -> None:
    tools = [mcp_tool(mcp_http_url)]
    asked = client.responses.create(model=MODEL, input="add please", tools=tools)
    request = asked.output[-1]
    answered = client.responses.create(
        model=MODEL,
        previous_response_id=asked.id,
        tools=tools,
        input=[{"type": "mcp_approval_response", "approval_request_id": request.id, "approve": True}],
    )
    assert output_types(answered) == ["mcp_call", "message"]  # listed once: the history has the listing
    call = answered.output[0]
    assert call.type == "mcp_call"
    assert (call.name, call.server_label, call.approval_request_id) == ("add", "calc", request.id)
    assert (call.output, call.error, call.status) == ("2", None, "completed")
    assert "`add` returned: 2" in answered.output_text


def test_a_declined_call_does_not_run_and_the_reason_is_kept(
    client: openai.OpenAI, mcp_http_url: str
) -> None:
    tools = [mcp_tool(mcp_http_url)]
    asked = client.responses.create(model=MODEL, input="what is my pid?", tools=tools)
    request = asked.output[-1]
    assert request.type == "mcp_approval_request" and request.name == "pid"
    answer = {
        "type": "mcp_approval_response",
        "approval_request_id": request.id,
        "approve": False,
        "reason": "not now",
    }
    declined = client.responses.create(
        model=MODEL, previous_response_id=asked.id, tools=tools, input=[answer]
    )
    assert output_types(declined) == ["message"]
    assert declined.output_text == "I did not run `pid` on calc: the call was declined (not now)."


def test_require_approval_never_and_read_only_filters_call_at_once(
    client: openai.OpenAI, mcp_http_url: str
) -> None:
    never = client.responses.create(
        model=MODEL, input="add them", tools=[mcp_tool(mcp_http_url, require_approval="never")]
    )
    assert output_types(never) == ["mcp_list_tools", "mcp_call", "message"]
    read_only = mcp_tool(mcp_http_url, require_approval={"never": {"read_only": True}})
    add = client.responses.create(model=MODEL, input="add them", tools=[read_only])
    assert output_types(add) == ["mcp_list_tools", "mcp_call", "message"]  # add is annotated read-only
    pid = client.responses.create(model=MODEL, input="call pid", tools=[read_only])
    assert output_types(pid) == ["mcp_list_tools", "mcp_approval_request"]


def test_allowed_tools_limit_what_is_listed_and_called(client: openai.OpenAI, mcp_http_url: str) -> None:
    response = client.responses.create(
        model=MODEL, input="add two numbers", tools=[mcp_tool(mcp_http_url, allowed_tools=["pid", "sleep"])]
    )
    assert [tool.name for tool in response.output[0].tools] == ["pid", "sleep"]
    assert output_types(response) == ["mcp_list_tools", "message"]  # add is not allowed: a plain reply


def test_a_tool_error_is_an_mcp_call_error(client: openai.OpenAI, mcp_http_url: str) -> None:
    response = client.responses.create(
        model=MODEL, input="call fail", tools=[mcp_tool(mcp_http_url, require_approval="never")]
    )
    call = response.output[1]
    assert call.type == "mcp_call" and call.status == "failed" and call.output is None
    assert call.error is not None and call.error.type == "mcp_tool_execution_error"
    assert "Error executing tool fail" in json.dumps(call.error.content)
    assert "`fail` returned: the call failed" in response.output_text


def test_an_unreachable_server_is_an_mcp_list_tools_error(client: openai.OpenAI) -> None:
    url = f"http://127.0.0.1:{free_port()}/mcp"
    response = client.responses.create(model=MODEL, input="add", tools=[mcp_tool(url)])
    assert output_types(response) == ["mcp_list_tools", "message"]
    assert response.output[0].error.startswith(f"Could not list the tools of the MCP server at {url} (")


def test_bad_mcp_requests_are_refused_with_openai_sentences(client: openai.OpenAI, mcp_http_url: str) -> None:
    with pytest.raises(
        openai.BadRequestError, match=re.escape("Missing required parameter: 'tools[0].server_label'")
    ):
        client.responses.create(model=MODEL, input="x", tools=[{"type": "mcp", "server_url": mcp_http_url}])
    with pytest.raises(openai.BadRequestError, match="No MCP approval request found with id 'mcpr_nope'"):
        client.responses.create(
            model=MODEL,
            tools=[mcp_tool(mcp_http_url)],
            input=[{"type": "mcp_approval_response", "approval_request_id": "mcpr_nope", "approve": True}],
        )
    assistant_tools: Any = [mcp_tool(mcp_http_url)]
    with (
        warnings.catch_warnings(),
        pytest.raises(
            openai.BadRequestError, match=re.escape("Invalid value: 'mcp'. Supported values are: 'function'")
        ),
    ):
        warnings.simplefilter("ignore", DeprecationWarning)  # the Assistants API's deprecation notice
        client.beta.assistants.create(model=MODEL, tools=assistant_tools)


def test_mcp_bodies_and_stream_events_match_the_spec(raw: SpecClient, mcp_http_url: str) -> None:
    tools = [mcp_tool(mcp_http_url, headers={"Authorization": "Bearer mcp-secret-123456"})]
    conversation = raw.call("POST", "/conversations", json={})
    events = raw.stream(
        "POST",
        "/responses",
        json={
            "model": MODEL,
            "input": "add please",
            "tools": tools,
            "stream": True,
            "conversation": conversation["id"],
        },
    )
    check_response_stream(events)
    names = [name for name, _ in events]
    assert "response.mcp_list_tools.in_progress" in names and "response.mcp_list_tools.completed" in names
    done = events[-1][1]["response"]
    assert "mcp-secret-123456" not in json.dumps(done)  # headers are never echoed
    request = done["output"][-1]
    answer = {"type": "mcp_approval_response", "approval_request_id": request["id"], "approve": True}
    events = raw.stream(
        "POST",
        "/responses",
        json={
            "model": MODEL,
            "input": [answer],
            "tools": tools,
            "stream": True,
            "conversation": conversation["id"],
        },
    )
    check_response_stream(events)
    names = [name for name, _ in events]
    for kind in ("in_progress", "completed"):
        assert f"response.mcp_call.{kind}" in names
    assert "response.mcp_call_arguments.done" in names
    final = events[-1][1]["response"]
    assert localapi_spec.errors("Response", final) == []
    # read without SpecClient's check of the whole list: the spec's MCPApprovalResponseResource requires a
    # 'request_id' it never defines (the SDK has none), so that one item is checked below, quirk named
    reply = raw.http.get(f"/conversations/{conversation['id']}/items", params={"order": "asc", "limit": 100})
    assert reply.status_code == 200
    items = reply.json()
    kinds = [item["type"] for item in items["data"]]
    assert kinds == [
        "message",
        "mcp_list_tools",
        "mcp_approval_request",
        "mcp_approval_response",
        "mcp_call",
        "message",
    ]
    for item in items["data"]:
        problems = localapi_spec.errors("ConversationItem", item)
        if item["type"] == "mcp_approval_response":
            assert localapi_spec.errors("MCPApprovalResponseResource", item) == [
                "<root>: 'request_id' is a required property"
            ]
        else:
            assert problems == [], item["type"]
