"""What view-models need from the layers below: the store, and the backend of the active profile."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from belugadesk.domain.models import Backend

if TYPE_CHECKING:
    from belugadesk.domain.backend import ConversationBackend
    from belugadesk.store import AsyncStore
    from belugadesk.viewmodels.mcp_servers import McpServerAccess

BackendFactory = Callable[[], Awaitable["ConversationBackend"]]


class Session(QObject):
    """Holds the store and builds the active profile's backend on first use, once.

    The factory comes from the composition root (``services.connections``); it imports ``openai`` on a worker
    thread, so the UI thread never stalls on it. Concurrent first calls wait for the one build under way;
    ``switch_profile`` swaps the backend without a restart (after a build under way, which it then closes).
    """

    profileChanged = Signal(str)

    def __init__(
        self,
        store: AsyncStore,
        backend_factory: BackendFactory,
        *,
        profile_id: str,
        profile_name: str,
        backend_kind: Backend,
        mcp: McpServerAccess | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self._factory = backend_factory
        self._backend: ConversationBackend | None = None
        self._backend_lock = asyncio.Lock()  # one build at a time: a second would never be closed
        self.profile_id = profile_id
        self.profile_name = profile_name
        self.backend_kind = backend_kind
        self.mcp = mcp  # the MCP servers (None: the app offers none, as in some tests)

    async def backend(self) -> ConversationBackend:
        async with self._backend_lock:
            if self._backend is None:
                self._backend = await self._factory()
            return self._backend

    async def switch_profile(
        self, backend_factory: BackendFactory, *, profile_id: str, profile_name: str, backend_kind: Backend
    ) -> None:
        async with self._backend_lock:
            old, self._backend = self._backend, None
            self._factory = backend_factory
            self.profile_id = profile_id
            self.profile_name = profile_name
            self.backend_kind = backend_kind
        if old is not None:
            await old.aclose()
        self.profileChanged.emit(profile_name)

    async def aclose(self) -> None:
        async with self._backend_lock:
            backend, self._backend = self._backend, None
        if backend is not None:
            await backend.aclose()
