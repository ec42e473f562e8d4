"""Bearer-key check with OpenAI's 401 bodies; the presented key is never echoed whole."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from belugadesk.localapi.asgi import send_json
from belugadesk.localapi.errors import error_body

MISSING_KEY = (
    "You didn't provide an API key. You need to provide your API key in an Authorization header using "
    "Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if "
    "you're accessing the API from your browser and are prompted for a username. You can obtain an API key "
    "from https://platform.openai.com/account/api-keys."
)


def mask_key(key: str) -> str:
    """OpenAI's masking: the first 3 and last 3 characters survive, everything between becomes ``*``.

    Short keys (under 12 characters) would give too much away, so they are masked entirely.
    """
    if len(key) < 12:
        return "*" * len(key)
    return key[:3] + "*" * (len(key) - 6) + key[-3:]


def incorrect_key_message(key: str) -> str:
    return (
        f"Incorrect API key provided: {mask_key(key)}. "
        "You can find your API key at https://platform.openai.com/account/api-keys."
    )


class AuthMiddleware:
    """Rejects requests whose ``Authorization`` header does not carry the configured key."""

    def __init__(self, app: ASGIApp, api_key: str | None) -> None:
        self.app = app
        self.api_key = api_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.api_key is None:
            await self.app(scope, receive, send)
            return
        header = ""
        for name, value in scope.get("headers", []):
            if name == b"authorization":
                header = value.decode("latin-1")
                break
        scheme, _, presented = header.partition(" ")
        presented = presented.strip()
        if scheme.lower() != "bearer" or not presented:
            await send_json(send, 401, error_body(MISSING_KEY))
            return
        if presented != self.api_key:
            body = error_body(incorrect_key_message(presented), code="invalid_api_key")
            await send_json(send, 401, body)
            return
        await self.app(scope, receive, send)
