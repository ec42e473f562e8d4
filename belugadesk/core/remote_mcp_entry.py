"""One remote MCP server as the assistant form edits it: label, URL, allowed tools as text, and whether
each call waits for the person. ``remote_server`` makes it a ``RemoteMcpServer`` or says what is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass
from ipaddress import ip_address
from urllib.parse import urlsplit

from pydantic import ValidationError

from belugadesk.domain.mcp_access import RemoteMcpServer

_LABEL = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class RemoteEntry:
    label: str = ""
    url: str = ""
    tools_text: str = ""  # comma- or line-separated tool names; empty: all the server's tools
    ask: bool = True  # "Ask before each call"


def tool_names(text: str) -> tuple[str, ...] | None:
    """The names in ``text`` (commas or lines), in order without repeats; None when there are none (all)."""
    names = dict.fromkeys(n.strip() for n in re.split(r"[,\n]", text) if n.strip())
    return tuple(names) or None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def url_problem(url: str) -> str:
    """Why ``url`` cannot be a remote MCP server's address, or "" (https anywhere, http only on loopback)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "Enter the server's address, starting with https:// (for example https://mcp.example.com/mcp)."
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        return "Use https:// for a server on another computer; http:// is only for this computer (localhost)."
    return ""


def remote_server(entry: RemoteEntry, taken: tuple[str, ...] = ()) -> tuple[RemoteMcpServer | None, str]:
    """The server the entry describes and "", or None and the sentence that says what to fix. ``taken``: the
    labels of the assistant's other remote servers (labels name the server to the API, so they differ)."""
    label = entry.label.strip()
    if not _LABEL.match(label):
        return (
            None,
            "Give the server a label of letters, digits, “-” or “_” (at most 64), such as docs_search.",
        )
    if label in taken:
        return None, f"Another remote server is already labelled “{label}”: choose another label."
    problem = url_problem(entry.url)
    if problem:
        return None, problem
    try:
        server = RemoteMcpServer(
            server_label=label,
            server_url=entry.url.strip(),
            allowed_tools=tool_names(entry.tools_text),
            require_approval="always" if entry.ask else "never",
        )
    except ValidationError as exc:
        return None, f"This server cannot be used: {exc.errors()[0]['msg']}."
    return server, ""


def entry_for(server: RemoteMcpServer) -> RemoteEntry:
    return RemoteEntry(
        label=server.server_label,
        url=server.server_url,
        tools_text=", ".join(server.allowed_tools or ()),
        ask=server.require_approval == "always",
    )
