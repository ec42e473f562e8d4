"""Function names for MCP tools: ``<server-slug>__<tool>``, unique across servers, at most 64 characters.

A name depends only on the configured servers' names and ids and the tool's own name, never on order or on
which servers happen to be running, so a thread's past calls keep their names. Two servers whose names make
the same slug each get a short hash of their id appended to it; two tools of one server whose names clean
up to the same text (``a.b`` and ``a_b``), or a name cut to fit, get a hash of the tool's name.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

from belugadesk.domain.mcp import McpServer

MAX_FUNCTION_NAME = 64
SEPARATOR = "__"
_SLUG_MAX = 20
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def clean(text: str, *, lower: bool = False) -> str:
    """``text`` reduced to the characters a function name may hold, without the separator inside."""
    cleaned = _UNSAFE.sub("_", text.lower() if lower else text)
    cleaned = re.sub("__+", "_", cleaned).strip("_-")
    return cleaned or "x"


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:6]


def server_slugs(servers: Iterable[McpServer]) -> dict[str, str]:
    """``{server id: slug}``; servers whose names clean up alike are told apart by their ids."""
    servers = list(servers)
    base = {s.id: clean(s.name, lower=True)[:_SLUG_MAX].rstrip("_-") or "x" for s in servers}
    counts = Counter(base.values())
    return {
        server_id: f"{slug[: _SLUG_MAX - 7]}_{short_hash(server_id)}" if counts[slug] > 1 else slug
        for server_id, slug in base.items()
    }


def tool_function_names(slug: str, tools: Iterable[str]) -> dict[str, str]:
    """``{function name: tool name}`` for one server's tools."""
    tools = list(dict.fromkeys(tools))
    room = MAX_FUNCTION_NAME - len(slug) - len(SEPARATOR)
    cleaned = {tool: clean(tool) for tool in tools}
    counts = Counter(cleaned.values())
    names: dict[str, str] = {}
    for tool, text in cleaned.items():
        if counts[text] > 1 or len(text) > room:
            text = f"{text[: room - 7]}_{short_hash(tool)}"
        names[f"{slug}{SEPARATOR}{text}"] = tool
    return names
