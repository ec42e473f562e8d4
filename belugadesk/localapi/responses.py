"""``/v1/responses``: create (JSON or SSE), retrieve, cancel, delete."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from belugadesk.localapi import engine
from belugadesk.localapi.conversations import ITEM_KIND, get_conversation
from belugadesk.localapi.errors import invalid, not_found
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.items import Item, last_user_text, normalize_input
from belugadesk.localapi.mcp_stream import plan as plan_mcp
from belugadesk.localapi.models import unknown_model
from belugadesk.localapi.records import ApiRecords
from belugadesk.localapi.request_models import ResponseCreate
from belugadesk.localapi.response_stream import CONTEXT_KIND, KIND, ResponseJob, run_events
from belugadesk.localapi.sse import frame, sse_response
from belugadesk.localapi.state import ApiState, api
from belugadesk.localapi.tools import (
    engine_tools,
    mcp_headers,
    normalize_tools,
    searchable_files,
    vector_store_ids,
)
from belugadesk.localapi.validation import check_metadata, list_body, page_list, paging, parse_body, read_json


def get_response(store: ApiRecords, response_id: str, *, bare_404: bool = False) -> dict[str, Any]:
    """The stored response; ``bare_404`` for the operations whose spec 404 body is the bare ``Error``."""
    response = store.get(KIND, response_id)
    if response is None:
        raise not_found("response", response_id, also_bare=bare_404)
    return response


def _conversation_id(store: ApiRecords, value: Any) -> str | None:
    if value is None:
        return None
    conversation_id = value if isinstance(value, str) else value.get("id")
    if not isinstance(conversation_id, str):
        raise invalid("Missing required parameter: 'conversation.id'.", param="conversation.id")
    get_conversation(store, conversation_id)
    return conversation_id


def _history(store: ApiRecords, conversation_id: str | None, previous_id: str | None) -> list[Item]:
    """What came before this request: the conversation's items or the previous responses' chain."""
    if conversation_id is not None:
        return store.all(ITEM_KIND, parent=conversation_id)
    chain: list[list[Item]] = []
    while previous_id:
        context = store.get(CONTEXT_KIND, previous_id)
        response = store.get(KIND, previous_id)
        if context is None or response is None:
            break
        chain.append(context["input"] + response["output"])
        previous_id = context.get("previous")
    return [item for items in reversed(chain) for item in items]


def _tool_outputs(history: list[Item], input_items: list[Item]) -> list[tuple[str, str]]:
    """(function name, output) for each ``function_call_output`` in this request's input."""
    names = {i["call_id"]: i["name"] for i in history + input_items if i.get("type") == "function_call"}
    outputs = []
    for item in input_items:
        if item.get("type") == "function_call_output":
            if item["call_id"] not in names:
                raise invalid(
                    f"No tool call found for function call output with call_id {item['call_id']}.",
                    param="input",
                )
            output = item["output"]
            outputs.append((names[item["call_id"]], output if isinstance(output, str) else str(output)))
    return outputs


def _tool_choice(body: dict[str, Any], tools: list[dict[str, Any]]) -> str | None:
    """``none``, ``auto`` (default), ``required``, or the name of the function the request insists on."""
    choice = body.get("tool_choice")
    if choice is None or choice in ("auto", "none", "required"):
        return choice
    if isinstance(choice, dict) and choice.get("type") == "function":
        name = choice.get("name")
        if not any(t["type"] == "function" and t["name"] == name for t in tools):
            raise invalid(
                f"Tool choice '{name}' not found in 'tools' parameter.",
                param="tool_choice",
                code="invalid_value",
            )
        return str(name)
    if isinstance(choice, dict):
        return None
    raise invalid(
        f"Invalid value: '{choice}'. Supported values are: 'none', 'auto', and 'required'.",
        param="tool_choice",
        code="invalid_value",
    )


