"""``/v1/conversations``: create, retrieve, update, delete, and their items."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from belugadesk.localapi.errors import invalid, not_found
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.items import normalize_input
from belugadesk.localapi.records import ApiRecords
from belugadesk.localapi.request_models import ConversationCreate, ConversationItemsCreate, ConversationUpdate
from belugadesk.localapi.state import api
from belugadesk.localapi.validation import check_metadata, list_body, paging, parse_body, read_json

KIND = "conversation"
ITEM_KIND = "conv_item"
MAX_ITEMS_PER_CALL = 20


def get_conversation(store: ApiRecords, conversation_id: str) -> dict[str, Any]:
    conversation = store.get(KIND, conversation_id)
    if conversation is None:
        raise not_found("conversation", conversation_id)
    return conversation


def append_items(store: ApiRecords, conversation_id: str, items: list[dict[str, Any]]) -> None:
    for item in items:
        if item.get("type") == "item_reference":
            continue
        store.put(ITEM_KIND, item, parent=conversation_id)


def _items_param(body: dict[str, Any]) -> list[dict[str, Any]]:
    raw = body.get("items")
    if raw is None:
        return []
    if isinstance(raw, list) and len(raw) > MAX_ITEMS_PER_CALL:
        raise invalid(
            f"Invalid 'items': array too long. Expected an array with maximum length {MAX_ITEMS_PER_CALL}, "
            f"but got an array with length {len(raw)} instead.",
            param="items",
            code="array_above_max_length",
        )
    if not isinstance(raw, list):
        raise invalid("Invalid type for 'items': expected an array.", param="items", code="invalid_type")
    return normalize_input(raw, "items")


async def create(request: Request) -> JSONResponse:
    body = await read_json(request)
    parse_body(ConversationCreate, body)
    metadata = check_metadata(body.get("metadata"))
    items = _items_param(body)
    store = api(request).store
    conversation: dict[str, Any] = {
        "id": new_id("conv_"),
        "object": "conversation",
        "created_at": now(),
        "metadata": metadata,
    }
    store.put(KIND, conversation)
    append_items(store, conversation["id"], items)
    return JSONResponse(conversation)


async def retrieve(request: Request) -> JSONResponse:
    return JSONResponse(get_conversation(api(request).store, request.path_params["conversation_id"]))


async def update(request: Request) -> JSONResponse:
    store = api(request).store
    conversation = get_conversation(store, request.path_params["conversation_id"])
    body = await read_json(request)
    parse_body(ConversationUpdate, body)
    conversation["metadata"] = check_metadata(body["metadata"])
    store.put(KIND, conversation)
    return JSONResponse(conversation)


async def delete(request: Request) -> JSONResponse:
    store = api(request).store
    conversation_id = request.path_params["conversation_id"]
    get_conversation(store, conversation_id)
    store.delete(KIND, conversation_id)
    store.delete_children(ITEM_KIND, conversation_id)
    return JSONResponse({"id": conversation_id, "object": "conversation.deleted", "deleted": True})


async def list_items(request: Request) -> JSONResponse:
    store = api(request).store
    conversation_id = request.path_params["conversation_id"]
    get_conversation(store, conversation_id)
    args = paging(request)
    if args["after"] is not None and store.parent_of(ITEM_KIND, args["after"]) != conversation_id:
        raise not_found("item", args["after"], param="after")
    data, has_more = store.page(
        ITEM_KIND, parent=conversation_id, order=args["order"], after=args["after"], limit=args["limit"]
    )
    return JSONResponse(list_body(data, has_more))


async def create_items(request: Request) -> JSONResponse:
    store = api(request).store
    conversation_id = request.path_params["conversation_id"]
    get_conversation(store, conversation_id)
    body = await read_json(request)
    parse_body(ConversationItemsCreate, body)
    items = _items_param(body)
    append_items(store, conversation_id, items)
    return JSONResponse(list_body(items, False))


def _get_item(store: ApiRecords, conversation_id: str, item_id: str) -> dict[str, Any]:
    get_conversation(store, conversation_id)
    item = store.get(ITEM_KIND, item_id)
    if item is None or store.parent_of(ITEM_KIND, item_id) != conversation_id:
        raise not_found("item", item_id)
    return item


async def retrieve_item(request: Request) -> JSONResponse:
    params = request.path_params
    return JSONResponse(_get_item(api(request).store, params["conversation_id"], params["item_id"]))


async def delete_item(request: Request) -> JSONResponse:
    store = api(request).store
    params = request.path_params
    _get_item(store, params["conversation_id"], params["item_id"])
    store.delete(ITEM_KIND, params["item_id"])
    return JSONResponse(get_conversation(store, params["conversation_id"]))


routes = [
    Route("/conversations", create, methods=["POST"]),
    Route("/conversations/{conversation_id}", retrieve, methods=["GET"]),
    Route("/conversations/{conversation_id}", update, methods=["POST"]),
    Route("/conversations/{conversation_id}", delete, methods=["DELETE"]),
    Route("/conversations/{conversation_id}/items", list_items, methods=["GET"]),
    Route("/conversations/{conversation_id}/items", create_items, methods=["POST"]),
    Route("/conversations/{conversation_id}/items/{item_id}", retrieve_item, methods=["GET"]),
    Route("/conversations/{conversation_id}/items/{item_id}", delete_item, methods=["DELETE"]),
]
