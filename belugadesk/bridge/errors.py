"""Turns the SDK's exceptions into domain errors with a sentence a person can act on.

Every sentence says what happened and what to do, and carries the server's request id when there is one
(``str(error)`` appends it). The key never appears: every sentence passes through
:func:`belugadesk.domain.redaction.redact` (registered keys by value, key-shaped strings by pattern), and the
SDK's exception text (a parser's or a library's words) is logged, never shown.

:func:`map_sdk_error` maps a failed request; :func:`map_stream_error` a stream that broke after the server
answered (the server was reached: the reply was cut, what arrived is kept).

``openai`` is not imported here at module level: only :func:`map_sdk_error` imports it, and only once an
exception exists (which means ``openai`` is already loaded).
"""

from __future__ import annotations

import json
import logging
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
from belugadesk.domain.redaction import redact

log = logging.getLogger(__name__)

TIMEOUT_SENTENCE = (
    "The server did not answer in time. Check your connection, or raise the request timeout in "
    "Settings → Profiles."
)
KEPT_RETRY = "The text received so far is kept; press Retry to ask again."
STREAM_DROPPED_SENTENCE = f"The connection to the server dropped during the reply. {KEPT_RETRY}"
STREAM_STALLED_SENTENCE = (
    f"The server stopped sending the reply and did not finish it in time. {KEPT_RETRY} If it keeps "
    "happening, raise the request timeout in Settings → Profiles."
)
STREAM_UNREADABLE_SENTENCE = (
    f"The server sent a reply the app could not read. {KEPT_RETRY} If it keeps happening, check the "
    "profile's base URL points at an OpenAI-compatible server."
)
STREAM_ENDED_EARLY_SENTENCE = f"The reply ended before the server said it was complete. {KEPT_RETRY}"
SERVER_FAILED_SENTENCE = "The server could not produce a reply."


def run_error_sentence(message: str | None, default: str = SERVER_FAILED_SENTENCE) -> str:
    """The sentence for a run the server reported as failed (an ``error`` event, ``response.failed``…)."""
    said = redact(str(message or "")).strip().rstrip(".")
    return f"{f'The server reported an error: {said}.' if said else default} {KEPT_RETRY}"


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
    return redact(str(message)).strip().rstrip(".")


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
        if _dropped(exc):
            return ConnectionFailed(
                f"{where} closed the connection before answering. Try again; if it keeps happening, check "
                "the profile's base URL and any proxy in between.",
                **kwargs,
            )
        return ConnectionFailed(
            f"Could not reach {where}. Check your network connection and the profile's base URL.", **kwargs
        )
    if isinstance(exc, openai.APIStatusError):
        return _status_error(exc, what, status, kwargs)
    if isinstance(exc, openai.APIResponseValidationError | json.JSONDecodeError):
        log.warning("Unreadable answer from the server: %r", exc)
        return ApiError(
            "The server sent an answer the app could not read. Try again; if it keeps happening, check "
            "the profile's base URL points at an OpenAI-compatible server.",
            **kwargs,
        )
    if isinstance(exc, openai.APIError):  # an error event inside a stream
        return ApiError(run_error_sentence(_server_message(exc)), **kwargs)
    log.warning("Unexpected failure while talking to the server", exc_info=exc)
    return ApiError(
        f"Something unexpected went wrong while talking to the server ({type(exc).__name__}). Try again; "
        "the log file has the details."
    )


def streamed_text(value: object) -> str:
    """A text delta as the server sent it; anything but text raises, and the stream then ends as a reply
    that could not be read (:func:`map_stream_error`)."""
    if not isinstance(value, str):
        raise TypeError(f"a text delta that is not text: {type(value).__name__}")
    return value


def map_stream_error(exc: BaseException, stream: Any = None) -> ApiError:
    """Map an exception raised while ``stream`` (an SDK stream) was read: the server had answered, so
    nothing here says it could not be reached; each sentence says the partial text is kept and to press
    Retry, and carries the stream's request id."""
    import openai

    if isinstance(exc, ApiError):
        return exc
    headers = getattr(getattr(stream, "response", None), "headers", None)
    request_id = headers.get("x-request-id") if headers is not None else None
    kwargs: dict[str, Any] = {"request_id": getattr(exc, "request_id", None) or request_id}
    if isinstance(exc, openai.APITimeoutError) or _is_transport(exc, "TimeoutException"):
        return TimedOut(STREAM_STALLED_SENTENCE, **kwargs)
    if isinstance(exc, openai.APIConnectionError) or _is_transport(exc, "TransportError"):
        return ConnectionFailed(STREAM_DROPPED_SENTENCE, **kwargs)
    if isinstance(exc, openai.APIStatusError) or (
        isinstance(exc, openai.APIError) and not isinstance(exc, openai.APIResponseValidationError)
    ):
        error = map_sdk_error(exc)
        error.request_id = error.request_id or request_id
        return error
    # a parser's error (malformed SSE) or a missing/mistyped field met while folding events
    log.warning("Unreadable reply stream: %r", exc)
    return ApiError(STREAM_UNREADABLE_SENTENCE, **kwargs)


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
        return NotFound(
            f"{what} was not found on the server (404). It may have been deleted there; check that the "
            "profile points at the server that holds it.",
            **kwargs,
        )
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
        return BadRequest(
            f"The server rejected the request ({status}): {_server_message(exc)}. Check the assistant's "
            "settings (model, tools, files), then try again.",
            **kwargs,
        )
    if isinstance(exc, openai.InternalServerError):
        return ServerError(f"The server had an internal error ({status}). Try again in a moment.", **kwargs)
    if status == 402:
        return ApiError(
            f"The server asks for payment (402): {_server_message(exc)}. Check your plan and billing with "
            "the provider.",
            **kwargs,
        )
    return ApiError(
        f"The server answered with an error ({status}): {_server_message(exc)}. Try again; if it keeps "
        "happening, check the profile's settings.",
        **kwargs,
    )


def _is_transport(exc: BaseException, name: str) -> bool:
    """Whether ``exc`` is an ``httpx2`` transport error of class ``name`` (raised while a stream is read)."""
    return any(cls.__name__ == name and cls.__module__.startswith("httpx") for cls in type(exc).__mro__)


def _dropped(exc: BaseException) -> bool:
    """Whether the connection was made and then closed or reset (not refused, not unresolvable)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        names = {cls.__name__ for cls in type(current).__mro__}
        if names & {"RemoteProtocolError", "ReadError", "ConnectionResetError", "BrokenPipeError"}:
            return True
        current = current.__cause__ or current.__context__
    return False


def _host_of(exc: BaseException) -> str | None:
    try:
        request = getattr(exc, "request", None)
    except RuntimeError:  # httpx errors raise when no request was attached
        return None
    url = getattr(request, "url", None)
    if url is None:
        return None
    return urlsplit(str(url)).netloc or None
