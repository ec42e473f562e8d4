"""Server-sent events: ``event: <name>`` + ``data: <json>`` frames, streamed without buffering."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def frame(event: str, data: Any) -> bytes:
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    return f"event: {event}\ndata: {payload}\n\n".encode()


class _EventStream(StreamingResponse):
    """Closes its frames at once when the client goes away or the connection breaks (Starlette leaves them
    to the garbage collector), so a cut-off reply is settled (kept as cancelled) right then."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            close = getattr(self.body_iterator, "aclose", None)
            if close is not None:
                await close()


def sse_response(frames: AsyncIterator[bytes]) -> StreamingResponse:
    return _EventStream(frames, media_type="text/event-stream", headers=SSE_HEADERS)
