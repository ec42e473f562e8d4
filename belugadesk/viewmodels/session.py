"""What view-models need from the layers below: the store, and the backend of the active profile."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from belugadesk.domain.models import Backend

if TYPE_CHECKING:
    from belugadesk.bridge.protocol import ConversationBackend
    from belugadesk.store import AsyncStore

BackendFactory = Callable[[], Awaitable["ConversationBackend"]]


class Session(QObject):
    """Holds the store and builds the active profile's backend on first use.

    Building a backend imports ``openai`` (~0.6 s), so the import is warmed on a worker thread first: the UI
    thread never stalls on it. ``switch_profile`` swaps the backend without a restart.
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
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self._factory = backend_factory
        self._backend: ConversationBackend | None = None
        self.profile_id = profile_id
        self.profile_name = profile_name
        self.backend_kind = backend_kind

    async def backend(self) -> ConversationBackend:
        if self._backend is None:
            await warm_openai_import()
            self._backend = await self._factory()
        return self._backend

    async def switch_profile(
        self, backend_factory: BackendFactory, *, profile_id: str, profile_name: str, backend_kind: Backend
    ) -> None:
        old, self._backend = self._backend, None
        self._factory = backend_factory
        self.profile_id = profile_id
        self.profile_name = profile_name
        self.backend_kind = backend_kind
        if old is not None:
            await old.aclose()
        self.profileChanged.emit(profile_name)

    async def aclose(self) -> None:
        if self._backend is not None:
            await self._backend.aclose()
            self._backend = None


async def warm_openai_import() -> None:
    """Import ``openai`` on a worker thread so the UI thread never pays for it."""
    await asyncio.get_running_loop().run_in_executor(None, importlib.import_module, "openai")
