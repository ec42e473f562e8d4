"""``/v1/threads`` (Assistants v2): threads and their messages."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from belugadesk.localapi.errors import invalid, not_found
from belugadesk.localapi.files import get_file
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.records import ApiRecords
from belugadesk.localapi.request_models import MessageCreate, MetadataUpdate, ThreadCreate, ThreadUpdate
from belugadesk.localapi.state import api
from belugadesk.localapi.validation import check_metadata, list_body, page_list, paging, parse_body, read_json
from belugadesk.localapi.vector_stores import add_files, exists, new_vector_store

KIND = "thread"
MESSAGE_KIND = "thread_message"
THREAD_STORE_EXPIRY = {"anchor": "last_active_at", "days": 7}


def get_thread(store: ApiRecords, thread_id: str) -> dict[str, Any]:
    thread = store.get(KIND, thread_id)
    if thread is None:
        raise not_found("thread", thread_id)
    return thread


def get_message(store: ApiRecords, thread_id: str, message_id: str) -> dict[str, Any]:
    get_thread(store, thread_id)
    message = store.get(MESSAGE_KIND, message_id)
    if message is None or message["thread_id"] != thread_id:
        raise not_found("message", message_id)
    return message


def text_part(value: str, annotations: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"type": "text", "text": {"value": value, "annotations": annotations or []}}


def message_object(thread_id: str, role: str, content: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    created = now()
    message: dict[str, Any] = {
        "id": new_id("msg_"),
        "object": "thread.message",
        "created_at": created,
        "thread_id": thread_id,
        "status": "completed",
        "incomplete_details": None,
        "completed_at": created,
        "incomplete_at": None,
        "role": role,
        "content": content,
        "assistant_id": None,
        "run_id": None,
        "attachments": [],
        "metadata": {},
    }
    message.update(extra)
    return message


def _content(value: Any, param: str) -> list[dict[str, Any]]:
    if isinstance(value, str):
        return [text_part(value)]
    parts = []
    for i, part in enumerate(value):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            parts.append(text_part(part["text"]))
        elif kind in ("image_file", "image_url") and isinstance(part.get(kind), dict):
            parts.append({"type": kind, kind: dict(part[kind])})
        else:
            raise invalid(
                f"Invalid value for '{param}[{i}]': expected a text, image_file or image_url part.",
                param=f"{param}[{i}]",
                code="invalid_value",
            )
    return parts


def _attachments(store: ApiRecords, value: Any, param: str) -> list[dict[str, Any]]:
    out = []
    for i, attachment in enumerate(value or []):
        if not isinstance(attachment, dict) or not isinstance(attachment.get("file_id"), str):
            raise invalid(
                f"Missing required parameter: '{param}[{i}].file_id'.",
                param=f"{param}[{i}].file_id",
                code="missing_required_parameter",
            )
        get_file(store, attachment["file_id"])
        tools = [{"type": t.get("type")} for t in attachment.get("tools") or [] if isinstance(t, dict)]
        if any(t["type"] not in ("code_interpreter", "file_search") for t in tools):
            raise invalid(
                f"Invalid value for '{param}[{i}].tools': "
                "supported types are 'code_interpreter' and 'file_search'.",
                param=f"{param}[{i}].tools",
                code="invalid_value",
            )
        out.append({"file_id": attachment["file_id"], "tools": tools})
    return out


def add_message(store: ApiRecords, thread_id: str, body: dict[str, Any], param: str = "") -> dict[str, Any]:
    """Validate a CreateMessageRequest and append the message to the thread."""
    parse_body(MessageCreate, body, prefix=param)
    if body["role"] not in ("user", "assistant"):
        raise invalid(
            f"Invalid value: '{body['role']}'. Supported values are: 'user' and 'assistant'.",
            param=f"{param}role",
            code="invalid_value",
        )
    attachments = _attachments(store, body.get("attachments"), f"{param}attachments")
    message = message_object(
        thread_id,
        body["role"],
        _content(body["content"], f"{param}content"),
        attachments=attachments,
        metadata=check_metadata(body.get("metadata"), f"{param}metadata"),
    )
    searchable = [a["file_id"] for a in attachments if any(t["type"] == "file_search" for t in a["tools"])]
    if searchable:
        _index_for_search(store, thread_id, searchable)
    return store.put(MESSAGE_KIND, message, parent=thread_id)


def _index_for_search(store: ApiRecords, thread_id: str, file_ids: list[str]) -> None:
    """Files attached for file search go into the thread's vector store (made when it has none yet), so
    every later run in the thread can search them, as on OpenAI."""
    thread = get_thread(store, thread_id)
    resources = thread.get("tool_resources") or {}
    search = resources.get("file_search") or {}
    current = [vs for vs in search.get("vector_store_ids") or [] if exists(store, vs)]
    if current:
        add_files(store, current[0], file_ids)
        return
    vs = new_vector_store(store, file_ids, expires_after=dict(THREAD_STORE_EXPIRY))
    thread["tool_resources"] = {**resources, "file_search": {**search, "vector_store_ids": [vs["id"]]}}
    store.put(KIND, thread)


def new_thread(store: ApiRecords, body: dict[str, Any]) -> dict[str, Any]:
    """Validate a CreateThreadRequest; store the thread and its initial messages."""
    parse_body(ThreadCreate, body)
    thread: dict[str, Any] = {
        "id": new_id("thread_"),
        "object": "thread",
        "created_at": now(),
        "tool_resources": body.get("tool_resources") or {},
        "metadata": check_metadata(body.get("metadata")),
    }
    store.put(KIND, thread)
    for i, message in enumerate(body.get("messages") or []):
        if not isinstance(message, dict):
            raise invalid(f"Invalid type for 'messages[{i}]': expected an object.", param=f"messages[{i}]")
        add_message(store, thread["id"], message, f"messages[{i}].")
    return get_thread(store, thread["id"])  # attachments may have given it a vector store


async def create(request: Request) -> JSONResponse:
    return JSONResponse(new_thread(api(request).store, await read_json(request)))


async def retrieve(request: Request) -> JSONResponse:
    return JSONResponse(get_thread(api(request).store, request.path_params["thread_id"]))


async def modify(request: Request) -> JSONResponse:
    store = api(request).store
    thread = get_thread(store, request.path_params["thread_id"])
    body = await read_json(request)
    parse_body(ThreadUpdate, body)
    if "metadata" in body:
        thread["metadata"] = check_metadata(body["metadata"])
    if "tool_resources" in body:
        thread["tool_resources"] = body["tool_resources"] or {}
    return JSONResponse(store.put(KIND, thread))


async def delete(request: Request) -> JSONResponse:
    store = api(request).store
    thread_id = request.path_params["thread_id"]
    get_thread(store, thread_id)
    store.delete(KIND, thread_id)
    store.delete_children(MESSAGE_KIND, thread_id)
    return JSONResponse({"id": thread_id, "object": "thread.deleted", "deleted": True})


async def create_message(request: Request) -> JSONResponse:
    store = api(request).store
    thread_id = request.path_params["thread_id"]
    get_thread(store, thread_id)
    return JSONResponse(add_message(store, thread_id, await read_json(request)))


async def list_messages(request: Request) -> JSONResponse:
    store = api(request).store
    thread_id = request.path_params["thread_id"]
    get_thread(store, thread_id)
    args = paging(request)
    run_id = request.query_params.get("run_id")
    if run_id:
        chosen = [m for m in store.all(MESSAGE_KIND, parent=thread_id) if m["run_id"] == run_id]
        data, more = page_list(chosen, **args)
    else:
        for name in ("after", "before"):
            if args[name] is not None and store.parent_of(MESSAGE_KIND, args[name]) != thread_id:
                raise invalid(f"Invalid '{name}': no message found with id '{args[name]}'.", param=name)
        data, more = store.page(MESSAGE_KIND, parent=thread_id, **args)
    return JSONResponse(list_body(data, more))


async def retrieve_message(request: Request) -> JSONResponse:
    params = request.path_params
    return JSONResponse(get_message(api(request).store, params["thread_id"], params["message_id"]))


async def modify_message(request: Request) -> JSONResponse:
    store = api(request).store
    params = request.path_params
    message = get_message(store, params["thread_id"], params["message_id"])
    body = await read_json(request)
    parse_body(MetadataUpdate, body)
    message["metadata"] = check_metadata(body.get("metadata"))
    return JSONResponse(store.put(MESSAGE_KIND, message))


async def delete_message(request: Request) -> JSONResponse:
    store = api(request).store
    params = request.path_params
    get_message(store, params["thread_id"], params["message_id"])
    store.delete(MESSAGE_KIND, params["message_id"])
    return JSONResponse({"id": params["message_id"], "object": "thread.message.deleted", "deleted": True})


routes = [
    Route("/threads", create, methods=["POST"]),
    Route("/threads/{thread_id}", retrieve, methods=["GET"]),
    Route("/threads/{thread_id}", modify, methods=["POST"]),
    Route("/threads/{thread_id}", delete, methods=["DELETE"]),
    Route("/threads/{thread_id}/messages", create_message, methods=["POST"]),
    Route("/threads/{thread_id}/messages", list_messages, methods=["GET"]),
    Route("/threads/{thread_id}/messages/{message_id}", retrieve_message, methods=["GET"]),
    Route("/threads/{thread_id}/messages/{message_id}", modify_message, methods=["POST"]),
    Route("/threads/{thread_id}/messages/{message_id}", delete_message, methods=["DELETE"]),
]
