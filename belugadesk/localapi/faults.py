"""Fault injection for tests: the next matching request(s) get an error in OpenAI's shape."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from belugadesk.localapi.asgi import send_json
from belugadesk.localapi.errors import error_body
from belugadesk.localapi.fault_cuts import CutMode, serve_cut

_DEFAULT_TYPES = {
    400: ("invalid_request_error", "Invalid request."),
    401: ("invalid_request_error", "Incorrect API key provided."),
    403: ("invalid_request_error", "You are not allowed to sample from this model."),
    404: ("invalid_request_error", "The requested resource was not found."),
    409: ("invalid_request_error", "The request conflicts with the current state."),
    429: ("requests", "Rate limit reached. Please try again later."),
    500: ("server_error", "The server had an error while processing your request. Sorry about that!"),
    503: ("server_error", "The engine is currently overloaded, please try again later."),
}


@dataclass
class Fault:
    method: str
    pattern: re.Pattern[str]
    status: int
    body: dict[str, Any]
    headers: dict[str, str]
    remaining: int
    cut: CutMode | None = None  # a transport fault instead of an error answer (see ``fault_cuts``)
    after_chunks: int = 0


class FaultInjector:
    """Thread-safe list of pending faults (tests add them from their own thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(
        self,
        method: str,
        path_regex: str,
        status: int,
        *,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` requests whose method matches and whose path (e.g. ``/v1/responses``)
        matches ``path_regex`` (``re.search``) with ``status``. ``body`` defaults to OpenAI's error shape."""
        if body is None:
            kind, message = _DEFAULT_TYPES.get(status, ("api_error", f"Error {status}."))
            body = error_body(message, type=kind)
        fault = Fault(method.upper(), re.compile(path_regex), status, body, dict(headers or {}), times)
        with self._lock:
            self._faults.append(fault)

    def add_cut(
        self, method: str, path_regex: str, mode: CutMode, *, after_chunks: int = 0, times: int = 1
    ) -> None:
        """The next ``times`` matching requests ``hang``, ``stall`` or ``drop`` their connection after
        ``after_chunks`` body chunks (for a streamed reply, one chunk is one server-sent event)."""
        fault = Fault(method.upper(), re.compile(path_regex), 0, {}, {}, times, mode, after_chunks)
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, method: str, path: str) -> Fault | None:
        """The first pending fault matching this request, consuming one of its uses."""
        with self._lock:
            for fault in self._faults:
                if fault.method == method.upper() and fault.pattern.search(path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    @property
    def pending(self) -> int:
        with self._lock:
            return sum(f.remaining for f in self._faults)


class FaultMiddleware:
    def __init__(self, app: ASGIApp, faults: FaultInjector) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            fault = self.faults.take(scope["method"], scope["path"])
            if fault is not None and fault.cut is not None:
                await serve_cut(self.app, scope, receive, send, fault.cut, fault.after_chunks)
                return
            if fault is not None:
                await send_json(send, fault.status, fault.body, fault.headers)
                return
        await self.app(scope, receive, send)
