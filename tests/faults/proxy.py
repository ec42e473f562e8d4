"""A misbehaving HTTP proxy on 127.0.0.1, in front of the local API, scripted per test.

The local API always answers well-formed HTTP; real networks and servers do not. Each request the proxy
receives is matched against the script (method and path regex, first match, each rule used ``times``
times); unmatched requests are relayed to the upstream server unchanged. What a rule can do:

- :meth:`Proxy.respond` — answer itself (a 429 with ``retry-after``, a 500/503, an error body that echoes
  the key…);
- :meth:`Proxy.reset` — read the request, then reset the connection before the first byte of an answer;
- :meth:`Proxy.hang` — read the request, then say nothing until the client gives up;
- :meth:`Proxy.cut_stream` — relay the upstream answer's first ``after_events`` server-sent events, then
  reset the connection, stall (headers and events sent, then silence), send ``garbage`` (a malformed or
  unexpected event) and end the body, or end the body cleanly with no terminal event.

The proxy speaks HTTP/1.1 with one request per connection (every answer says ``Connection: close``), runs
its own asyncio loop on a thread, and records the requests it saw (``requests``; with their bodies,
``bodies``).
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import struct
import threading
from dataclasses import dataclass, field
from typing import Any, Literal

Then = Literal["reset", "stall", "garbage", "end"]


@dataclass
class Rule:
    method: str
    path: re.Pattern[str]
    action: Literal["respond", "reset", "hang", "cut"]
    times: int = 1
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    after_events: int = 0
    then: Then = "reset"
    garbage: bytes = b""


@dataclass
class _Head:
    first_line: bytes
    headers: list[tuple[str, str]]

    def get(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name), None)

    def encode(self, **replace: str) -> bytes:
        """The head with ``replace`` headers (``connection="close"``) set in place of any present."""
        names = {k.replace("_", "-") for k in replace}
        kept = [(k, v) for k, v in self.headers if k.lower() not in names]
        lines = [self.first_line] + [f"{k}: {v}".encode("latin-1") for k, v in kept]
        lines += [f"{k.replace('_', '-')}: {v}".encode("latin-1") for k, v in replace.items()]
        return b"\r\n".join(lines) + b"\r\n\r\n"


async def _read_head(reader: asyncio.StreamReader) -> _Head | None:
    try:
        raw = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    first, *rest = raw[:-4].split(b"\r\n")
    headers = []
    for line in rest:
        name, _, value = line.decode("latin-1").partition(":")
        headers.append((name.strip(), value.strip()))
    return _Head(first, headers)


def _abort_with_reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP RST (SO_LINGER 0): the client sees 'connection reset by peer'."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


class Proxy:
    """``with Proxy(upstream_base_url) as proxy:`` — ``proxy.base_url`` replaces the upstream's."""

    def __init__(self, upstream_base_url: str) -> None:
        match = re.match(r"http://([^:/]+):(\d+)(/.*)?$", upstream_base_url)
        assert match, upstream_base_url
        self.upstream = (match.group(1), int(match.group(2)))
        self.prefix = match.group(3) or ""
        self.requests: list[tuple[str, str]] = []
        self.bodies: list[tuple[str, str, bytes]] = []  # each request's method, path and body
        self._rules: list[Rule] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fault-proxy", daemon=True)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    # --- lifecycle ----------------------------------------------------------------------------------

    def __enter__(self) -> Proxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.prefix}"

    # --- the script ---------------------------------------------------------------------------------

    def _add(self, method: str, path: str, action: Any, **kwargs: Any) -> None:
        with self._lock:
            self._rules.append(Rule(method.upper(), re.compile(path), action, **kwargs))

    def respond(
        self,
        method: str,
        path: str,
        status: int,
        body: dict[str, Any],
        *,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        payload = json.dumps(body).encode()
        extra = dict(headers or {})
        self._add(method, path, "respond", status=status, body=payload, headers=extra, times=times)

    def reset(self, method: str, path: str, *, times: int = 1) -> None:
        self._add(method, path, "reset", times=times)

    def hang(self, method: str, path: str, *, times: int = 1) -> None:
        self._add(method, path, "hang", times=times)

    def cut_stream(
        self, method: str, path: str, *, after_events: int, then: Then, garbage: bytes = b"", times: int = 1
    ) -> None:
        self._add(method, path, "cut", after_events=after_events, then=then, garbage=garbage, times=times)

    @property
    def pending(self) -> int:
        with self._lock:
            return sum(r.times for r in self._rules)

    def _take(self, method: str, path: str) -> Rule | None:
        with self._lock:
            for rule in self._rules:
                if rule.method == method and rule.path.search(path):
                    rule.times -= 1
                    if rule.times <= 0:
                        self._rules.remove(rule)
                    return rule
        return None

    # --- serving ------------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._one_request(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # the client went away, or the proxy stops
        finally:
            self._tasks.discard(task)
            if not writer.transport.is_closing():
                writer.close()

    async def _one_request(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await _read_head(reader)
        if head is None:
            return
        body = await reader.readexactly(int(head.get("content-length") or 0))
        method, path = head.first_line.decode("latin-1").split(" ")[:2]
        path = path.split("?", 1)[0]
        self.requests.append((method, path))
        self.bodies.append((method, path, body))
        rule = self._take(method, path)
        if rule is None or rule.action == "cut":
            await self._relay(head, body, writer, rule)
        elif rule.action == "respond":
            reason = b"Error" if rule.status >= 400 else b"OK"
            answer = _Head(b"HTTP/1.1 %d %s" % (rule.status, reason), list(rule.headers.items()))
            length = str(len(rule.body))
            writer.write(
                answer.encode(content_type="application/json", content_length=length, connection="close")
                + rule.body
            )
            await writer.drain()
        elif rule.action == "reset":
            _abort_with_reset(writer)
        else:  # hang: until the client gives up
            await reader.read()

    async def _relay(self, head: _Head, body: bytes, writer: asyncio.StreamWriter, rule: Rule | None) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        try:
            up_writer.write(head.encode(connection="close") + body)
            await up_writer.drain()
            answer = await _read_head(up_reader)
            if answer is None:
                _abort_with_reset(writer)
                return
            writer.write(answer.encode(connection="close"))
            if (answer.get("transfer-encoding") or "").lower() != "chunked":
                writer.write(await up_reader.read())
                await writer.drain()
                return
            await self._relay_chunks(up_reader, writer, rule)
        finally:
            up_writer.close()

    async def _relay_chunks(
        self, up_reader: asyncio.StreamReader, writer: asyncio.StreamWriter, rule: Rule | None
    ) -> None:
        """Relay a chunked body one server-sent event per chunk, acting on ``rule`` after its events."""
        buffer = b""
        sent = 0
        while True:
            size = int((await up_reader.readuntil(b"\r\n")).strip() or b"0", 16)
            data = (await up_reader.readexactly(size + 2))[:-2]
            if size == 0:
                if buffer:
                    writer.write(_chunk(buffer))
                writer.write(b"0\r\n\r\n")
                await writer.drain()
                return
            buffer += data
            while b"\n\n" in buffer:
                event, buffer = buffer.split(b"\n\n", 1)
                if rule is not None and sent >= rule.after_events:
                    await self._misbehave(writer, rule)
                    return
                writer.write(_chunk(event + b"\n\n"))
                await writer.drain()
                sent += 1

    async def _misbehave(self, writer: asyncio.StreamWriter, rule: Rule) -> None:
        if rule.then == "reset":
            _abort_with_reset(writer)
        elif rule.then in ("garbage", "end"):
            writer.write((_chunk(rule.garbage) if rule.garbage else b"") + b"0\r\n\r\n")
            await writer.drain()
        else:  # stall: the connection stays open and silent until the client gives up
            await asyncio.Event().wait()
