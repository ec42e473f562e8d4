"""A profile's backend, and the connection test: the one way the app, Settings and the doctor connect.

No Qt here (``belugadesk doctor`` uses it). The bridge is imported on first use and ``openai`` on a worker
thread, so building the services costs the app's start-up nothing.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from belugadesk.domain.errors import ConnectionFailed, TimedOut

if TYPE_CHECKING:
    from pydantic import SecretStr

    from belugadesk.credentials import ApiKeys
    from belugadesk.domain.backend import ConversationBackend, ThreadLog
    from belugadesk.domain.capabilities import ProbeReport
    from belugadesk.domain.models import ConnectionConfig
    from belugadesk.services.demo_server import DemoServer
    from belugadesk.settings import Profile

PROBE_TIMEOUT_S = 20.0  # Test connection's longest wait for one answer
PROXY_CHECK_TIMEOUT_S = 5.0


class Connections:
    """Builds backends for profiles: the key from the app's one :class:`ApiKeys` (it holds session-only keys),
    the demo's address from the app's one :class:`DemoServer`."""

    def __init__(self, api_keys: ApiKeys, demo_server: DemoServer):
        self.api_keys = api_keys
        self.demo_server = demo_server

    async def backend_for(self, profile: Profile, thread_log: ThreadLog | None = None) -> ConversationBackend:
        """The backend of ``profile`` with its stored key (looked up off the UI thread; none is looked up,
        nor sent, for a server that takes no key); ``thread_log`` is the app's store of threads (the Chat
        Completions backend reads its threads there)."""
        key = None
        if profile.takes_key:
            lookup = await asyncio.get_running_loop().run_in_executor(
                None,
                functools.partial(
                    self.api_keys.get_key, profile.id, environment=profile.reads_environment_key
                ),
            )
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

    async def test(self, profile: Profile, key: SecretStr | None) -> ProbeReport:
        """Settings' "Test connection" and ``doctor``: which APIs the server of ``profile`` speaks with
        ``key`` (``bridge.probe``), and its models.

        Raises ``BelugaError`` with the sentence to show (a rejected key, an unreachable server, a proxy that
        cannot be reached, …).
        """
        from belugadesk.bridge.probe import probe_server

        # answer now: a retry loop only delays it, and a route that hangs is "could not tell" after a while
        profile = profile.model_copy(
            update={"max_retries": 0, "timeout_s": min(profile.timeout_s, PROBE_TIMEOUT_S)}
        )
        await self.prepare()
        try:
            return await probe_server(await self._config(profile, key))
        except (ConnectionFailed, TimedOut) as exc:
            if profile.proxy:
                raise await _blame_proxy(profile.proxy, exc) from exc
            raise

    async def _config(self, profile: Profile, key: SecretStr | None) -> ConnectionConfig:
        base_url = await self.demo_server.base_url() if profile.kind == "demo" else None
        return profile.connection_config(key, base_url=base_url)

    async def _build(
        self, profile: Profile, key: SecretStr | None, thread_log: ThreadLog | None = None
    ) -> ConversationBackend:
        from belugadesk.bridge.factory import build_backend

        await self.prepare()
        return build_backend(await self._config(profile, key), profile_id=profile.id, thread_log=thread_log)


async def _blame_proxy(proxy: str, failure: ConnectionFailed | TimedOut) -> ConnectionFailed | TimedOut:
    """A request through ``proxy`` failed: say whether the proxy itself cannot be reached, or the server
    behind it could not be reached through it."""
    parts = urlsplit(proxy)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    where = f"{host}:{port}"
    try:
        _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), PROXY_CHECK_TIMEOUT_S)
    except TimeoutError:
        return ConnectionFailed(
            f"The proxy {where} did not answer within {PROXY_CHECK_TIMEOUT_S:g} s. Check the proxy field of "
            "this profile, or clear it to connect directly."
        )
    except OSError as exc:
        reason = (
            "refused the connection" if isinstance(exc, ConnectionRefusedError) else "could not be reached"
        )
        return ConnectionFailed(
            f"The proxy {where} {reason}. Check the proxy field of this profile, "
            "or clear it to connect directly."
        )
    writer.close()
    await writer.wait_closed()
    return type(failure)(
        f"{failure.message} (The request went through the proxy {where}, which accepts connections: "
        "the server, or the proxy's way to it, failed.)",
        request_id=failure.request_id,
        status_code=failure.status_code,
    )
