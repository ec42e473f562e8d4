"""Faults of the transport, for tests: a server that hangs, stalls mid-stream or drops the connection.

``hang``: the request is never passed on and nothing is answered until the client goes away.
``stall``: the response starts and the first ``after_chunks`` body chunks go out, then nothing more; the
handler is left waiting (and sees the client go away as a disconnect).
``drop``: the first ``after_chunks`` body chunks go out, then the connection is closed mid-response.
"""

from __future__ import annotations

import asyncio
from typing import Literal

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CutMode = Literal["hang", "stall", "drop"]


class _Dropped(Exception):
    """Raised from ``send`` to abandon the response: the server closes the connection unfinished."""


async def _until_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def serve_cut(
    app: ASGIApp, scope: Scope, receive: Receive, send: Send, mode: CutMode, after_chunks: int
) -> None:
    """Serve one request with the transport fault ``mode``."""
    if mode == "hang":
        await _until_disconnect(receive)
        return
    sent = 0

    async def cut_send(message: Message) -> None:
        nonlocal sent
        if message["type"] == "http.response.body" and message.get("body"):
            if sent >= after_chunks:
                if mode == "drop":
                    raise _Dropped
                await asyncio.Event().wait()  # stalled: cancelled when the client goes away
            sent += 1
        await send(message)

    try:
        await app(scope, receive, cut_send)
    except _Dropped:
        return  # the response is unfinished: the server closes the connection
