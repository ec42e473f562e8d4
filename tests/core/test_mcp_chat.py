"""The pure parts of MCP tools in a chat: the approval's JSON check, the grant "Always allow" writes, the
output a denial sends, and what a reply offers (no server: a scripted toolbox)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from typing import Any

from belugadesk.core.mcp_chat import ChatMcpTools, always_allowed, denied_output
from belugadesk.domain.mcp import McpServerStatus, McpToolCatalog, McpToolInfo, McpToolResult
from belugadesk.domain.mcp_access import Approval, McpToolGrant
from belugadesk.domain.mcp_approval import arguments_problem, pretty_arguments
from belugadesk.domain.models import AssistantDefinition, FunctionTool

ADD = McpToolInfo(server_id="calc", server_name="Calc", name="add", function_name="calc__add", read_only=True)
WIPE = McpToolInfo(server_id="calc", server_name="Calc", name="wipe", function_name="calc__wipe")
OTHER = McpToolInfo(server_id="web", server_name="Web", name="fetch", function_name="web__fetch")


class Toolbox:
    """Lists fixed tools, and remembers which servers were asked for."""

    def __init__(self) -> None:
        self.listed: list[set[str]] = []

    async def list_tools(self, server_ids: Iterable[str] | None = None) -> McpToolCatalog:
        wanted = set(server_ids or ())
        self.listed.append(wanted)
        tools = tuple(t for t in (ADD, WIPE, OTHER) if t.server_id in wanted)
        return McpToolCatalog(
            tools=tools, problems={"web": "Web could not start."} if "web" in wanted else {}
        )

    def lookup(self, function_name: str) -> tuple[str, str] | None:
        return None

    async def call(self, function_name: str, arguments: str | dict[str, Any]) -> McpToolResult:
        return McpToolResult(function_name=function_name, output="ok")

    async def restart(self, server_id: str) -> McpServerStatus:
        raise NotImplementedError

    def status(self, server_id: str) -> McpServerStatus:
        raise NotImplementedError

    async def aclose(self) -> None:
        return None


def test_edited_arguments_must_be_a_json_object() -> None:
    assert arguments_problem('{"a": 1}') is None
    assert arguments_problem("[1, 2]") == "The arguments must be a JSON object, in braces { }."
    problem = arguments_problem('{"a": ')
    assert problem is not None and problem.startswith("The arguments are not valid JSON (")
    assert pretty_arguments('{"a":1}') == '{\n  "a": 1\n}' and pretty_arguments("not json") == "not json"


def test_always_allow_changes_only_the_grant_that_allows_the_tool() -> None:
    grants = (McpToolGrant(server_id="web"), McpToolGrant(server_id="calc", approval={"wipe": Approval.ASK}))
    changed = always_allowed(grants, ADD)
    assert changed[0] == grants[0]
    assert changed[1].approval == {"wipe": Approval.ASK, "add": Approval.ALWAYS_ALLOW}


def test_a_denial_tells_the_model_who_refused_and_why() -> None:
    assert json.loads(denied_output(WIPE, "  not today ")) == {
        "error": "The user denied the call of wipe (Calc).",
        "message": "not today",
    }
    assert json.loads(denied_output(WIPE)) == {"error": "The user denied the call of wipe (Calc)."}


def test_a_reply_offers_the_granted_tools_beside_the_assistants_own_and_asks_as_the_grants_say() -> None:
    own = FunctionTool(name="calc__wipe", description="The assistant's own function of that name")
    assistant = AssistantDefinition(
        name="A",
        model="m",
        tools=(own,),
        mcp_tools=(
            McpToolGrant(server_id="calc", read_only_without_asking=True),
            McpToolGrant(server_id="web"),
        ),
    )
    toolbox = Toolbox()
    allowed: set[tuple[str, str]] = set()
    tools = asyncio.run(ChatMcpTools.for_assistant(toolbox, assistant, allowed))
    assert toolbox.listed == [{"calc", "web"}], "only the granted servers are listed"
    assert [t.function_name for t in tools.tools] == ["calc__add", "web__fetch"], "the own function wins"
    assert tools.problems == ("Web could not start.",)
    offered = tools.offered(assistant)
    assert [t.name for t in offered.tools if isinstance(t, FunctionTool)] == [
        "calc__wipe",
        "calc__add",
        "web__fetch",
    ]
    assert tools.tool("calc__wipe") is None and tools.tool("calc__add") == ADD
    assert not tools.needs_approval(ADD) and tools.needs_approval(OTHER)
    tools.allow_in_thread(OTHER)
    assert not tools.needs_approval(OTHER) and allowed == {("web", "fetch")}


def test_an_assistant_without_grants_lists_nothing() -> None:
    toolbox = Toolbox()
    assistant = AssistantDefinition(name="A", model="m")
    tools = asyncio.run(ChatMcpTools.for_assistant(toolbox, assistant, set()))
    assert toolbox.listed == [] and tools.offered(assistant) is assistant
