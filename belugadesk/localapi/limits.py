"""Request-size limits: 413 with OpenAI's error body before a too-large body is read into memory.

The limits come from :class:`~belugadesk.localapi.config.LocalApiConfig`: by default a file upload
(``multipart/form-data``) may be as large as OpenAI accepts for one file (512 MB, plus 1 MB for the form's
other fields); every other body (JSON) up to 50 MB, OpenAI's limit for one request's payload (base64 images
included). A declared ``Content-Length`` over the limit is refused at once; a chunked body is counted as
it arrives and refused as soon as it passes the limit.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from belugadesk.localapi.asgi import send_json
from belugadesk.localapi.errors import error_body


class _TooLarge(Exception):
    pass


def too_large_body(size: int | None, limit: int) -> dict[str, object]:
    got = f" ({size} bytes)" if size is not None else ""
    return error_body(
        f"The request body is too large{got}: this endpoint accepts at most {limit} bytes.",
        code="request_too_large",
    )


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return ""


class RequestLimitMiddleware:
    """Pure ASGI, so streamed responses pass through unbuffered."""

    def __init__(self, app: ASGIApp, *, max_json_bytes: int, max_upload_bytes: int) -> None:
        self.app = app
        self.max_json_bytes = max_json_bytes
        self.max_upload_bytes = max_upload_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        multipart = _header(scope, b"content-type").lower().startswith("multipart/form-data")
        limit = self.max_upload_bytes if multipart else self.max_json_bytes
        declared = _header(scope, b"content-length")
        if declared.isdigit() and int(declared) > limit:
            await send_json(send, 413, too_large_body(int(declared), limit))
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if started:
                raise
            await send_json(send, 413, too_large_body(None, limit))
