"""Function names for MCP tools: unique, valid, at most 64 characters, and stable."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from belugadesk.bridge.mcp.naming import server_slugs, tool_function_names
from belugadesk.domain.mcp import McpServer, StdioTransport

VALID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def server(name: str, server_id: str) -> McpServer:
    return McpServer(id=server_id, name=name, transport=StdioTransport(command="srv"))


def test_names_are_slug_separator_tool() -> None:
    slugs = server_slugs([server("My Files!", "1")])
    assert slugs == {"1": "my_files"}
    assert tool_function_names("my_files", ["read_file", "list"]) == {
        "my_files__read_file": "read_file",
        "my_files__list": "list",
    }


def test_servers_whose_names_clash_get_their_ids_and_the_result_does_not_depend_on_order() -> None:
    one, two, three = server("Tools", "id-1"), server("tools", "id-2"), server("Other", "id-3")
    slugs = server_slugs([one, two, three])
    assert slugs["id-1"] != slugs["id-2"] and slugs["id-3"] == "other"
    assert slugs["id-1"].startswith("tools_") and slugs["id-2"].startswith("tools_")
    assert server_slugs([three, two, one]) == slugs


def test_tools_that_clean_up_alike_or_are_too_long_stay_apart() -> None:
    long_a, long_b = "a" * 80 + "x", "a" * 80 + "y"
    names = tool_function_names("server", ["a.b", "a_b", long_a, long_b])
    assert len(names) == 4 and set(names.values()) == {"a.b", "a_b", long_a, long_b}
    assert all(VALID.match(name) for name in names)


@given(
    st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=4),
    st.lists(st.text(min_size=1, max_size=90), min_size=1, max_size=8),
)
def test_every_name_is_valid_unique_and_reversible(server_names: list[str], tools: list[str]) -> None:
    servers = [server(name, f"id-{i}") for i, name in enumerate(server_names)]
    slugs = server_slugs(servers)
    table: dict[str, tuple[str, str]] = {}
    for server_id, slug in slugs.items():
        for name, tool in tool_function_names(slug, tools).items():
            assert VALID.match(name), name
            assert name not in table
            table[name] = (server_id, tool)
    assert len(table) == len(servers) * len(set(tools))
