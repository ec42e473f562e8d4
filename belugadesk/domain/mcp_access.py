"""Which MCP tools an assistant may use, and which calls wait for the person's approval.

``AssistantDefinition.mcp_tools`` holds one ``McpToolGrant`` per server; none (the default) means the
assistant is offered no MCP tool. ``AssistantDefinition.remote_mcp`` holds the remote MCP servers the
Responses API itself calls (``RemoteMcpServer``, a ``{"type": "mcp"}`` tool). Kept apart from
``domain.mcp`` so the assistant model can hold grants without importing the rest.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

if TYPE_CHECKING:
    from .mcp import McpToolInfo


class Approval(StrEnum):
    """Whether a call of a tool waits for the person's approval."""

    ASK = "ask"
    ALWAYS_ALLOW = "always_allow"


class McpToolGrant(BaseModel):
    """An assistant may use ``server_id``'s tools: all of them (``tools`` None) or those named."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    server_id: str
    tools: tuple[str, ...] | None = None
    # per tool (the server's name for it): ASK, the default, or ALWAYS_ALLOW
    approval: dict[str, Approval] = Field(default_factory=dict)
    # tools the server annotates as read-only (readOnlyHint) run without asking
    read_only_without_asking: bool = False

    def allows(self, tool: McpToolInfo) -> bool:
        return tool.server_id == self.server_id and (self.tools is None or tool.name in self.tools)

    def needs_approval(self, tool: McpToolInfo) -> bool:
        if self.approval.get(tool.name) is Approval.ALWAYS_ALLOW:
            return False
        return not (self.read_only_without_asking and tool.read_only)


def granted_tools(grants: tuple[McpToolGrant, ...], tools: tuple[McpToolInfo, ...]) -> list[McpToolInfo]:
    """The tools an assistant with ``grants`` may use, in the order given."""
    return [tool for tool in tools if any(grant.allows(tool) for grant in grants)]


def needs_approval(grants: tuple[McpToolGrant, ...], tool: McpToolInfo) -> bool:
    """Whether a call of ``tool`` waits for the person (a tool no grant allows always does)."""
    grant = next((g for g in grants if g.allows(tool)), None)
    return grant is None or grant.needs_approval(tool)


class RemoteMcpServer(BaseModel):
    """A remote MCP server that the Responses API calls itself (``{"type": "mcp", server_label, …}``).

    The server lists its tools (``mcp_list_tools``), asks before a call when ``require_approval`` is
    ``"always"`` (``mcp_approval_request``, answered in the app's approval dialog) and calls it
    (``mcp_call``).
    Only the Responses backend runs it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    server_label: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    server_url: str
    # the tools the model may call (the server's names); None: all of them
    allowed_tools: tuple[str, ...] | None = None
    require_approval: Literal["always", "never"] = "always"
    server_description: str = ""

    @field_validator("server_url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("The server URL must start with http:// or https://.")
        return value
