"""The offline demo's local API: one per app, started on first use on a worker thread."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from belugadesk.domain.errors import ConnectionFailed

if TYPE_CHECKING:
    from belugadesk.localapi import LocalApiServer

DEMO_DELTA_DELAY_S = 0.015  # the demo types like a fast model, so streaming is visible


class DemoServer:
    """The local API for demo profiles; start-up never waits for it (it starts when first asked for)."""

    def __init__(self, db_path: Path | None):
        self._db_path = db_path
        self._starting: asyncio.Future[LocalApiServer] | None = None  # the start, once asked for
        self._lock = asyncio.Lock()

    async def base_url(self) -> str:
        """The server's address, starting it first if needed; ``ConnectionFailed`` when it cannot start.

        A caller cancelled while the server starts leaves the start going; ``aclose`` stops what it started.
        """
        async with self._lock:
            if self._starting is None:
                self._starting = asyncio.get_running_loop().run_in_executor(None, self._start)
            try:
                server = await asyncio.shield(self._starting)
            except (OSError, RuntimeError) as exc:
                self._starting = None
                raise ConnectionFailed(
                    f"The offline demo server did not start: {exc}. Close other copies of the app, then "
                    "try again."
                ) from exc
            return server.base_url

    def _start(self) -> LocalApiServer:
        from belugadesk.localapi import LocalApiConfig, LocalApiServer

        server = LocalApiServer(LocalApiConfig(db_path=self._db_path, delta_delay_s=DEMO_DELTA_DELAY_S))
        server.start()
        return server

    async def aclose(self) -> None:
        """Stop the server if it was started, or is starting (on a worker thread: stopping waits for it)."""
        starting, self._starting = self._starting, None
        if starting is None:
            return
        try:
            server = await starting
        except (OSError, RuntimeError):
            return  # it never started
        await asyncio.get_running_loop().run_in_executor(None, server.stop)
