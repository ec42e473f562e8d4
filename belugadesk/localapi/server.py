"""Run the local API with uvicorn in a daemon thread (own event loop) on a loopback port."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import socket
import threading
import time
from types import TracebackType

import uvicorn

from belugadesk.localapi.app import create_app
from belugadesk.localapi.config import LocalApiConfig
from belugadesk.localapi.faults import FaultInjector

log = logging.getLogger(__name__)

START_TIMEOUT_S = 10.0
SHUTDOWN_GRACE_S = 2.0  # how long stopping jobs may take to settle before their tasks are cancelled outright


class LocalApiServer:
    """``with LocalApiServer() as server: OpenAI(base_url=server.base_url, api_key="x")``."""

    def __init__(self, config: LocalApiConfig | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.config = config or LocalApiConfig()
        self.host = host
        self.port = port
        self.faults = FaultInjector()
        self.app = create_app(self.config, faults=self.faults)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def start(self) -> LocalApiServer:
        """Bind (a free port when 0), serve in a daemon thread, return once connections are accepted."""
        if self._thread is not None:
            raise RuntimeError("the local API server is already running")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # accepted connections inherit this: no 40 ms Nagle/delayed-ACK stalls between small writes
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        self._socket = sock
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            log_config=None,  # leave the host application's logging configuration alone
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name=f"localapi-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the local API did not start on {self.host}:{self.port}")
            time.sleep(0.01)
        return self

    def _serve(self) -> None:
        assert self._server is not None and self._socket is not None
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            loop.run_until_complete(self._server.serve(sockets=[self._socket]))
        finally:
            # background runs/responses still going when the server stops are cancelled, not leaked
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            asyncio.set_event_loop(None)
            loop.close()

    def stop(self) -> None:
        """Shut down and wait for the thread; closes the listening socket.

        Work still going (streams, background responses and runs) is stopped first, as cancelled, and its
        tasks awaited, so nothing is left pending when the loop closes.
        """
        self._settle_jobs()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()
        self._thread = None
        self._server = None
        self._socket = None
        self._loop = None
        self.app.state.api.store.close()

    def _settle_jobs(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive() or loop.is_closed():
            return
        state = self.app.state.api
        try:
            done = asyncio.run_coroutine_threadsafe(state.shutdown(SHUTDOWN_GRACE_S), loop)
        except RuntimeError:  # the loop closed meanwhile: its own cleanup has cancelled the tasks
            return
        try:
            done.result(timeout=SHUTDOWN_GRACE_S + 5)
        except concurrent.futures.TimeoutError:
            done.cancel()
            log.warning("The local API's background work did not stop in time; it is cancelled at exit.")

    def __enter__(self) -> LocalApiServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
