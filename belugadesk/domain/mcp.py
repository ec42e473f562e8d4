"""MCP (Model Context Protocol) servers, the tools they offer, and which assistant may use which.

A server definition lives in the settings file and holds no secret: the *names* of its secret environment
variables and headers are listed here, their values live in the OS keyring (``credentials.McpSecrets``).
Which assistant may use which tools is ``mcp_access`` (a field of the assistant definition).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any, Literal, Protocol

from pydantic import Field, field_validator, model_validator

from .models import Frozen, FunctionTool, new_id

SECRET_KINDS = ("env", "header")
SecretKind = Literal["env", "header"]


def _check_secret_names(names: tuple[str, ...], plain: dict[str, str], what: str) -> tuple[str, ...]:
    for name in names:
        if not name.strip():
            raise ValueError(f"A secret {what} needs a name.")
        if name in plain:
            raise ValueError(f"'{name}' is both a plain and a secret {what}; keep one.")
    return names


class StdioTransport(Frozen):
    """A server the app starts as a child process and speaks to over its stdin/stdout."""

    type: Literal["stdio"] = "stdio"
    command: str = Field(min_length=1)
    args: tuple[str, ...] = ()
    cwd: str | None = None  # the working folder; None: the app's
    env: dict[str, str] = Field(default_factory=dict)  # plain values, kept in the settings file
    sensitive_env: tuple[str, ...] = ()  # names only; values in the keyring

    @model_validator(mode="after")
    def _secrets_apart(self) -> StdioTransport:
        _check_secret_names(self.sensitive_env, self.env, "environment variable")
        return self


class HttpTransport(Frozen):
    """A server reached over streamable HTTP."""

    type: Literal["http"] = "http"
    url: str
    headers: dict[str, str] = Field(default_factory=dict)  # plain values, kept in the settings file
    sensitive_headers: tuple[str, ...] = ()  # names only; values in the keyring

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("The server URL must start with http:// or https://.")
        return value

    @model_validator(mode="after")
    def _secrets_apart(self) -> HttpTransport:
        _check_secret_names(self.sensitive_headers, self.headers, "header")
        return self


Transport = Annotated[StdioTransport | HttpTransport, Field(discriminator="type")]


class McpServer(Frozen):
    """One MCP server as the user configured it (Settings → Tools)."""

    id: str = Field(default_factory=new_id)
    name: str = Field(min_length=1)
    transport: Transport
    enabled: bool = True

    def secret_names(self) -> tuple[tuple[SecretKind, str], ...]:
        """Every secret this server needs, as (kind, name)."""
        if isinstance(self.transport, StdioTransport):
            return tuple(("env", name) for name in self.transport.sensitive_env)
        return tuple(("header", name) for name in self.transport.sensitive_headers)


class McpSecretValues(Frozen):
    """A server's secret values, read from the keyring when it starts (never stored elsewhere)."""

    env: dict[str, str] = Field(default_factory=dict)
    headers: dict[str, str] = Field(default_factory=dict)


# --- tools and results, as the chat sees them -------------------------------------------------------


class McpToolInfo(Frozen):
    """A tool a server lists, with the function name it is offered to the model under."""

    server_id: str
    server_name: str
    name: str  # the server's own name for it
    function_name: str  # unique across servers, ≤ 64 characters of [A-Za-z0-9_-]
    title: str = ""
    description: str = ""
    input_schema: dict[str, Any] = Field(default_factory=lambda: {"type": "object", "properties": {}})
    read_only: bool = False  # the server's readOnlyHint
    # every hint the server gave, by its MCP names (readOnlyHint, destructiveHint, idempotentHint, …)
    annotations: dict[str, Any] = Field(default_factory=dict)

    def function_tool(self) -> FunctionTool:
        return FunctionTool(
            name=self.function_name,
            description=self.description or self.title or f"{self.name} ({self.server_name})",
            parameters=self.input_schema,
        )


class McpToolCatalog(Frozen):
    """The tools the listed servers offer; ``problems`` holds a sentence per server that could not start."""

    tools: tuple[McpToolInfo, ...] = ()
    problems: dict[str, str] = Field(default_factory=dict)  # server id -> sentence


class McpText(Frozen):
    type: Literal["text"] = "text"
    text: str


class McpImage(Frozen):
    type: Literal["image"] = "image"
    mime_type: str
    data: str  # base64, as the server sent it


class McpResource(Frozen):
    type: Literal["resource"] = "resource"
    uri: str
    mime_type: str | None = None
    text: str | None = None  # None for binary contents and links


McpPart = Annotated[McpText | McpImage | McpResource, Field(discriminator="type")]


class McpToolResult(Frozen):
    """What a call returned: ``output`` goes to the model, ``parts`` to the chat's tool block."""

    function_name: str
    output: str
    parts: tuple[McpPart, ...] = ()
    is_error: bool = False


class McpServerState(StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    RUNNING = "running"
    FAILED = "failed"


class McpServerStatus(Frozen):
    """A server's state for the person: ``problem`` is a sentence (what happened, what to do) or None."""

    server_id: str
    state: McpServerState
    problem: str | None = None


class McpToolbox(Protocol):
    """What the chat and the settings use of the MCP servers (``bridge.mcp.McpManager`` implements it).

    ``call`` never raises for a tool's failure (a crash, a timeout, invalid arguments are error results);
    cancelling the awaiting task (the chat's Stop) cancels the request on the server.
    """

    async def list_tools(self, server_ids: Iterable[str] | None = None) -> McpToolCatalog: ...

    def lookup(self, function_name: str) -> tuple[str, str] | None: ...

    async def call(self, function_name: str, arguments: str | dict[str, Any]) -> McpToolResult: ...

    async def restart(self, server_id: str) -> McpServerStatus: ...

    def status(self, server_id: str) -> McpServerStatus: ...

    async def aclose(self) -> None: ...
