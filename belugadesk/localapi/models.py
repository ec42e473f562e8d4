"""``/v1/models``: the configured model ids."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from belugadesk.localapi.errors import ApiError
from belugadesk.localapi.state import api

MODELS_CREATED_AT = 1_700_000_000


def model_object(model_id: str) -> dict[str, object]:
    return {"id": model_id, "object": "model", "created": MODELS_CREATED_AT, "owned_by": "system"}


def model_not_found(model_id: str) -> ApiError:
    return ApiError(
        404,
        f"The model '{model_id}' does not exist or you do not have access to it.",
        param="model",
        code="model_not_found",
    )


def unknown_model(model_id: str) -> ApiError:
    """What creating a response/assistant/run with a model this server does not serve gets (400)."""
    return ApiError(
        400, f"The requested model '{model_id}' does not exist.", param="model", code="model_not_found"
    )


async def list_models(request: Request) -> JSONResponse:
    models = api(request).config.models
    return JSONResponse({"object": "list", "data": [model_object(m) for m in models]})


async def retrieve_model(request: Request) -> JSONResponse:
    model_id = request.path_params["model"]
    if model_id not in api(request).config.models:
        raise model_not_found(model_id)
    return JSONResponse(model_object(model_id))


routes = [
    Route("/models", list_models, methods=["GET"]),
    Route("/models/{model:path}", retrieve_model, methods=["GET"]),
]
