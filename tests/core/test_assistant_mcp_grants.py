"""An assistant's MCP tool grants and remote MCP servers travel with its exported file and survive an
edit in the form."""

from __future__ import annotations

from belugadesk.core.assistant_io import export_text, parse_document
from belugadesk.domain.mcp_access import Approval, McpToolGrant, RemoteMcpServer
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


def test_editing_an_assistant_in_the_form_keeps_its_mcp_tool_grants() -> None:
    from belugadesk.core.assistant_validation import from_definition, to_definition

    grants = (McpToolGrant(server_id="files", read_only_without_asking=True),)
    original = AssistantDefinition(name="Helper", model="gpt-5", mcp_tools=grants)
    draft = from_definition(original)
    draft.name = "Helper 2"
    edited = to_definition(draft, base=original)
    assert (edited.name, edited.mcp_tools) == ("Helper 2", grants)


def test_remote_mcp_servers_are_exported_imported_and_kept_by_the_form() -> None:
    from belugadesk.core.assistant_validation import from_definition, to_definition

    servers = (
        RemoteMcpServer(
            server_label="docs", server_url="https://mcp.example.com/mcp", require_approval="never"
        ),
    )
    original = AssistantDefinition(name="Helper", model="gpt-5", remote_mcp=servers)
    assert parse_document(export_text(original)).remote_mcp == servers
    assert to_definition(from_definition(original), base=original).remote_mcp == servers
