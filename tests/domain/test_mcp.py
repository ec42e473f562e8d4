"""MCP server definitions, tool grants and approval rules."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from belugadesk.domain.mcp import HttpTransport, McpServer, McpToolInfo, StdioTransport
from belugadesk.domain.mcp_access import Approval, McpToolGrant, granted_tools, needs_approval


def tool(server_id: str, name: str, *, read_only: bool = False) -> McpToolInfo:
    return McpToolInfo(
        server_id=server_id, server_name=server_id, name=name, function_name=f"{server_id}__{name}",
        read_only=read_only,
    )  # fmt: skip


def test_a_secret_name_is_never_also_a_plain_value() -> None:
    with pytest.raises(ValidationError, match="both a plain and a secret environment variable"):
        StdioTransport(command="srv", env={"TOKEN": "x"}, sensitive_env=("TOKEN",))
    with pytest.raises(ValidationError, match="both a plain and a secret header"):
        HttpTransport(
            url="https://mcp.example", headers={"Authorization": "x"}, sensitive_headers=("Authorization",)
        )
    with pytest.raises(ValidationError, match="must start with http:// or https://"):
        HttpTransport(url="ftp://mcp.example")


def test_secret_names_by_transport() -> None:
    local = McpServer(name="a", transport=StdioTransport(command="srv", sensitive_env=("A", "B")))
    remote = McpServer(
        name="b", transport=HttpTransport(url="http://x", sensitive_headers=("Authorization",))
    )
    assert local.secret_names() == (("env", "A"), ("env", "B"))
    assert remote.secret_names() == (("header", "Authorization"),)
    assert McpServer.model_validate_json(remote.model_dump_json()) == remote


def test_grants_choose_tools_and_approval() -> None:
    read, write, other = tool("files", "read", read_only=True), tool("files", "write"), tool("web", "fetch")
    everything = McpToolGrant(server_id="files")
    some = McpToolGrant(
        server_id="files", tools=("read", "write"), approval={"write": Approval.ALWAYS_ALLOW},
        read_only_without_asking=True,
    )  # fmt: skip
    assert granted_tools((), (read, write, other)) == []  # the default: no MCP tool
    assert granted_tools((everything,), (read, write, other)) == [read, write]
    assert granted_tools((McpToolGrant(server_id="files", tools=("read",)),), (read, write)) == [read]
    assert needs_approval((everything,), read) and needs_approval((everything,), write)
    assert not needs_approval((some,), read)  # read-only, set to run without asking
    assert not needs_approval((some,), write)  # always allowed
    assert needs_approval((some,), other)  # no grant: asks
    assert needs_approval((McpToolGrant(server_id="files"),), read)  # read-only alone is not enough


def test_a_tool_is_offered_as_a_function_tool_with_the_servers_schema() -> None:
    schema = {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}
    info = McpToolInfo(
        server_id="s", server_name="Search", name="find", function_name="search__find", input_schema=schema
    )
    function = info.function_tool()
    assert (function.name, function.parameters, function.description) == (
        "search__find",
        schema,
        "find (Search)",
    )
