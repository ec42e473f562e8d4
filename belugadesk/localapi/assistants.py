"""``/v1/assistants`` (Assistants v2): create, list (cursor paging), retrieve, modify, delete."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from belugadesk.localapi.errors import invalid, not_found
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.models import unknown_model
from belugadesk.localapi.records import ApiRecords
from belugadesk.localapi.request_models import AssistantCreate, AssistantUpdate
from belugadesk.localapi.state import ApiState, api
from belugadesk.localapi.tools import normalize_tools
from belugadesk.localapi.validation import check_metadata, list_body, paging, parse_body, read_json

KIND = "assistant"


def get_assistant(store: ApiRecords, assistant_id: str) -> dict[str, Any]:
    assistant = store.get(KIND, assistant_id)
    if assistant is None:
        raise not_found("assistant", assistant_id)
    return assistant


def check_response_format(value: Any) -> Any:
    if value is None or value == "auto":
        return "auto"
    if isinstance(value, dict) and value.get("type") in ("text", "json_object", "json_schema"):
        if value["type"] == "json_schema" and not isinstance(value.get("json_schema"), dict):
            raise invalid(
                "Missing required parameter: 'response_format.json_schema'.",
                param="response_format.json_schema",
                code="missing_required_parameter",
            )
        return value
    raise invalid(
        "Invalid 'response_format': expected 'auto' or an object with type 'text', 'json_object' or "
        "'json_schema'.",
        param="response_format",
        code="invalid_value",
    )


def _apply(state: ApiState, assistant: dict[str, Any], body: dict[str, Any]) -> None:
    if "model" in body:
        if body["model"] not in state.config.models:
            raise unknown_model(body["model"])
        assistant["model"] = body["model"]
    for key in ("name", "description", "instructions"):
        if key in body:
            assistant[key] = body[key]
    if "tools" in body:
        assistant["tools"] = normalize_tools(body["tools"], responses_api=False)
    if "tool_resources" in body:
        assistant["tool_resources"] = body["tool_resources"] or {}
    if "metadata" in body:
        assistant["metadata"] = check_metadata(body["metadata"])
    for key in ("temperature", "top_p"):
        if body.get(key) is not None:
            assistant[key] = float(body[key])
    if "response_format" in body:
        assistant["response_format"] = check_response_format(body["response_format"])
    if "reasoning_effort" in body:
        assistant["reasoning_effort"] = body["reasoning_effort"]


async def create(request: Request) -> JSONResponse:
    state = api(request)
    body = await read_json(request)
    parse_body(AssistantCreate, body)
    assistant: dict[str, Any] = {
        "id": new_id("asst_"),
        "object": "assistant",
        "created_at": now(),
        "name": None,
        "description": None,
        "model": body["model"],
        "instructions": None,
        "tools": [],
        "tool_resources": {},
        "metadata": {},
        "temperature": 1.0,
        "top_p": 1.0,
        "response_format": "auto",
        "reasoning_effort": None,
    }
    _apply(state, assistant, body)
    return JSONResponse(state.store.put(KIND, assistant))


async def list_assistants(request: Request) -> JSONResponse:
    data, more = api(request).store.page(KIND, **paging(request))
    return JSONResponse(list_body(data, more))


async def retrieve(request: Request) -> JSONResponse:
    return JSONResponse(get_assistant(api(request).store, request.path_params["assistant_id"]))


async def modify(request: Request) -> JSONResponse:
    state = api(request)
    assistant = get_assistant(state.store, request.path_params["assistant_id"])
    body = await read_json(request)
    parse_body(AssistantUpdate, body)
    _apply(state, assistant, body)
    return JSONResponse(state.store.put(KIND, assistant))


async def delete(request: Request) -> JSONResponse:
    store = api(request).store
    assistant_id = request.path_params["assistant_id"]
    get_assistant(store, assistant_id)
    store.delete(KIND, assistant_id)
    return JSONResponse({"id": assistant_id, "object": "assistant.deleted", "deleted": True})


routes = [
    Route("/assistants", create, methods=["POST"]),
    Route("/assistants", list_assistants, methods=["GET"]),
    Route("/assistants/{assistant_id}", retrieve, methods=["GET"]),
    Route("/assistants/{assistant_id}", modify, methods=["POST"]),
    Route("/assistants/{assistant_id}", delete, methods=["DELETE"]),
]
