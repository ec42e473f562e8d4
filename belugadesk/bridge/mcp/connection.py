"""One MCP server's connection: started on first use, its session held by one task until it is stopped.

The SDK's transports and ``ClientSession`` are anyio context managers, which must be entered and left by the
same task: ``_hold`` is that task. It enters them, publishes the session, and waits for ``stop()``; leaving
the contexts ends the child process (stdin closed, then terminate, then kill) or the HTTP session.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import tempfile
from collections.abc import AsyncIterator, Callable
from typing import IO, Any

from belugadesk.domain.errors import BelugaError
from belugadesk.domain.mcp import (
    HttpTransport,
    McpSecretValues,
    McpServer,
    McpServerState,
    McpServerStatus,
    StdioTransport,
)
from belugadesk.domain.redaction import redact, register_secret
from belugadesk.domain.tasks import TaskSet

log = logging.getLogger(__name__)

SecretResolver = Callable[[McpServer], McpSecretValues]

_WHERE = "Settings → Tools"
_TAIL_BYTES = 4096  # how much of a server's stderr is read for its last line


class McpServerError(Exception):
    """A server could not be started or stopped answering; the message is a sentence for the person."""


def leaf(exc: BaseException) -> BaseException:
    """The first real error inside (nested) exception groups."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def describe(exc: BaseException) -> str:
    error = leaf(exc)
    text = redact(str(error)).strip()
    return f"{type(error).__name__}: {text[:300]}" if text else type(error).__name__


