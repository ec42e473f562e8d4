"""MCP servers through the official ``mcp`` SDK: started on first use, their tools offered as function tools.

``McpManager`` is the one object the app holds; the SDK is imported only when a server first starts.
"""

from .manager import McpManager, SecretResolver

__all__ = ["McpManager", "SecretResolver"]
