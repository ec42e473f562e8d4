"""``McpManager``: the app's MCP servers, each started on first use, on one worker thread of their own.

The servers live on a private asyncio loop in a daemon thread, so a slow or stuck server never holds the
UI's loop, and the SDK's anyio task groups never meet qasync. Every public coroutine runs its work on that
loop and awaits it from the caller's loop; cancelling the caller (the chat's Stop) cancels the work there,
which cancels the MCP request. ``call`` never raises for a tool's failure: a crashed, hung or refusing server
and invalid arguments all come back as an error result the model reads and the person sees.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Coroutine, Iterable, Sequence
from concurrent.futures import Future
from typing import Any, TypeVar

from belugadesk.domain.mcp import (
    McpSecretValues,
    McpServer,
    McpServerState,
    McpServerStatus,
    McpToolCatalog,
    McpToolInfo,
    McpToolResult,
)
from belugadesk.domain.tasks import TaskSet

from .connection import McpServerError, SecretResolver, ServerConnection, describe
from .naming import server_slugs, tool_function_names
from .results import tool_error, tool_result

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_CALL_TIMEOUT = 120.0
DEFAULT_START_TIMEOUT = 30.0
_WHERE = "Settings → Tools"


def no_secrets(server: McpServer) -> McpSecretValues:
    return McpSecretValues()


class McpManager:
    """The configured servers, their tools as function tools, and calls to them."""

    def __init__(
        self,
        servers: Sequence[McpServer] = (),
        secrets: SecretResolver = no_secrets,
        *,
        call_timeout: float = DEFAULT_CALL_TIMEOUT,
        start_timeout: float = DEFAULT_START_TIMEOUT,
    ) -> None:
        self._secrets = secrets
        self.call_timeout = call_timeout
        self._start_timeout = start_timeout
        self._servers: dict[str, McpServer] = {s.id: s for s in servers}
        self._connections: dict[str, ServerConnection] = {}
        self._names: dict[str, tuple[str, str]] = {}  # function name -> (server id, tool name)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._tasks: TaskSet | None = None
        self._thread_lock = threading.Lock()
        self._closed = False

    # --- configuration -------------------------------------------------------------------------------

    @property
    def servers(self) -> tuple[McpServer, ...]:
        return tuple(self._servers.values())

    async def set_servers(self, servers: Sequence[McpServer]) -> None:
        """Use ``servers`` from now on; a server removed, disabled or changed is stopped."""
        await self._on_worker(self._set_servers(list(servers)))

    # --- tools ---------------------------------------------------------------------------------------

    async def list_tools(self, server_ids: Iterable[str] | None = None) -> McpToolCatalog:
        """The tools of the enabled servers (all, or those in ``server_ids``), starting them as needed.

        A server that cannot start is left out and named in the catalog's ``problems``.
        """
        wanted = None if server_ids is None else set(server_ids)
        return await self._on_worker(self._list_tools(wanted))

    def lookup(self, function_name: str) -> tuple[str, str] | None:
        """``(server id, tool name)`` for a function name a listing gave, or None."""
        return self._names.get(function_name)

    async def call(self, function_name: str, arguments: str | dict[str, Any]) -> McpToolResult:
        """Call the tool offered as ``function_name`` with the model's ``arguments`` (JSON text or a dict).

        Returns within the call timeout; every failure is an error result. Cancelling the caller cancels
        the request on the server.
        """
        return await self._on_worker(self._call(function_name, arguments))

    async def restart(self, server_id: str) -> McpServerStatus:
        """Stop the server and start it again; the status says whether it runs now."""
        return await self._on_worker(self._restart(server_id))

    def status(self, server_id: str) -> McpServerStatus:
        connection = self._connections.get(server_id)
        if connection is None:
            return McpServerStatus(server_id=server_id, state=McpServerState.STOPPED)
        return connection.status

    async def aclose(self) -> None:
        """Stop every server (no process outlives the app) and the worker thread."""
        with self._thread_lock:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        done = asyncio.run_coroutine_threadsafe(self._stop_all(), loop)
        await asyncio.wrap_future(done)
        loop.call_soon_threadsafe(loop.stop)
        await asyncio.to_thread(thread.join)

    # --- on the worker loop ----------------------------------------------------------------------------

    async def _on_worker(self, coroutine: Coroutine[Any, Any, T]) -> T:
        try:
            loop = self._worker_loop()
        except RuntimeError:
            coroutine.close()
            raise
        future: Future[T] = asyncio.run_coroutine_threadsafe(coroutine, loop)
        return await asyncio.wrap_future(future)

    def _worker_loop(self) -> asyncio.AbstractEventLoop:
        with self._thread_lock:
            if self._closed:
                raise RuntimeError("The MCP servers were stopped (the app is closing).")
            if self._loop is None:
                loop = asyncio.new_event_loop()
                started = threading.Event()

                def run() -> None:
                    asyncio.set_event_loop(loop)
                    self._tasks = TaskSet()
                    loop.call_soon(started.set)
                    try:
                        loop.run_forever()
                    finally:
                        loop.close()

                self._thread = threading.Thread(target=run, name="belugadesk-mcp", daemon=True)
                self._thread.start()
                started.wait()
                self._loop = loop
            return self._loop

    def _connection(self, server: McpServer) -> ServerConnection:
        connection = self._connections.get(server.id)
        if connection is None:
            assert self._tasks is not None
            connection = ServerConnection(server, self._secrets, self._tasks, self._start_timeout)
            self._connections[server.id] = connection
        return connection

    async def _set_servers(self, servers: list[McpServer]) -> None:
        self._servers = {s.id: s for s in servers}
        for server_id, connection in list(self._connections.items()):
            if self._servers.get(server_id) != connection.server:
                del self._connections[server_id]
                await connection.stop()

    async def _list_tools(self, wanted: set[str] | None) -> McpToolCatalog:
        servers = [s for s in self._servers.values() if s.enabled and (wanted is None or s.id in wanted)]
        slugs = server_slugs(self._servers.values())
        listings = await asyncio.gather(
            *(self._connection(s).list_tools() for s in servers), return_exceptions=True
        )
        tools: list[McpToolInfo] = []
        problems: dict[str, str] = {}
        for server, listing in zip(servers, listings, strict=True):
            if isinstance(listing, BaseException):
                if not isinstance(listing, Exception):
                    raise listing
                problems[server.id] = self._listing_problem(server, listing)
                continue
            by_name = {tool.name: tool for tool in listing}
            for function_name, tool_name in tool_function_names(slugs[server.id], by_name).items():
                tool = by_name[tool_name]
                self._names[function_name] = (server.id, tool_name)
                annotations = tool.annotations
                tools.append(
                    McpToolInfo(
                        server_id=server.id,
                        server_name=server.name,
                        name=tool_name,
                        function_name=function_name,
                        title=tool.title or (annotations.title if annotations and annotations.title else ""),
                        description=tool.description or "",
                        input_schema=tool.input_schema,
                        read_only=bool(annotations and annotations.read_only_hint),
                        annotations=annotations.model_dump(by_alias=True, exclude_none=True)
                        if annotations
                        else {},
                    )
                )
        return McpToolCatalog(tools=tuple(tools), problems=problems)

    def _listing_problem(self, server: McpServer, error: Exception) -> str:
        if isinstance(error, McpServerError):
            return str(error)
        sentence = (
            f"The MCP server “{server.name}” did not list its tools ({describe(error)}). "
            f"Restart it in {_WHERE}, or check that it is an MCP server."
        )
        self._connection(server).failed(sentence)
        return sentence

    async def _call(self, function_name: str, arguments: str | dict[str, Any]) -> McpToolResult:
        target = self._names.get(function_name)
        server = self._servers.get(target[0]) if target else None
        if target is None or server is None or not server.enabled:
            return tool_error(
                function_name, f"There is no tool named {function_name}; it may have been removed."
            )
        tool = target[1]
        parsed = _parse_arguments(arguments)
        if isinstance(parsed, str):
            return tool_error(function_name, parsed)
        connection = self._connection(server)
        try:
            session = await connection.session()
        except McpServerError as exc:
            return tool_error(function_name, str(exc))
        try:
            async with asyncio.timeout(self.call_timeout):
                result = await session.call_tool(tool, parsed)
        except TimeoutError:
            return tool_error(
                function_name,
                f"“{tool}” on the MCP server “{server.name}” did not answer within {self.call_timeout:g} s, "
                f"so the call was stopped. If the server seems stuck, restart it in {_WHERE}.",
            )
        except Exception as exc:
            return tool_error(function_name, self._call_failure(connection, tool, exc))
        return tool_result(function_name, result)

    def _call_failure(self, connection: ServerConnection, tool: str, exc: Exception) -> str:
        from mcp import MCPError

        if isinstance(exc, MCPError) and "closed" not in exc.error.message.lower():
            # The server answered with a protocol error (unknown tool, bad parameters…): it still runs.
            return f"The MCP server “{connection.server.name}” refused the call of “{tool}”: {describe(exc)}."
        sentence = (
            f"The MCP server “{connection.server.name}” stopped while running “{tool}” ({describe(exc)}). "
            f"It starts again on the next call; if it keeps stopping, check it in {_WHERE}."
        )
        connection.failed(sentence)
        return sentence

    async def _restart(self, server_id: str) -> McpServerStatus:
        server = self._servers.get(server_id)
        if server is None:
            return McpServerStatus(
                server_id=server_id, state=McpServerState.FAILED, problem="This MCP server was removed."
            )
        connection = self._connection(server)
        await connection.stop()
        connection.status = McpServerStatus(server_id=server_id, state=McpServerState.STOPPED)
        try:
            await connection.list_tools()
        except McpServerError:
            pass
        except Exception as exc:
            self._listing_problem(server, exc)
        return connection.status

    async def _stop_all(self) -> None:
        connections, self._connections = list(self._connections.values()), {}
        await asyncio.gather(*(c.stop() for c in connections), return_exceptions=True)
        if self._tasks is not None:
            await self._tasks.aclose()


def _parse_arguments(arguments: str | dict[str, Any]) -> dict[str, Any] | str:
    """The arguments as an object, or a sentence saying why they are not one."""
    if isinstance(arguments, str):
        if not arguments.strip():
            return {}
        try:
            arguments = json.loads(arguments)
        except json.JSONDecodeError as exc:
            return f"The arguments are not valid JSON ({exc.msg} at character {exc.pos}); send a JSON object."
    if not isinstance(arguments, dict):
        return "The arguments must be a JSON object."
    return arguments
