"""What view-models use of the app's MCP servers (``services.mcp_tools.McpTools`` is the one the app hands
in): the configured servers, their status, the one toolbox, and their secrets in the keyring."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pydantic import SecretStr

from belugadesk.domain.mcp import McpServer, McpServerStatus, McpToolbox, SecretKind


class McpServerAccess(Protocol):
    @property
    def servers(self) -> tuple[McpServer, ...]: ...

    def manager(self) -> McpToolbox: ...

    def status(self, server_id: str) -> McpServerStatus: ...

    async def apply(self, servers: Sequence[McpServer]) -> None: ...

    def store_secrets(
        self,
        server: McpServer,
        values: dict[tuple[SecretKind, str], SecretStr | str],
        *,
        kept: Sequence[tuple[SecretKind, str]] = (),
    ) -> None: ...

    def forget_secrets(self, server: McpServer, *, keep: Sequence[tuple[SecretKind, str]] = ()) -> None: ...