class ServerConnection:
    """Starts ``server`` when a session is first asked for, and keeps it until ``stop``."""

    def __init__(
        self, server: McpServer, secrets: SecretResolver, tasks: TaskSet, start_timeout: float
    ) -> None:
        self.server = server
        self._secrets = secrets
        self._tasks = tasks
        self._start_timeout = start_timeout
        self._lock = asyncio.Lock()
        self._session: Any = None
        self._holder: asyncio.Task[None] | None = None
        self._scope: Any = None  # the holder's anyio CancelScope: cancelling it stops the server
        self._stderr: IO[str] | None = None
        self.tools: list[Any] | None = None  # the SDK's Tool objects, listed once per start
        self.status = McpServerStatus(server_id=server.id, state=McpServerState.STOPPED)

    @property
    def label(self) -> str:
        return f"“{self.server.name}”"

    async def session(self) -> Any:
        """The running session, starting the server first if needed (raises ``McpServerError``)."""
        async with self._lock:
            if self._session is not None and self._holder is not None and not self._holder.done():
                return self._session
            await self._stop_holder()
            return await self._start()

    async def list_tools(self) -> list[Any]:
        session = await self.session()
        if self.tools is None:
            from mcp.types import PaginatedRequestParams

            tools: list[Any] = []
            cursor: str | None = None
            while True:
                params = PaginatedRequestParams(cursor=cursor) if cursor else None
                page = await session.list_tools(params=params)
                tools.extend(page.tools)
                cursor = page.next_cursor
                if not cursor:
                    break
            self.tools = tools
        return self.tools

    def stderr_tail(self) -> str:
        """The server's last line on stderr (stdio servers), for a sentence about a crash."""
        if self._stderr is None:
            return ""
        try:
            self._stderr.flush()
            end = self._stderr.seek(0, os.SEEK_END)
            self._stderr.seek(max(0, end - _TAIL_BYTES))
            lines = [line.strip() for line in self._stderr.read().splitlines() if line.strip()]
        except (OSError, ValueError, UnicodeDecodeError):
            return ""
        return redact(lines[-1])[:300] if lines else ""

    def failed(self, sentence: str) -> None:
        """The server stopped answering: remember why, and let the next use start it anew."""
        self.status = McpServerStatus(server_id=self.server.id, state=McpServerState.FAILED, problem=sentence)
        self._session = None
        self._cancel_holder()

    async def stop(self) -> None:
        async with self._lock:
            await self._stop_holder()
            if self.status.state is not McpServerState.FAILED:
                self.status = McpServerStatus(server_id=self.server.id, state=McpServerState.STOPPED)

    # --- inside ---------------------------------------------------------------------------------------

    async def _start(self) -> Any:
        self.status = McpServerStatus(server_id=self.server.id, state=McpServerState.STARTING)
        self.tools = None
        try:
            secrets = await asyncio.to_thread(self._secrets, self.server)
        except BelugaError as exc:  # a locked keyring, a secret not entered…: its sentence, nothing started
            raise self._fail(str(exc)) from None
        except Exception as exc:
            raise self._fail(f"The MCP server {self.label} could not start ({describe(exc)}).") from None
        for value in (*secrets.env.values(), *secrets.headers.values()):
            register_secret(value)
        ready: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._holder = self._tasks.start(self._hold(secrets, ready))
        try:
            async with asyncio.timeout(self._start_timeout):
                self._session = await asyncio.shield(ready)
        except TimeoutError:
            ready.cancel()  # whatever the holder says later is not awaited by anyone
            await self._stop_holder()
            raise self._fail(
                f"The MCP server {self.label} did not start within {self._start_timeout:g} s. "
                f"Check its command or URL in {_WHERE}, then try again."
            ) from None
        except McpServerError as exc:
            await self._stop_holder()
            raise self._fail(str(exc)) from None
        self.status = McpServerStatus(server_id=self.server.id, state=McpServerState.RUNNING)
        return self._session

    def _fail(self, sentence: str) -> McpServerError:
        self.status = McpServerStatus(server_id=self.server.id, state=McpServerState.FAILED, problem=sentence)
        log.warning("%s", sentence)
        return McpServerError(sentence)

    def _cancel_holder(self) -> None:
        """Make the holder leave its contexts, whatever it awaits (the start or the stop)."""
        if self._scope is not None:
            self._scope.cancel()  # the SDK's shielded shutdown then ends the process
        elif self._holder is not None:
            self._holder.cancel()  # not started yet: nothing entered, nothing to end

    async def _stop_holder(self) -> None:
        holder = self._holder
        self._session = None
        self._cancel_holder()
        self._holder = None
        if holder is not None and not holder.done():
            await asyncio.gather(holder, return_exceptions=True)
        if self._stderr is not None:
            with contextlib.suppress(OSError):
                self._stderr.close()
            self._stderr = None

    async def _hold(self, secrets: McpSecretValues, ready: asyncio.Future[Any]) -> None:
        import anyio
        from mcp import ClientSession

        try:
            with anyio.CancelScope() as self._scope:
                async with self._transport(secrets) as (read, write), ClientSession(read, write) as session:
                    await session.initialize()
                    if not ready.done():
                        ready.set_result(session)
                    await anyio.sleep_forever()
        except Exception as exc:
            if not ready.done():
                ready.set_exception(McpServerError(self._start_failure(exc)))
            else:
                log.info("MCP server %s ended: %s", self.server.name, describe(exc))
        finally:
            self._scope = None
            if not ready.done():  # ended before it was ready, without an error of its own
                ready.set_exception(McpServerError(f"The MCP server {self.label} stopped while starting."))

    def _start_failure(self, exc: Exception) -> str:
        error = leaf(exc)
        transport = self.server.transport
        if isinstance(transport, StdioTransport):
            if isinstance(error, FileNotFoundError | PermissionError):
                return (
                    f"The MCP server {self.label} could not start: the command “{transport.command}” "
                    f"{'was not found' if isinstance(error, FileNotFoundError) else 'is not allowed to run'}"
                    f". Check its command in {_WHERE}."
                )
            tail = self.stderr_tail()
            said = f" Its last message: “{tail}”." if tail else ""
            return (
                f"The MCP server {self.label} stopped while starting ({describe(error)}).{said} "
                f"Check its command, arguments and environment in {_WHERE}, then try again."
            )
        return (
            f"The MCP server {self.label} at {transport.url} could not be reached ({describe(error)}). "
            f"Check that it is running and its URL and headers in {_WHERE}."
        )

    @contextlib.asynccontextmanager
    async def _transport(self, secrets: McpSecretValues) -> AsyncIterator[tuple[Any, Any]]:
        transport = self.server.transport
        if isinstance(transport, StdioTransport):
            from mcp import StdioServerParameters, stdio_client

            self._stderr = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")  # noqa: SIM115
            params = StdioServerParameters(
                command=transport.command,
                args=list(transport.args),
                env={**transport.env, **secrets.env},
                cwd=transport.cwd or None,
            )
            async with stdio_client(params, errlog=self._stderr) as streams:
                yield streams
            return
        assert isinstance(transport, HttpTransport)
        from mcp.client.streamable_http import streamable_http_client
        from mcp.shared._httpx_utils import create_mcp_http_client

        async with (
            create_mcp_http_client(headers={**transport.headers, **secrets.headers}) as client,
            streamable_http_client(transport.url, http_client=client) as streams,
        ):
            yield streams
