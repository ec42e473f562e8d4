"""The local API as an MCP client: it lists and calls a request's remote MCP server (``tools: [{type: "mcp",
server_url}]``) over streamable HTTP with the official SDK, as OpenAI's servers do for the Responses API.

Each operation opens its own short session; every failure comes back as a sentence, never an exception.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

TIMEOUT_S = 30.0


@dataclass(frozen=True)
class CallOutcome:
    """A finished call: ``output`` (text) or ``error`` (an ``MCPToolCallError`` object of the spec)."""

    output: str | None = None
    error: dict[str, Any] | None = None


def _leaf(exc: BaseException) -> BaseException:
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def _sentence(exc: BaseException) -> str:
    error = _leaf(exc)
    text = str(error).strip()
    return f"{type(error).__name__}: {text[:300]}" if text else type(error).__name__


@asynccontextmanager
async def _session(url: str, headers: Mapping[str, str]) -> AsyncIterator[Any]:
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client
    from mcp.shared._httpx_utils import create_mcp_http_client

    async with (
        create_mcp_http_client(headers=dict(headers)) as http,
        streamable_http_client(url, http_client=http) as (read, write),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        yield session


async def list_tools(url: str, headers: Mapping[str, str]) -> tuple[list[dict[str, Any]], str | None]:
    """The server's tools as ``MCPListToolsTool`` objects, or ([], a sentence saying why not)."""
    try:
        async with asyncio.timeout(TIMEOUT_S), _session(url, headers) as session:
            listed = await session.list_tools()
    except Exception as exc:
        return [], f"Could not list the tools of the MCP server at {url} ({_sentence(exc)})."
    tools = []
    for tool in listed.tools:
        entry: dict[str, Any] = {"name": tool.name, "input_schema": tool.input_schema}
        entry["description"] = tool.description
        entry["annotations"] = (
            tool.annotations.model_dump(by_alias=True, exclude_none=True) if tool.annotations else None
        )
        tools.append(entry)
    return tools, None


async def call_tool(url: str, headers: Mapping[str, str], name: str, arguments: str) -> CallOutcome:
    try:
        parsed = json.loads(arguments or "{}")
    except json.JSONDecodeError as exc:
        return CallOutcome(error={"type": "mcp_protocol_error", "code": -32602, "message": exc.msg})
    try:
        async with asyncio.timeout(TIMEOUT_S), _session(url, headers) as session:
            result = await session.call_tool(name, parsed)
    except TimeoutError:
        message = f"The MCP server did not answer within {TIMEOUT_S:g} s."
        return CallOutcome(error={"type": "http_error", "code": 504, "message": message})
    except Exception as exc:
        code = getattr(getattr(_leaf(exc), "error", None), "code", -32603)
        return CallOutcome(error={"type": "mcp_protocol_error", "code": int(code), "message": _sentence(exc)})
    texts = [block.text for block in result.content if getattr(block, "type", "") == "text"]
    if not texts and result.structured_content is not None:
        texts.append(json.dumps(result.structured_content))
    if result.is_error:
        content = [{"type": "text", "text": text} for text in texts]
        return CallOutcome(error={"type": "mcp_tool_execution_error", "content": content})
    return CallOutcome(output="\n".join(texts))
