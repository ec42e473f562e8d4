"""MCP tools in a chat: which are offered to the model for a reply, which calls wait for the person's
approval, and the call itself (through the ``domain.mcp.McpToolbox``). No Qt, no I/O of its own.

A reply lists the tools of the servers its assistant's grants name (``ChatMcpTools.for_assistant``); they
are offered as function tools named as the toolbox names them, so every backend can call them. A call of
one is answered here, not by the local tool dialog: after the approval the grants and the thread ask for.
"""

from __future__ import annotations

import json

from belugadesk.domain.mcp import McpToolbox, McpToolInfo, McpToolResult
from belugadesk.domain.mcp_access import Approval, McpToolGrant, granted_tools, needs_approval
from belugadesk.domain.mcp_approval import ApprovalRequest, pretty_arguments
from belugadesk.domain.models import AssistantDefinition, FunctionTool


def denied_output(tool: McpToolInfo, message: str = "") -> str:
    """The tool output that tells the model the person refused the call."""
    output: dict[str, str] = {"error": f"The user denied the call of {tool.name} ({tool.server_name})."}
    if message.strip():
        output["message"] = message.strip()
    return json.dumps(output, ensure_ascii=False)


def always_allowed(grants: tuple[McpToolGrant, ...], tool: McpToolInfo) -> tuple[McpToolGrant, ...]:
    """``grants`` with ``tool`` set to run without asking (in the grant that allows it)."""
    changed: list[McpToolGrant] = []
    done = False
    for grant in grants:
        if not done and grant.allows(tool):
            approval = {**grant.approval, tool.name: Approval.ALWAYS_ALLOW}
            grant = grant.model_copy(update={"approval": approval})
            done = True
        changed.append(grant)
    return tuple(changed)


class ChatMcpTools:
    """The MCP tools one reply offers, and how a call of one is decided and run.

    ``thread_allowed`` is the chat's set of (server id, tool name) the person allowed for the thread; it is
    shared, so "Allow for this thread" holds for the thread's later replies too.
    """

    def __init__(
        self,
        toolbox: McpToolbox,
        grants: tuple[McpToolGrant, ...],
        tools: list[McpToolInfo],
        thread_allowed: set[tuple[str, str]],
        problems: tuple[str, ...] = (),
    ) -> None:
        self._toolbox = toolbox
        self.grants = grants
        self._tools = {tool.function_name: tool for tool in tools}
        self._thread_allowed = thread_allowed
        #: a sentence per granted server that could not list its tools
        self.problems = problems

    @classmethod
    async def for_assistant(
        cls, toolbox: McpToolbox, assistant: AssistantDefinition, thread_allowed: set[tuple[str, str]]
    ) -> ChatMcpTools:
        """The tools ``assistant`` may use, listed from the servers its grants name (starting them)."""
        grants = assistant.mcp_tools
        if not grants:
            return cls(toolbox, grants, [], thread_allowed)
        catalog = await toolbox.list_tools(grant.server_id for grant in grants)
        own = {tool.name for tool in assistant.tools if isinstance(tool, FunctionTool)}
        tools = [t for t in granted_tools(grants, catalog.tools) if t.function_name not in own]
        return cls(toolbox, grants, tools, thread_allowed, tuple(catalog.problems.values()))

    @property
    def tools(self) -> list[McpToolInfo]:
        return list(self._tools.values())

    def offered(self, assistant: AssistantDefinition) -> AssistantDefinition:
        """``assistant`` with the MCP tools added to its function tools (what this reply sends)."""
        if not self._tools:
            return assistant
        extra = tuple(tool.function_tool() for tool in self._tools.values())
        return assistant.model_copy(update={"tools": (*assistant.tools, *extra)})

    def tool(self, function_name: str) -> McpToolInfo | None:
        """The MCP tool a function call names, or None (a function the app or the person answers)."""
        return self._tools.get(function_name)

    def needs_approval(self, tool: McpToolInfo) -> bool:
        if (tool.server_id, tool.name) in self._thread_allowed:
            return False
        return needs_approval(self.grants, tool)

    def request(self, tool: McpToolInfo, arguments: str) -> ApprovalRequest:
        return ApprovalRequest(
            server_name=tool.server_name,
            tool_name=tool.name,
            arguments=pretty_arguments(arguments),
            description=tool.description or tool.title,
            read_only=tool.read_only,
        )

    def allow_in_thread(self, tool: McpToolInfo) -> None:
        self._thread_allowed.add((tool.server_id, tool.name))

    def allow_always(self, tool: McpToolInfo) -> tuple[McpToolGrant, ...]:
        """Never ask again for ``tool``: the grants to save in the assistant (also used from now on)."""
        self.grants = always_allowed(self.grants, tool)
        return self.grants

    async def call(self, function_name: str, arguments: str) -> McpToolResult:
        """Run the call (never raises for the tool's failure; cancelling the caller cancels the call)."""
        return await self._toolbox.call(function_name, arguments)
