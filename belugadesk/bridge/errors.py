"""Turns the SDK's exceptions into domain errors with a sentence a person can act on.

The key never appears: server messages are scrubbed of anything key-shaped before they are quoted.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from belugadesk.domain.errors import (
    ApiError,
    AuthenticationFailed,
    BadRequest,
    ConnectionFailed,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    TimedOut,
)

_KEY_PATTERN = re.compile(r"(sk-[A-Za-z0-9_\-\*\.]{3,}|Bearer\s+\S+)")


def scrub(text: str) -> str:
    """Remove anything that looks like an API key or bearer token."""
    return _KEY_PATTERN.sub("[redacted]", text)


def _server_message(exc: BaseException) -> str:
    body = getattr(exc, "body", None)
    message = None
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict):
            message = error.get("message")
    if not message:
        message = getattr(exc, "message", None) or str(exc)
    return scrub(str(message)).strip().rstrip(".")


def _retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    for name in ("retry-after-ms", "retry-after"):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value)
        except ValueError:
            continue
        return seconds / 1000 if name == "retry-after-ms" else seconds
    return None


def map_sdk_error(
    exc: BaseException, *, what: str = "The requested item", host: str | None = None
) -> ApiError:
    """Map an ``openai`` exception (or any exception from a call) to an ``ApiError``."""
    import openai  # already imported whenever an SDK exception exists

    request_id = getattr(exc, "request_id", None)
    status = getattr(exc, "status_code", None)
    kwargs = {"request_id": request_id, "status_code": status}
    if isinstance(exc, openai.APITimeoutError):
        return TimedOut(
            "The server did not answer in time. Check your connection, or raise the request timeout in "
            "Settings → Profiles.",
            **kwargs,
        )
    if isinstance(exc, openai.APIConnectionError):
        where = host or _host_of(exc) or "the server"
        return ConnectionFailed(
            f"Could not reach {where}. Check your network connection and the profile's base URL.", **kwargs
        )
    if isinstance(exc, openai.AuthenticationError):
        return AuthenticationFailed(
            "The API key was rejected (401). Check the key in Settings → Profiles.", **kwargs
        )
    if isinstance(exc, openai.PermissionDeniedError):
        return PermissionDenied(
            f"The API key is not allowed to do this (403): {_server_message(exc)}. "
            "Check the key's project and organization.",
            **kwargs,
        )
    if isinstance(exc, openai.NotFoundError):
        return NotFound(f"{what} was not found on the server (404).", **kwargs)
    if isinstance(exc, openai.RateLimitError):
        retry_after = _retry_after(exc)
        body = getattr(exc, "body", None)
        code = body.get("code") if isinstance(body, dict) else None
        if code == "insufficient_quota":
            return RateLimited(
                "Your API quota is used up (429). Check your plan and billing.", retry_after_s=None, **kwargs
            )
        wait = f" Try again in {retry_after:g} s." if retry_after else " Try again in a moment."
        return RateLimited(
            f"The server is limiting requests (429).{wait}", retry_after_s=retry_after, **kwargs
        )
    if isinstance(exc, openai.BadRequestError | openai.UnprocessableEntityError | openai.ConflictError):
        return BadRequest(f"The server rejected the request ({status}): {_server_message(exc)}.", **kwargs)
    if isinstance(exc, openai.InternalServerError):
        return ServerError(f"The server had an internal error ({status}). Try again in a moment.", **kwargs)
    if isinstance(exc, openai.APIStatusError):
        return ApiError(f"The server answered with an error ({status}): {_server_message(exc)}.", **kwargs)
    if isinstance(exc, ApiError):
        return exc
    return ApiError(f"Unexpected error while talking to the server: {scrub(str(exc)) or type(exc).__name__}.")


def _host_of(exc: BaseException) -> str | None:
    request = getattr(exc, "request", None)
    url = getattr(request, "url", None)
    if url is None:
        return None
    return urlsplit(str(url)).netloc or None
