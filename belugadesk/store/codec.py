"""Conversions between domain values and SQLite column values."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from pydantic import TypeAdapter

from belugadesk.domain.mcp_access import McpToolGrant, RemoteMcpServer
from belugadesk.domain.models import ContentPart, Tool

_PARTS: TypeAdapter[tuple[ContentPart, ...]] = TypeAdapter(tuple[ContentPart, ...])
_TOOLS: TypeAdapter[tuple[Tool, ...]] = TypeAdapter(tuple[Tool, ...])
_GRANTS: TypeAdapter[tuple[McpToolGrant, ...]] = TypeAdapter(tuple[McpToolGrant, ...])
_REMOTE_MCP: TypeAdapter[tuple[RemoteMcpServer, ...]] = TypeAdapter(tuple[RemoteMcpServer, ...])

PREVIEW_CHARS = 200


def ts(value: datetime) -> str:
    """A timestamp as sortable text: UTC, microseconds, fixed width. Naive datetimes are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def ts_or_none(value: datetime | None) -> str | None:
    return None if value is None else ts(value)


def parse_ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


def parse_ts_or_none(text: str | None) -> datetime | None:
    return None if text is None else parse_ts(text)


def dump_parts(parts: tuple[Any, ...]) -> str:
    return _PARTS.dump_json(parts).decode()


def load_parts(text: str) -> tuple[ContentPart, ...]:
    return _PARTS.validate_json(text)


def load_stored_parts(raw: bytes) -> tuple[tuple[ContentPart, ...], str | None]:
    """The parts stored as ``raw`` bytes, or (no parts, the raw text) when they are damaged: not UTF-8,
    not JSON, or not parts. The raw text keeps undecodable bytes as U+FFFD."""
    try:
        return load_parts(raw.decode("utf-8")), None
    except (UnicodeDecodeError, ValueError):
        return (), raw.decode("utf-8", errors="replace")


def dump_tools(tools: tuple[Any, ...]) -> str:
    return _TOOLS.dump_json(tools, by_alias=True).decode()


def load_tools(text: str) -> tuple[Tool, ...]:
    return _TOOLS.validate_json(text)


def dump_grants(grants: tuple[McpToolGrant, ...]) -> str:
    return _GRANTS.dump_json(grants).decode()


def load_grants(text: str) -> tuple[McpToolGrant, ...]:
    return _GRANTS.validate_json(text)


def dump_remote_mcp(servers: tuple[RemoteMcpServer, ...]) -> str:
    return _REMOTE_MCP.dump_json(servers).decode()


def load_remote_mcp(text: str) -> tuple[RemoteMcpServer, ...]:
    return _REMOTE_MCP.validate_json(text)


def dump_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def preview(text: str) -> str:
    """One line of at most PREVIEW_CHARS characters, for thread lists."""
    line = re.sub(r"\s+", " ", text).strip()
    return line if len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - 1].rstrip() + "…"
