"""Remote MCP in a Responses run (``tools: [{type: "mcp", server_label, server_url, …}]``), as OpenAI does it.

A turn with MCP servers first lists each server's tools once per conversation (an ``mcp_list_tools`` item;
later turns reuse it from the history). When the scripted engine picks one of those tools, the call waits
for approval (an ``mcp_approval_request`` item ends the response) unless ``require_approval`` says it need
not; the next request answers with an ``mcp_approval_response`` input item, and an approved call runs on the
real server (an ``mcp_call`` item with its output or error) before the reply that uses it.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from belugadesk.localapi import engine, mcp_client
from belugadesk.localapi.errors import invalid
from belugadesk.localapi.ids import new_id
from belugadesk.localapi.items import Item, last_user_text

if TYPE_CHECKING:
    from belugadesk.localapi.response_stream import Event, ResponseJob


@dataclass(frozen=True)
class McpServerTool:
    """One ``mcp`` tool of the request, with its headers (never echoed)."""

    label: str
    url: str
    headers: dict[str, str]
    allowed_tools: Any
    require_approval: Any


@dataclass
class McpTurn:
    """What MCP does this turn: the servers, and (when the request answers one) the approval answer."""

    servers: list[McpServerTool]
    answer: Item | None = None
    request: Item | None = None  # the mcp_approval_request the answer refers to
    awaiting_approval: bool = False  # set when this turn ended with an approval request
    listed: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def plan(
    tools: list[dict[str, Any]],
    headers: dict[str, dict[str, str]],
    history: list[Item],
    input_items: list[Item],
) -> McpTurn | None:
    """The MCP part of a request, checked (an answer to an unknown approval request is a 400)."""
    servers = [
        McpServerTool(
            t["server_label"],
            t["server_url"],
            headers.get(t["server_label"], {}),
            t.get("allowed_tools"),
            t.get("require_approval", "always"),
        )
        for t in tools
        if t["type"] == "mcp"
    ]
    answers = [i for i in input_items if i.get("type") == "mcp_approval_response"]
    if not servers:
        if answers:
            raise invalid(
                "An 'mcp_approval_response' needs the 'mcp' tool it answers in 'tools'.", param="tools"
            )
        return None
    turn = McpTurn(servers)
    for item in history:
        if item.get("type") == "mcp_list_tools" and not item.get("error"):
            turn.listed[item["server_label"]] = item["tools"]
    if answers:
        turn.answer = answers[-1]
        wanted = turn.answer["approval_request_id"]
        turn.request = next(
            (i for i in history if i.get("type") == "mcp_approval_request" and i.get("id") == wanted), None
        )
        if turn.request is None:
            raise invalid(f"No MCP approval request found with id '{wanted}'.", param="input")
        if all(s.label != turn.request["server_label"] for s in servers):
            raise invalid(
                f"The MCP server '{turn.request['server_label']}' of approval request '{wanted}' is not in "
                "'tools'.",
                param="tools",
            )
    return turn


def _filter_matches(spec: Any, tool: dict[str, Any]) -> bool:
    """Whether ``tool`` is named by an ``MCPToolFilter`` (``tool_names``, ``read_only``)."""
    if not isinstance(spec, dict):
        return False
    if tool["name"] in (spec.get("tool_names") or ()):
        return True
    read_only = bool((tool.get("annotations") or {}).get("readOnlyHint"))
    return bool(spec.get("read_only")) and read_only


def allowed(server: McpServerTool, tool: dict[str, Any]) -> bool:
    rule = server.allowed_tools
    if rule is None:
        return True
    if isinstance(rule, list):
        return tool["name"] in rule
    return _filter_matches(rule, tool)


def needs_approval(server: McpServerTool, tool: dict[str, Any]) -> bool:
    rule = server.require_approval
    if rule == "never":
        return False
    return not (isinstance(rule, dict) and _filter_matches(rule.get("never"), tool))


async def mcp_events(job: ResponseJob, turn: McpTurn) -> AsyncIterator[Event]:
    """The MCP items of this turn; sets ``job.reply`` when MCP answers the turn."""
    for server in turn.servers:
        if server.label not in turn.listed:
            async for event in _list_tools(job, turn, server):
                yield event
    user_text = last_user_text(job.input_items) or last_user_text(job.history)
    if turn.answer is not None and turn.request is not None:
        request = turn.request
        if not turn.answer["approve"]:
            reason = turn.answer.get("reason")
            job.reply = engine.Reply(
                text=f"I did not run `{request['name']}` on {request['server_label']}: the call was declined"
                + (f" ({reason})." if reason else ".")
            )
            return
        server = next(s for s in turn.servers if s.label == request["server_label"])
        async for event in _call(job, server, request["name"], request["arguments"], request["id"]):
            yield event
        return
    tools = {
        tool["name"]: (server, tool)
        for server in turn.servers
        for tool in turn.listed.get(server.label, ())
        if allowed(server, tool)
    }
    choice = engine.reply(
        user_text, engine.Tools(functions={n: t["input_schema"] for n, (_, t) in tools.items()})
    )
    if choice.function_call is None:
        return
    server, tool = tools[choice.function_call.name]
    arguments = choice.function_call.arguments
    if needs_approval(server, tool):
        item = {
            "id": new_id("mcpr_"),
            "type": "mcp_approval_request",
            "server_label": server.label,
            "name": tool["name"],
            "arguments": arguments,
        }
        index = job.add_output(item)
        yield job.event("response.output_item.added", output_index=index, item=copy.deepcopy(item))
        yield job.event("response.output_item.done", output_index=index, item=copy.deepcopy(item))
        turn.awaiting_approval = True
        return
    async for event in _call(job, server, tool["name"], arguments, None):
        yield event


async def _list_tools(job: ResponseJob, turn: McpTurn, server: McpServerTool) -> AsyncIterator[Event]:
    item: dict[str, Any] = {
        "id": new_id("mcpl_"),
        "type": "mcp_list_tools",
        "server_label": server.label,
        "tools": [],
    }
    index = job.add_output(item)
    ids = {"item_id": item["id"], "output_index": index}
    yield job.event("response.output_item.added", output_index=index, item=copy.deepcopy(item))
    yield job.event("response.mcp_list_tools.in_progress", **ids)
    await job.tick()
    tools, error = await mcp_client.list_tools(server.url, server.headers)
    if error is not None:
        item["error"] = error
        yield job.event("response.mcp_list_tools.failed", **ids)
    else:
        item["tools"] = [tool for tool in tools if allowed(server, tool)]
        turn.listed[server.label] = item["tools"]
        yield job.event("response.mcp_list_tools.completed", **ids)
    yield job.event("response.output_item.done", output_index=index, item=copy.deepcopy(item))


async def _call(
    job: ResponseJob, server: McpServerTool, name: str, arguments: str, approval_request_id: str | None
) -> AsyncIterator[Event]:
    item: dict[str, Any] = {
        "id": new_id("mcp_"),
        "type": "mcp_call",
        "status": "in_progress",
        "server_label": server.label,
        "name": name,
        "arguments": "",
        "approval_request_id": approval_request_id,
        "output": None,
        "error": None,
    }
    index = job.add_output(item)
    ids = {"item_id": item["id"], "output_index": index}
    yield job.event("response.output_item.added", output_index=index, item=copy.deepcopy(item))
    yield job.event("response.mcp_call.in_progress", **ids)
    for piece in engine.split_deltas(arguments):
        await job.tick()
        item["arguments"] += piece
        yield job.event("response.mcp_call_arguments.delta", **ids, delta=piece)
    item["arguments"] = arguments
    yield job.event("response.mcp_call_arguments.done", **ids, arguments=arguments)
    outcome = await mcp_client.call_tool(server.url, server.headers, name, arguments)
    if outcome.error is not None:
        item.update(status="failed", error=outcome.error)
        yield job.event("response.mcp_call.failed", **ids)
        said = outcome.error.get("message") or " ".join(
            str(part.get("text", "")) for part in outcome.error.get("content") or ()
        )
        result = f"the call failed: {said}"
    else:
        item.update(status="completed", output=outcome.output)
        yield job.event("response.mcp_call.completed", **ids)
        result = outcome.output or ""
    yield job.event("response.output_item.done", output_index=index, item=copy.deepcopy(item))
    job.reply = engine.reply("", engine.Tools(), tool_outputs=[(name, result)])
