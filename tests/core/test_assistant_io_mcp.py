"""An assistant's MCP tool grants travel with its exported file (server ids, tool names and approvals)."""

from __future__ import annotations

from belugadesk.core.assistant_io import export_text, parse_document
from belugadesk.domain.mcp_access import Approval, McpToolGrant
from belugadesk.domain.models import AssistantDefinition


def test_mcp_tool_grants_are_exported_and_imported() -> None:
    grants = (
        McpToolGrant(server_id="files", tools=("read",), approval={"read": Approval.ALWAYS_ALLOW}),
        McpToolGrant(server_id="web", read_only_without_asking=True),
    )
    original = AssistantDefinition(name="Helper", model="gpt-5", mcp_tools=grants)
    imported = parse_document(export_text(original))
    assert imported.mcp_tools == grants
    assert parse_document(export_text(AssistantDefinition(name="Plain", model="gpt-5"))).mcp_tools == ()
