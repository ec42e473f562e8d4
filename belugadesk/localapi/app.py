"""The ASGI application: routes under ``/v1``, OpenAI-shaped errors, auth and fault injection."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Mount
from starlette.types import ASGIApp

from belugadesk.localapi import (
    assistants,
    containers,
    conversations,
    files,
    models,
    responses,
    runs,
    threads,
    vector_stores,
)
from belugadesk.localapi.auth import AuthMiddleware
from belugadesk.localapi.config import LocalApiConfig
from belugadesk.localapi.errors import ApiError, api_error_handler, error_body, http_error_handler
from belugadesk.localapi.faults import FaultInjector, FaultMiddleware
from belugadesk.localapi.limits import RequestLimitMiddleware
from belugadesk.localapi.records import ApiRecords
from belugadesk.localapi.request_id import RequestIdMiddleware
from belugadesk.localapi.state import ApiState


async def _server_error(request: Request, exc: Exception) -> JSONResponse:
    body = error_body(
        "The server had an error while processing your request. Sorry about that!", type="server_error"
    )
    return JSONResponse(body, status_code=500)


class LocalApiApp(Starlette):
    """Starlette with ``x-request-id`` added outside everything, even outside its own 500 handler."""

    def build_middleware_stack(self) -> ASGIApp:
        return RequestIdMiddleware(super().build_middleware_stack())


# The route groups ``LocalApiConfig.apis`` chooses from, in routing order.
ROUTE_GROUPS: dict[str, Sequence[BaseRoute]] = {
    "models": models.routes,
    "conversations": conversations.routes,
    "responses": [*responses.routes, *containers.routes],
    "files": [*files.routes, *vector_stores.routes],
    "assistants": [*assistants.routes, *runs.routes, *threads.routes],  # runs first: /threads/runs
}


def served_routes(apis: frozenset[str] | None) -> list[BaseRoute]:
    """The ``/v1`` routes of the chosen groups (all when ``apis`` is None); unknown names raise ValueError."""
    unknown = sorted((apis or frozenset()) - ROUTE_GROUPS.keys())
    if unknown:
        raise ValueError(f"Unknown API group(s): {', '.join(unknown)}; known: {', '.join(ROUTE_GROUPS)}.")
    return [route for name, group in ROUTE_GROUPS.items() if apis is None or name in apis for route in group]


def create_app(config: LocalApiConfig | None = None, *, faults: FaultInjector | None = None) -> Starlette:
    """A fresh local API. State lives in memory unless ``config.db_path`` names a SQLite file."""
    config = config or LocalApiConfig()
    faults = faults or FaultInjector()
    v1_routes = served_routes(config.apis)
    app = LocalApiApp(
        routes=[Mount("/v1", routes=v1_routes)],
        exception_handlers={
            ApiError: api_error_handler,
            HTTPException: http_error_handler,
            500: _server_error,
        },
    )
    store = ApiRecords(config.db_path)
    app.state.api = ApiState(config=config, store=store, faults=faults)
    # outermost first: faults fire even for unauthenticated requests, like a flaky proxy would
    app.add_middleware(AuthMiddleware, api_key=config.api_key)
    app.add_middleware(
        RequestLimitMiddleware,
        max_json_bytes=config.max_json_bytes,
        max_upload_bytes=config.max_upload_bytes,
    )
    app.add_middleware(FaultMiddleware, faults=faults)
    return app
