"""What the chat asks the person midway through a reply: whether an MCP tool call may run."""

from __future__ import annotations

from typing import Protocol

from belugadesk.domain.mcp_approval import ApprovalAnswer, ApprovalRequest


class ToolApprovalQuestion(Protocol):
    async def approve_tool_call(self, request: ApprovalRequest) -> ApprovalAnswer | None:
        """The person's answer to the call ``request`` shows (None: the dialog was closed unanswered,
        which denies the call)."""
        ...