def _text_format(body: dict[str, Any]) -> dict[str, Any]:
    text = body.get("text") or {}
    fmt = text.get("format") or {"type": "text"}
    if not isinstance(fmt, dict) or fmt.get("type") not in ("text", "json_object", "json_schema"):
        raise invalid(
            "Invalid value for 'text.format.type': supported values are 'text', 'json_object' and "
            "'json_schema'.",
            param="text.format.type",
            code="invalid_value",
        )
    if fmt["type"] == "json_schema" and not isinstance(fmt.get("schema"), dict):
        raise invalid(
            "Missing required parameter: 'text.format.schema'.",
            param="text.format.schema",
            code="missing_required_parameter",
        )
    return {**text, "format": fmt}


def _build_job(request: Request, state: ApiState, body: dict[str, Any]) -> ResponseJob:
    parse_body(ResponseCreate, body)
    store = state.store
    model = body["model"]
    if model not in state.config.models:
        raise unknown_model(model)
    if body.get("conversation") is not None and body.get("previous_response_id") is not None:
        raise invalid(
            "Mutually exclusive parameters: Ensure you are only providing one of: 'previous_response_id' or "
            "'conversation'.",
            param="previous_response_id",
            code="mutually_exclusive_parameters",
        )
    conversation_id = _conversation_id(store, body.get("conversation"))
    previous_id = body.get("previous_response_id")
    if previous_id is not None:
        get_response(store, previous_id)
    if "input" not in body or body["input"] is None:
        raise invalid(
            "Missing required parameter: 'input'.", param="input", code="missing_required_parameter"
        )
    input_items = normalize_input(body["input"])
    tools = normalize_tools(body.get("tools"), responses_api=True)
    text = _text_format(body)
    metadata = check_metadata(body.get("metadata"))
    include = tuple(body.get("include") or ())
    history = _history(store, conversation_id, previous_id)
    user_text = last_user_text(input_items) or last_user_text(history)
    outputs = _tool_outputs(history, input_items)
    mcp = plan_mcp(tools, mcp_headers(body.get("tools")), history, input_items)
    fmt = text["format"]
    if fmt["type"] != "text" and not outputs:
        reply = engine.json_reply(user_text, fmt.get("schema"))
    else:
        files = searchable_files(store, vector_store_ids(tools))
        reply = engine.reply(
            user_text,
            engine_tools(tools),
            tool_outputs=outputs,
            files=files,
            tool_choice=_tool_choice(body, tools),
        )
    container_id = next(
        (
            t["container"]
            for t in tools
            if t["type"] == "code_interpreter" and isinstance(t["container"], str)
        ),
        None,
    )
    response = {
        "id": new_id("resp_"),
        "object": "response",
        "created_at": now(),
        "status": "queued",
        "background": bool(body.get("background")),
        "completed_at": None,
        "error": None,
        "incomplete_details": None,
        "instructions": body.get("instructions"),
        "max_output_tokens": body.get("max_output_tokens"),
        "max_tool_calls": body.get("max_tool_calls"),
        "model": model,
        "output": [],
        "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "previous_response_id": previous_id,
        "conversation": {"id": conversation_id} if conversation_id else None,
        "reasoning": {"effort": None, "summary": None},
        "service_tier": "default",
        "store": body.get("store", True),
        "temperature": body.get("temperature", 1.0),
        "text": text,
        "tool_choice": body.get("tool_choice", "auto"),
        "tools": tools,
        "top_logprobs": body.get("top_logprobs", 0),
        "top_p": body.get("top_p", 1.0),
        "truncation": body.get("truncation", "disabled"),
        "metadata": metadata,
    }
    if body.get("user") is not None:
        response["user"] = body["user"]
    store.put(CONTEXT_KIND, {"id": response["id"], "input": input_items, "previous": previous_id})
    url_base = str(request.base_url).rstrip("/") + "/v1"
    return ResponseJob(
        state,
        response,
        input_items,
        reply,
        conversation_id,
        container_id,
        include,
        url_base,
        history=history,
        mcp=mcp,
    )


