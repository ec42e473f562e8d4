"""Errors in OpenAI's body shape: ``{"error": {"message", "type", "param", "code"}}``.

:func:`error_body` makes every error body the local API sends. A few operations (``DELETE
/responses/{id}``, ``POST /responses/{id}/cancel``) name the bare ``Error`` object as their 404 body in the
spec: those bodies carry the four fields at the top level as well (``also_bare``), which satisfies both the
spec and clients that read ``error`` (the SDK reads ``error`` first).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse


class ApiError(Exception):
    """An error the API reports to the client with ``status`` and OpenAI's error body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
        also_bare: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = headers or {}
        self.also_bare = also_bare

    def body(self) -> dict[str, Any]:
        return error_body(
            self.message, type=self.type, param=self.param, code=self.code, also_bare=self.also_bare
        )


def error_body(
    message: str,
    *,
    type: str = "invalid_request_error",
    param: str | None = None,
    code: str | None = None,
    also_bare: bool = False,
) -> dict[str, Any]:
    """``{"error": {...}}``; with ``also_bare`` the same four fields are repeated at the top level."""
    error = {"message": message, "type": type, "param": param, "code": code}
    return {"error": error, **error} if also_bare else {"error": error}


def not_found(kind: str, object_id: str, *, param: str | None = None, also_bare: bool = False) -> ApiError:
    """OpenAI's 404 for an unknown id, e.g. ``No response found with id 'resp_x'.``"""
    return ApiError(404, f"No {kind} found with id '{object_id}'.", param=param, also_bare=also_bare)


def invalid(message: str, *, param: str | None = None, code: str | None = None) -> ApiError:
    return ApiError(400, message, param=param, code=code)


def missing(param: str) -> ApiError:
    """OpenAI's 400 for a required parameter left out: ``Missing required parameter: 'tools[0].name'.``"""
    return invalid(f"Missing required parameter: '{param}'.", param=param, code="missing_required_parameter")


async def api_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)


async def http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """Starlette's own 404/405 (unknown route or method) in OpenAI's shape."""
    status = getattr(exc, "status_code", 500)
    if status == 404:
        message = f"Invalid URL ({request.method} {request.url.path})"
    elif status == 405:
        message = f"Invalid method for URL ({request.method} {request.url.path})"
    else:
        message = str(getattr(exc, "detail", "Server error"))
    return JSONResponse(error_body(message), status_code=status)
