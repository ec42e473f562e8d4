"""Turns the SDK's exceptions into domain errors with a sentence a person can act on.

Every sentence says what happened and what to do, and carries the server's request id when there is one
(``str(error)`` appends it). The key never appears: server messages are scrubbed of anything key-shaped
before they are quoted, and the SDK's exception (whose text may quote a masked key) is never shown.

``openai`` is not imported here at module level: only :func:`map_sdk_error` imports it, and only once an
exception exists (which means ``openai`` is already loaded).
"""

from __future__ import annotations

import re
from typing import Any
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

_KEY_PATTERN = re.compile(r"(sk-[A-Za-z0-9_\-\*\.]{3,}|Bearer\s+\S+|(?<![A-Za-z])key-[A-Za-z0-9]{16,})")

TIMEOUT_SENTENCE = (
    "The server did not answer in time. Check your connection, or raise the request timeout in "
    "Settings → Profiles."
)


def scrub(text: str) -> str:
    """Remove anything that looks like an API key or bearer token."""
    return _KEY_PATTERN.sub("[redacted]", text)


def _error_body(exc: BaseException) -> dict[str, Any]:
    """The ``error`` object of the server's answer (the SDK already unwraps ``{"error": {...}}``)."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return inner
    return {}


def _server_message(exc: BaseException) -> str:
    message = _error_body(exc).get("message")
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
    """Map an ``openai`` exception (or a transport error from a stream) to an ``ApiError``.

    ``what`` names the thing a 404 is about ("The conversation", "The file", …).
    """
    import openai  # already imported whenever an SDK exception exists

    if isinstance(exc, ApiError):
        return exc
    status = getattr(exc, "status_code", None)
    kwargs: dict[str, Any] = {"request_id": getattr(exc, "request_id", None), "status_code": status}
    if isinstance(exc, openai.APITimeoutError) or _is_transport(exc, "TimeoutException"):
        return TimedOut(TIMEOUT_SENTENCE, **kwargs)
    if isinstance(exc, openai.APIConnectionError) or _is_transport(exc, "TransportError"):
        where = host or _host_of(exc) or "the server"
        return ConnectionFailed(
            f"Could not reach {where}. Check your network connection and the profile's base URL.", **kwargs
        )
    if isinstance(exc, openai.APIStatusError):
        return _status_error(exc, what, status, kwargs)
    if isinstance(exc, openai.APIError):  # an error event inside a stream
        return ApiError(f"The server reported an error: {_server_message(exc)}.", **kwargs)
    return ApiError(f"Unexpected error while talking to the server: {scrub(str(exc)) or type(exc).__name__}.")


def _status_error(exc: Any, what: str, status: int | None, kwargs: dict[str, Any]) -> ApiError:
    import openai

    code = _error_body(exc).get("code") or getattr(exc, "code", None)
    kind = _error_body(exc).get("type") or getattr(exc, "type", None)
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
    if code == "model_not_found":  # 404 on some endpoints, 400 on others
        return NotFound(
            f"The model is not available to this key ({status}): {_server_message(exc)}. "
            "Choose another model for the assistant.",
            **kwargs,
        )
    if isinstance(exc, openai.NotFoundError):
        return NotFound(f"{what} was not found on the server (404).", **kwargs)
    if isinstance(exc, openai.RateLimitError):
        if "insufficient_quota" in (code, kind):
            return RateLimited(
                "Your API quota is used up (429). Check your plan and billing.", retry_after_s=None, **kwargs
            )
        retry_after = _retry_after(exc)
        wait = f" Try again in {retry_after:g} s." if retry_after else " Try again in a moment."
        return RateLimited(
            f"The server is limiting requests (429).{wait}", retry_after_s=retry_after, **kwargs
        )
    if isinstance(exc, openai.BadRequestError | openai.UnprocessableEntityError | openai.ConflictError):
        return BadRequest(f"The server rejected the request ({status}): {_server_message(exc)}.", **kwargs)
    if isinstance(exc, openai.InternalServerError):
        return ServerError(f"The server had an internal error ({status}). Try again in a moment.", **kwargs)
    return ApiError(f"The server answered with an error ({status}): {_server_message(exc)}.", **kwargs)


def _is_transport(exc: BaseException, name: str) -> bool:
    """Whether ``exc`` is an ``httpx2`` transport error of class ``name`` (raised while a stream is read)."""
    return any(cls.__name__ == name and cls.__module__.startswith("httpx") for cls in type(exc).__mro__)


def _host_of(exc: BaseException) -> str | None:
    try:
        request = getattr(exc, "request", None)
    except RuntimeError:  # httpx errors raise when no request was attached
        return None
    url = getattr(request, "url", None)
    if url is None:
        return None
    return urlsplit(str(url)).netloc or None
