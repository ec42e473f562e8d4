"""``McpTools``: the app's MCP servers, built once by the app and handed to whoever needs their tools.

It joins the three places a server lives: its definition (the settings file, ``AppSettings.mcp_servers``),
its secret values (the keyring, ``credentials.McpSecrets``) and its running process or session (the bridge's
``McpManager``, made on first use so the ``mcp`` SDK is never imported before the window is shown). No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from pydantic import SecretStr

from belugadesk.domain.errors import CredentialsError
from belugadesk.domain.mcp import McpServer, McpServerState, McpServerStatus, McpToolbox, SecretKind

if TYPE_CHECKING:
    from belugadesk.bridge.mcp import McpManager
    from belugadesk.credentials import McpSecrets

SecretValues = Mapping[tuple[SecretKind, str], SecretStr | str]


class McpTools:
    def __init__(self, secrets: McpSecrets, servers: Sequence[McpServer] = ()) -> None:
        self.secrets = secrets
        self._servers = tuple(servers)
        self._manager: McpManager | None = None

    @property
    def servers(self) -> tuple[McpServer, ...]:
        return self._servers

    def manager(self) -> McpToolbox:
        """The one manager (made on first use): list tools, call them, restart a server."""
        if self._manager is None:
            from belugadesk.bridge.mcp import McpManager

            self._manager = McpManager(self._servers, self.secrets.values)
        return self._manager

    def status(self, server_id: str) -> McpServerStatus:
        """A server's state; one never started (no manager yet) is stopped, and nothing is imported."""
        if self._manager is None:
            return McpServerStatus(server_id=server_id, state=McpServerState.STOPPED)
        return self._manager.status(server_id)

    async def apply(self, servers: Sequence[McpServer]) -> None:
        """The settings' servers changed: a removed, disabled or edited server is stopped."""
        self._servers = tuple(servers)
        if self._manager is not None:
            await self._manager.set_servers(self._servers)

    def store_secrets(
        self, server: McpServer, values: SecretValues, *, kept: Sequence[tuple[SecretKind, str]] = ()
    ) -> None:
        """Put ``server``'s secret values in the keyring (blocking: call it off the UI thread).

        Every secret the server lists must have a value, but those in ``kept`` (already in the keyring, left
        as they are: an edit that did not retype them); entries for names it no longer lists are removed
        by ``forget_secrets`` with the old definition. Raises CredentialsError with a sentence.
        """
        needed = server.secret_names()
        missing = [name for kind, name in needed if (kind, name) not in values and (kind, name) not in kept]
        if missing:
            raise CredentialsError(
                f"Enter a value for {', '.join(missing)} of the MCP server “{server.name}”."
            )
        for kind, name in needed:
            if (kind, name) not in values:
                continue
            self.secrets.set(server.id, kind, name, values[(kind, name)])

    def forget_secrets(self, server: McpServer, *, keep: Sequence[tuple[SecretKind, str]] = ()) -> None:
        """Remove ``server``'s secrets from the keyring, but those in ``keep`` (blocking)."""
        for kind, name in server.secret_names():
            if (kind, name) not in keep:
                self.secrets.delete(server.id, kind, name)

    async def aclose(self) -> None:
        """Stop every server (the app is closing)."""
        if self._manager is not None:
            await self._manager.aclose()
