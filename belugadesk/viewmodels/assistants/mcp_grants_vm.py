"""The assistant form's Tools section: which configured MCP servers' tools the assistant may use
(``AssistantDefinition.mcp_tools``), and which calls run without asking.

A server's tools are listed only when the person asks (listing starts the server); until then the server can
be granted whole. A grant for a server no longer configured is kept as it is (it offers nothing until the
server is back).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, Signal

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.mcp import McpServer, McpToolInfo
from belugadesk.domain.mcp_access import Approval, McpToolGrant
from belugadesk.viewmodels.mcp_servers import McpServerAccess
from belugadesk.viewmodels.view_model import ViewModel

ListingState = Literal["unlisted", "listing", "listed", "failed"]
Granted = Literal["all", "some", "none"]
NO_SERVERS = QT_TRANSLATE_NOOP(
    "McpGrantsViewModel", "No MCP servers yet: add one in Settings → Tools, then come back here."
)


@dataclass(frozen=True)
class Listing:
    """What the section knows of a server's tools: nothing yet, being listed, listed, or why not."""

    state: ListingState = "unlisted"
    tools: tuple[McpToolInfo, ...] = ()
    problem: str = ""


class McpGrantsViewModel(ViewModel):
    """``grantsChanged(tuple[McpToolGrant, ...])`` after every edit; ``listingChanged(server id)`` when a
    server's tools were listed (or could not be)."""

    grantsChanged = Signal(object)
    listingChanged = Signal(str)

    def __init__(
        self,
        access: McpServerAccess | None,
        grants: tuple[McpToolGrant, ...],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.access = access
        self._grants: dict[str, McpToolGrant] = {g.server_id: g for g in grants}
        self._listings: dict[str, Listing] = {}

    # --- what the view shows ---------------------------------------------------------------------------

    @property
    def servers(self) -> tuple[McpServer, ...]:
        return tuple(s for s in self.access.servers if s.enabled) if self.access is not None else ()

    @property
    def grants(self) -> tuple[McpToolGrant, ...]:
        """The grants in the order of the configured servers, then those for servers no longer there."""
        order = {server.id: i for i, server in enumerate(self.servers)}
        return tuple(sorted(self._grants.values(), key=lambda g: order.get(g.server_id, len(order))))

    def uses_servers(self) -> bool:
        return bool(self._grants)

    def grant(self, server_id: str) -> McpToolGrant | None:
        return self._grants.get(server_id)

    def listing(self, server_id: str) -> Listing:
        return self._listings.get(server_id, Listing())

    def granted(self, server_id: str) -> Granted:
        grant = self._grants.get(server_id)
        if grant is None:
            return "none"
        return "all" if grant.tools is None else "some"

    def tool_granted(self, server_id: str, tool: str) -> bool:
        grant = self._grants.get(server_id)
        return grant is not None and (grant.tools is None or tool in grant.tools)

    def always_allowed(self, server_id: str, tool: str) -> bool:
        grant = self._grants.get(server_id)
        return grant is not None and grant.approval.get(tool) is Approval.ALWAYS_ALLOW

    # --- editing -----------------------------------------------------------------------------------------

    def set_server_granted(self, server_id: str, on: bool) -> None:
        """All the server's tools (on), or none of them (off)."""
        grant = self._grants.get(server_id)
        if on:
            kept = grant.model_copy(update={"tools": None}) if grant else McpToolGrant(server_id=server_id)
            self._set(server_id, kept)
        else:
            self._set(server_id, None)

    def set_tool_granted(self, server_id: str, tool: str, on: bool) -> None:
        grant = self._grants.get(server_id)
        listed = [t.name for t in self.listing(server_id).tools]
        if grant is None:
            chosen: list[str] = []
        elif grant.tools is None:
            chosen = listed
        else:
            chosen = list(grant.tools)
        if on and tool not in chosen:
            chosen.append(tool)
        elif not on:
            chosen = [name for name in chosen if name != tool]
        if not chosen:
            self._set(server_id, None)
            return
        base = grant or McpToolGrant(server_id=server_id)
        self._set(server_id, base.model_copy(update={"tools": tuple(chosen)}))

    def set_always_allowed(self, server_id: str, tool: str, always: bool) -> None:
        """Whether calls of ``tool`` run without asking (only for a tool the assistant may use)."""
        grant = self._grants.get(server_id)
        if grant is None:
            return
        approval = dict(grant.approval)
        if always:
            approval[tool] = Approval.ALWAYS_ALLOW
        else:
            approval.pop(tool, None)
        self._set(server_id, grant.model_copy(update={"approval": approval}))

    def set_read_only_without_asking(self, server_id: str, on: bool) -> None:
        grant = self._grants.get(server_id)
        if grant is not None:
            self._set(server_id, grant.model_copy(update={"read_only_without_asking": on}))

    def _set(self, server_id: str, grant: McpToolGrant | None) -> None:
        if self._grants.get(server_id) == grant:
            return
        if grant is None:
            self._grants.pop(server_id, None)
        else:
            self._grants[server_id] = grant
        self.grantsChanged.emit(self.grants)

    # --- listing -----------------------------------------------------------------------------------------

    def request_listing(self, server_id: str) -> None:
        self.start(self.list_tools(server_id), failure=self.tr("The tools could not be listed."))

    async def list_tools(self, server_id: str) -> Listing:
        """Start the server if needed and list its tools; a server that cannot start gives its sentence."""
        if self.access is None:
            return Listing()
        self._set_listing(server_id, Listing(state="listing"))
        try:
            catalog = await self.access.manager().list_tools([server_id])
        except BaseException:
            self._set_listing(server_id, Listing())
            raise
        problem = catalog.problems.get(server_id)
        if problem is not None:
            listing = Listing(state="failed", problem=problem)
        else:
            listing = Listing(
                state="listed", tools=tuple(t for t in catalog.tools if t.server_id == server_id)
            )
        self._set_listing(server_id, listing)
        return listing

    def _set_listing(self, server_id: str, listing: Listing) -> None:
        self._listings[server_id] = listing
        self.listingChanged.emit(server_id)
