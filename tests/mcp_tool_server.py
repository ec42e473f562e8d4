"""A real MCP server for the tests, written with the SDK's server API (``MCPServer``, FastMCP before mcp 2).

``python mcp_tool_server.py`` serves over stdio; ``python mcp_tool_server.py http PORT`` over streamable HTTP
on 127.0.0.1.
"""

from __future__ import annotations

import base64
import os
import sys
import time

from mcp.server.mcpserver import Context, MCPServer
from mcp.types import ImageContent, TextContent, ToolAnnotations

# The smallest valid PNG (1x1, transparent).
PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)

server = MCPServer(os.environ.get("TOOL_SERVER_NAME", "test-tools"))


@server.tool(annotations=ToolAnnotations(readOnlyHint=True))
def add(a: int, b: int) -> int:
    """Add two whole numbers."""
    return a + b


@server.tool()
def pid() -> int:
    """The server's process id."""
    return os.getpid()


@server.tool()
def env(name: str) -> str:
    """The value of an environment variable of the server ('' when unset)."""
    return os.environ.get(name, "")


@server.tool()
def header(name: str, ctx: Context) -> str:
    """The value of an HTTP request header ('' when unset, or over stdio)."""
    return (ctx.headers or {}).get(name.lower(), "")


@server.tool()
def fail(reason: str) -> str:
    """Always raises."""
    raise RuntimeError(reason)


@server.tool()
def crash() -> str:
    """Ends the server process at once, mid-call."""
    os._exit(3)


@server.tool()
def sleep(seconds: float) -> str:
    """Waits, then answers."""
    time.sleep(seconds)
    return f"slept {seconds}"


@server.tool()
def picture() -> list[TextContent | ImageContent]:
    """A caption and a 1x1 PNG."""
    return [
        TextContent(type="text", text="a pixel"),
        ImageContent(type="image", data=base64.b64encode(PIXEL_PNG).decode(), mime_type="image/png"),
    ]


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "http":
        server.run("streamable-http", host="127.0.0.1", port=int(sys.argv[2]))
    else:
        server.run()
