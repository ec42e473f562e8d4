"""A profile's backend, and the connection test: the one way the app, Settings and the doctor connect.

No Qt here (``belugadesk doctor`` uses it). The bridge is imported on first use and ``openai`` on a worker
thread, so building the services costs the app's start-up nothing.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import SecretStr

    from belugadesk.credentials import ApiKeys
    from belugadesk.domain.backend import ConversationBackend, ThreadLog
    from belugadesk.services.demo_server import DemoServer
    from belugadesk.settings import Profile


class Connections:
    """Builds backends for profiles: the key from the app's one :class:`ApiKeys` (it holds session-only keys),
    the demo's address from the app's one :class:`DemoServer`."""

    def __init__(self, api_keys: ApiKeys, demo_server: DemoServer):
        self.api_keys = api_keys
        self.demo_server = demo_server

    async def backend_for(self, profile: Profile, thread_log: ThreadLog | None = None) -> ConversationBackend:
        """The backend of ``profile`` with its stored key (looked up off the UI thread); ``thread_log`` is the
        app's store of threads (the Chat Completions backend reads its threads there)."""
        key = None
        if profile.kind != "demo":
            lookup = await asyncio.get_running_loop().run_in_executor(None, self.api_keys.get_key, profile.id)
            key = lookup.key
        return await self._build(profile, key, thread_log)

    async def prepare(self) -> None:
        """Import ``openai`` on a worker thread (once the window is shown) so the first request is quick."""
        from belugadesk.bridge.client import warm_openai_import

        await warm_openai_import()

    def factory_for(
        self, profile: Profile, thread_log: ThreadLog | None = None
    ) -> Callable[[], Awaitable[ConversationBackend]]:
        """What a ``Session`` calls to build ``profile``'s backend when it is first needed."""
        return functools.partial(self.backend_for, profile, thread_log)

    async def test(self, profile: Profile, key: SecretStr | None) -> list[str]:
        """Settings' "Test connection": a backend for ``profile`` with ``key`` lists the models, then closes.

        Raises ``BelugaError`` with the sentence to show (a rejected key, an unreachable server, …).
        """
        profile = profile.model_copy(update={"max_retries": 0})  # answer now; a retry loop only delays it
        backend = await self._build(profile, key)
        try:
            return await backend.list_models()
        finally:
            await backend.aclose()

    async def _build(
        self, profile: Profile, key: SecretStr | None, thread_log: ThreadLog | None = None
    ) -> ConversationBackend:
        from belugadesk.bridge.factory import build_backend

        await self.prepare()
        base_url = await self.demo_server.base_url() if profile.kind == "demo" else None
        config = profile.connection_config(key, base_url=base_url)
        return build_backend(config, profile_id=profile.id, thread_log=thread_log)
