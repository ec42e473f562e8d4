"""Domain errors: each carries a sentence a person can act on. Never put a secret in one."""

from __future__ import annotations


class BelugaError(Exception):
    """Base of every error the app shows. ``str(error)`` is the user-facing sentence."""

    def __init__(self, message: str, *, request_id: str | None = None, status_code: int | None = None):
        super().__init__(message)
        self.message = message
        self.request_id = request_id
        self.status_code = status_code

    def __str__(self) -> str:
        if self.request_id:
            return f"{self.message} (request id {self.request_id})"
        return self.message


class ApiError(BelugaError):
    """Any error returned by, or on the way to, the API."""


class AuthenticationFailed(ApiError):
    pass


class PermissionDenied(ApiError):
    pass


class NotFound(ApiError):
    pass


class RateLimited(ApiError):
    def __init__(
        self,
        message: str,
        *,
        retry_after_s: float | None = None,
        request_id: str | None = None,
        status_code: int | None = None,
    ):
        super().__init__(message, request_id=request_id, status_code=status_code)
        self.retry_after_s = retry_after_s


class TimedOut(ApiError):
    pass


class ConnectionFailed(ApiError):
    pass


class BadRequest(ApiError):
    pass


class ServerError(ApiError):
    pass


class CredentialsError(BelugaError):
    """The keyring cannot be used (missing, locked, or not secure)."""


class StoreError(BelugaError):
    """The local database cannot be used."""


class DatabaseUnreadable(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


class ValidationFailed(BelugaError):
    """User input is invalid; ``field_errors`` maps a field name to its message."""

    def __init__(self, field_errors: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in field_errors.items()) or "Invalid input.")
        self.field_errors = field_errors
