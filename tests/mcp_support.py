"""Real MCP servers for the tests: ``tests/mcp_tool_server.py`` over stdio, or over streamable HTTP."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from belugadesk.domain.mcp import HttpTransport, McpServer, McpToolbox, StdioTransport
from tests.support import wait_until

TOOL_SERVER = Path(__file__).with_name("mcp_tool_server.py")


def stdio_server(name: str = "Test tools", **fields: object) -> McpServer:
    """The tool server as a stdio server definition (``fields`` go to its transport)."""
    transport = StdioTransport(command=sys.executable, args=(str(TOOL_SERVER),), **fields)  # type: ignore[arg-type]
    return McpServer(name=name, transport=transport)


def http_server(url: str, name: str = "Web tools", **fields: object) -> McpServer:
    return McpServer(name=name, transport=HttpTransport(url=url, **fields))  # type: ignore[arg-type]


class ManagerAccess:
    """What the chat uses of the app's MCP servers (``session.mcp``): one manager a test made itself."""

    def __init__(self, manager: McpToolbox) -> None:
        self._manager = manager

    def manager(self) -> McpToolbox:
        return self._manager


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _accepts(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
        return True
    return False


@contextlib.contextmanager
def running_http_tool_server() -> Iterator[str]:
    """The tool server over streamable HTTP in a child process; yields its endpoint URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(TOOL_SERVER), "http", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ},
    )
    try:
        wait_until(lambda: _accepts(port) or process.poll() is not None, "the MCP HTTP server listens", 20)
        assert process.poll() is None, "the MCP HTTP test server exited at start"
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
