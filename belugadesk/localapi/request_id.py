"""``x-request-id`` on every response (``req_`` + 32 hex digits), as OpenAI sends it.

The openai SDK exposes it as ``exc.request_id`` on errors and ``obj._request_id`` on results. The middleware
wraps the whole application, Starlette's own 500 handler included, so no response goes out without one.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from belugadesk.localapi.ids import new_id

HEADER = b"x-request-id"


class RequestIdMiddleware:
    """Pure ASGI (streamed bodies pass through unbuffered): adds the header to each response start."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = new_id("req_").encode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(k.lower() == HEADER for k, _ in headers):  # an injected fault may bring its own
                    message = {**message, "headers": [*headers, (HEADER, request_id)]}
            await send(message)

        await self.app(scope, receive, send_with_id)