async def _frames(job: ResponseJob) -> AsyncIterator[bytes]:
    events: AsyncGenerator[dict[str, Any], None] = run_events(job)
    try:
        async for event in events:
            yield frame(event["type"], event)
    finally:
        if not job.done:
            job.interrupt()
        await events.aclose()


def _background_frames(state: ApiState, job: ResponseJob) -> AsyncIterator[bytes]:
    """A streamed background response: produced by a task of its own, so it keeps going (and stays
    cancellable) when the client goes away; the stream only relays what the task produces."""
    queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()

    async def produce() -> None:
        try:
            async for event in run_events(job):
                queue.put_nowait(event)
        finally:
            if not job.done:
                job.interrupt()
            queue.put_nowait(None)

    async def frames() -> AsyncIterator[bytes]:
        while (event := await queue.get()) is not None:
            yield frame(event["type"], event)

    state.spawn(produce())  # now, not when the body starts: a client gone before that must not stall it
    return frames()


async def _drain(job: ResponseJob) -> None:
    try:
        async for _ in run_events(job):
            pass
    finally:
        if not job.done:
            job.interrupt()


async def create(request: Request) -> Response:
    state = api(request)
    body = await read_json(request)
    job = _build_job(request, state, body)
    state.active.add(job.id)  # from now on a cancel reaches the job, even before it first runs
    if body.get("stream"):
        if body.get("background"):
            job.save()
            return sse_response(_background_frames(state, job))
        return sse_response(_frames(job))
    if body.get("background"):
        job.save()
        snapshot = copy.deepcopy(job.response)
        state.spawn(_drain(job))
        return JSONResponse(snapshot)
    await _drain(job)
    return JSONResponse(job.response)


async def retrieve(request: Request) -> JSONResponse:
    return JSONResponse(get_response(api(request).store, request.path_params["response_id"]))


async def cancel(request: Request) -> JSONResponse:
    """Stops a background response that is still producing output; the partial output stays.

    Only responses created with ``background=true`` can be cancelled (as on OpenAI): any other is refused
    with a 400, whatever its status. A streamed one is stopped by closing its stream instead.
    """
    state = api(request)
    response_id = request.path_params["response_id"]
    response = get_response(state.store, response_id, bare_404=True)
    if not response.get("background"):
        raise invalid("Cannot cancel a synchronous response.")
    if response["status"] in ("queued", "in_progress"):
        response["status"] = "cancelled"
        if response_id in state.active:
            state.cancel_requests.add(response_id)  # the running job stops at its next delta
        state.store.put(KIND, response)  # a read right after says so (the job then stores its final state)
    return JSONResponse(response)


async def input_items(request: Request) -> JSONResponse:
    """The items this response was given as input (not the earlier history), paged like conversation items."""
    store = api(request).store
    response_id = request.path_params["response_id"]
    get_response(store, response_id)
    context = store.get(CONTEXT_KIND, response_id) or {"input": []}
    items = [i for i in context["input"] if i.get("type") != "item_reference"]
    args = paging(request)
    data, more = page_list(items, order=args["order"], after=args["after"], limit=args["limit"])
    return JSONResponse(list_body(data, more))


async def delete(request: Request) -> JSONResponse:
    store = api(request).store
    response_id = request.path_params["response_id"]
    get_response(store, response_id, bare_404=True)
    store.delete(KIND, response_id)
    store.delete(CONTEXT_KIND, response_id)
    return JSONResponse({"id": response_id, "object": "response.deleted", "deleted": True})


routes = [
    Route("/responses", create, methods=["POST"]),
    Route("/responses/{response_id}", retrieve, methods=["GET"]),
    Route("/responses/{response_id}", delete, methods=["DELETE"]),
    Route("/responses/{response_id}/cancel", cancel, methods=["POST"]),
    Route("/responses/{response_id}/input_items", input_items, methods=["GET"]),
]
