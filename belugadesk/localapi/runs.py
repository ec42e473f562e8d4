"""``/v1/threads/{id}/runs`` (Assistants v2): create (SSE or background), retrieve, list, cancel,
submit tool outputs, steps; and ``/v1/threads/runs`` (create a thread and run it)."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from belugadesk.localapi import engine
from belugadesk.localapi.assistants import check_response_format, get_assistant
from belugadesk.localapi.errors import invalid, not_found
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.models import unknown_model
from belugadesk.localapi.records import ApiRecords
from belugadesk.localapi.request_models import (
    MetadataUpdate,
    RunCreate,
    ThreadAndRunCreate,
    ToolOutputsSubmit,
)
from belugadesk.localapi.run_stream import (
    RUN_KIND,
    STEP_KIND,
    TERMINAL,
    Event,
    RunJob,
    resume_events,
    start_events,
    stopped_events,
)
from belugadesk.localapi.sse import frame, sse_response
from belugadesk.localapi.state import ApiState, api
from belugadesk.localapi.threads import MESSAGE_KIND, add_message, get_thread, new_thread
from belugadesk.localapi.tools import engine_tools, normalize_tools, searchable_files
from belugadesk.localapi.validation import check_metadata, list_body, paging, parse_body, read_json

ACTIVE = ("queued", "in_progress", "requires_action", "cancelling")


def get_run(store: ApiRecords, thread_id: str, run_id: str) -> dict[str, Any]:
    get_thread(store, thread_id)
    run = store.get(RUN_KIND, run_id)
    if run is None or run["thread_id"] != thread_id:
        raise not_found("run", run_id)
    return run


def _text(message: dict[str, Any]) -> str:
    return "\n".join(p["text"]["value"] for p in message["content"] if p["type"] == "text")


def _context(
    store: ApiRecords, thread: dict[str, Any], assistant: dict[str, Any]
) -> tuple[str, list[Any], int]:
    """The last user question, the files file search can see (the assistant's and the thread's vector
    stores), and the prompt size in words."""
    messages = store.all(MESSAGE_KIND, parent=thread["id"])
    user_text = next((_text(m) for m in reversed(messages) if m["role"] == "user"), "")
    vs_ids: list[str] = []
    for owner in (assistant, thread):
        vs_ids += list(
            ((owner.get("tool_resources") or {}).get("file_search") or {}).get("vector_store_ids") or []
        )
    prompt = sum(engine.count_tokens(_text(m)) for m in messages) + engine.count_tokens(
        assistant["instructions"] or ""
    )
    # files attached for file search are in the thread's vector store (see threads.add_message)
    return user_text, searchable_files(store, vs_ids), max(prompt, 1)


def _plan(
    run: dict[str, Any], user_text: str, files: list[Any], outputs: list[tuple[str, str]]
) -> engine.Reply:
    fmt = run.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") in ("json_object", "json_schema") and not outputs:
        schema = (fmt.get("json_schema") or {}).get("schema")
        return engine.json_reply(user_text, schema)
    choice = run.get("tool_choice")
    if isinstance(choice, dict):
        choice = (choice.get("function") or {}).get("name") if choice.get("type") == "function" else None
    return engine.reply(
        user_text, engine_tools(run["tools"]), tool_outputs=outputs, files=files, tool_choice=choice
    )


def _new_run(state: ApiState, thread: dict[str, Any], body: dict[str, Any]) -> RunJob:
    store = state.store
    assistant = get_assistant(store, body["assistant_id"])
    model = body.get("model") or assistant["model"]
    if model not in state.config.models:
        raise unknown_model(model)
    active = [r for r in store.all(RUN_KIND, parent=thread["id"]) if r["status"] in ACTIVE]
    if active:
        raise invalid(f"Thread {thread['id']} already has an active run {active[-1]['id']}.")
    for i, message in enumerate(body.get("additional_messages") or []):
        add_message(store, thread["id"], message, f"additional_messages[{i}].")
    thread = get_thread(store, thread["id"])  # attachments may have given it a vector store
    instructions = body.get("instructions")
    if instructions is None:
        instructions = assistant["instructions"] or ""
    if body.get("additional_instructions"):
        instructions = f"{instructions}\n\n{body['additional_instructions']}".strip()
    tools = normalize_tools(body["tools"], responses_api=False) if body.get("tools") else assistant["tools"]
    created = now()
    run: dict[str, Any] = {
        "id": new_id("run_"),
        "object": "thread.run",
        "created_at": created,
        "thread_id": thread["id"],
        "assistant_id": assistant["id"],
        "status": "queued",
        "required_action": None,
        "last_error": None,
        "expires_at": created + 600,
        "started_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "incomplete_details": None,
        "model": model,
        "instructions": instructions,
        "tools": tools,
        "metadata": check_metadata(body.get("metadata")),
        "usage": None,
        "temperature": body.get("temperature")
        if body.get("temperature") is not None
        else assistant["temperature"],
        "top_p": body.get("top_p") if body.get("top_p") is not None else assistant["top_p"],
        "max_prompt_tokens": body.get("max_prompt_tokens"),
        "max_completion_tokens": body.get("max_completion_tokens"),
        "truncation_strategy": body.get("truncation_strategy") or {"type": "auto", "last_messages": None},
        "tool_choice": body.get("tool_choice") or "auto",
        "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "response_format": check_response_format(body.get("response_format") or assistant["response_format"]),
    }
    user_text, files, prompt = _context(store, thread, assistant)
    job = RunJob(state, run, _plan(run, user_text, files, []), prompt)
    job.save_run()
    return job


def _serve(request: Request, job: RunJob, events: AsyncGenerator[Event, None], stream: bool) -> Response:
    """SSE when asked (the run survives a client that goes away), else run in the background."""
    state = api(request)
    state.active.add(job.run["id"])  # from now on a cancel reaches the job, even before it first runs
    if not stream:
        snapshot = copy.deepcopy(job.run)
        state.spawn(_drain(events))
        return JSONResponse(snapshot)
    queue: asyncio.Queue[Event | None] = asyncio.Queue()

    async def produce() -> None:
        try:
            async for event in events:
                queue.put_nowait(event)
        finally:
            queue.put_nowait(None)

    async def frames() -> AsyncIterator[bytes]:
        while (event := await queue.get()) is not None:
            yield frame(*event)
        if job.reply.failure != "error":
            yield frame("done", "[DONE]")

    state.spawn(produce())  # now, not when the body starts: a client gone before that must not stall the run
    return sse_response(frames())


async def _drain(events: AsyncGenerator[Event, None]) -> None:
    async for _ in events:
        pass


async def create(request: Request) -> Response:
    state = api(request)
    thread = get_thread(state.store, request.path_params["thread_id"])
    body = await read_json(request)
    parse_body(RunCreate, body)
    job = _new_run(state, thread, body)
    return _serve(request, job, start_events(job), bool(body.get("stream")))


async def create_thread_and_run(request: Request) -> Response:
    state = api(request)
    body = await read_json(request)
    parse_body(ThreadAndRunCreate, body)
    get_assistant(state.store, body["assistant_id"])
    thread_body = dict(body.get("thread") or {})
    if body.get("tool_resources") is not None:
        thread_body.setdefault("tool_resources", body["tool_resources"])
    thread = new_thread(state.store, thread_body)
    run_body = {k: v for k, v in body.items() if k not in ("thread", "tool_resources")}
    job = _new_run(state, thread, run_body)
    return _serve(request, job, start_events(job), bool(body.get("stream")))


async def retrieve(request: Request) -> JSONResponse:
    params = request.path_params
    return JSONResponse(get_run(api(request).store, params["thread_id"], params["run_id"]))


async def modify(request: Request) -> JSONResponse:
    store = api(request).store
    params = request.path_params
    run = get_run(store, params["thread_id"], params["run_id"])
    body = await read_json(request)
    parse_body(MetadataUpdate, body)
    run["metadata"] = check_metadata(body.get("metadata"))
    return JSONResponse(store.put(RUN_KIND, run, parent=run["thread_id"]))


async def list_runs(request: Request) -> JSONResponse:
    store = api(request).store
    thread_id = request.path_params["thread_id"]
    get_thread(store, thread_id)
    data, more = store.page(RUN_KIND, parent=thread_id, **paging(request))
    return JSONResponse(list_body(data, more))


def _paused_job(state: ApiState, run: dict[str, Any], reply: engine.Reply) -> RunJob:
    """A job for a run that is not running: its last step is the open one (if any)."""
    steps = state.store.all(STEP_KIND, parent=run["id"])
    thread = get_thread(state.store, run["thread_id"])
    _, _, prompt = _context(state.store, thread, get_assistant_or_stub(state.store, run))
    return RunJob(state, run, reply, prompt, step=steps[-1] if steps else None)


def get_assistant_or_stub(store: ApiRecords, run: dict[str, Any]) -> dict[str, Any]:
    """The run's assistant, or (if it was deleted meanwhile) what the run itself remembers of it."""
    found = store.get("assistant", run["assistant_id"])
    return found or {"instructions": run["instructions"], "tool_resources": {}}


async def cancel(request: Request) -> JSONResponse:
    state = api(request)
    params = request.path_params
    run = get_run(state.store, params["thread_id"], params["run_id"])
    if run["status"] in TERMINAL:
        raise invalid(f"Cannot cancel run with status '{run['status']}'.")
    if run["id"] not in state.active:
        # waiting for tool outputs (or left over from a restart): nothing is running, settle it now
        job = _paused_job(state, run, engine.Reply())
        async for _ in stopped_events(job, "cancelled"):
            pass
        return JSONResponse(job.run)
    # the job stops at its next delta; until then every read (and the job's own saves) says "cancelling"
    state.cancel_requests.add(run["id"])
    run["status"] = "cancelling"
    return JSONResponse(state.store.put(RUN_KIND, run, parent=run["thread_id"]))


async def submit_tool_outputs(request: Request) -> Response:
    state = api(request)
    store = state.store
    params = request.path_params
    run = get_run(store, params["thread_id"], params["run_id"])
    body = await read_json(request)
    parse_body(ToolOutputsSubmit, body)
    if run["status"] != "requires_action":
        raise invalid(f'Runs in status "{run["status"]}" do not accept tool outputs.')
    expected = {
        c["id"]: c["function"]["name"] for c in run["required_action"]["submit_tool_outputs"]["tool_calls"]
    }
    outputs: dict[str, str] = {}
    for i, item in enumerate(body["tool_outputs"]):
        if not isinstance(item, dict) or not isinstance(item.get("tool_call_id"), str):
            raise invalid(
                f"Missing required parameter: 'tool_outputs[{i}].tool_call_id'.",
                param=f"tool_outputs[{i}].tool_call_id",
                code="missing_required_parameter",
            )
        if item["tool_call_id"] not in expected:
            raise invalid(
                f"Invalid 'tool_outputs[{i}].tool_call_id': no tool call with id '{item['tool_call_id']}'.",
                param=f"tool_outputs[{i}].tool_call_id",
            )
        outputs[item["tool_call_id"]] = str(item.get("output", ""))
    missing = sorted(set(expected) - set(outputs))
    if missing:
        raise invalid(
            f"Expected tool outputs for call_ids {missing}, got {sorted(outputs)}.", param="tool_outputs"
        )
    thread = get_thread(store, run["thread_id"])
    user_text, files, _ = _context(store, thread, get_assistant_or_stub(store, run))
    pairs = [(expected[call_id], output) for call_id, output in outputs.items()]
    job = _paused_job(state, run, _plan(run, user_text, files, pairs))
    return _serve(request, job, resume_events(job, outputs), bool(body.get("stream")))


async def list_steps(request: Request) -> JSONResponse:
    store = api(request).store
    params = request.path_params
    run = get_run(store, params["thread_id"], params["run_id"])
    data, more = store.page(STEP_KIND, parent=run["id"], **paging(request))
    return JSONResponse(list_body(data, more))


async def retrieve_step(request: Request) -> JSONResponse:
    store = api(request).store
    params = request.path_params
    run = get_run(store, params["thread_id"], params["run_id"])
    step = store.get(STEP_KIND, params["step_id"])
    if step is None or step["run_id"] != run["id"]:
        raise not_found("run step", params["step_id"])
    return JSONResponse(step)


_RUN = "/threads/{thread_id}/runs/{run_id}"
routes = [
    Route("/threads/runs", create_thread_and_run, methods=["POST"]),
    Route("/threads/{thread_id}/runs", create, methods=["POST"]),
    Route("/threads/{thread_id}/runs", list_runs, methods=["GET"]),
    Route(_RUN, retrieve, methods=["GET"]),
    Route(_RUN, modify, methods=["POST"]),
    Route(_RUN + "/cancel", cancel, methods=["POST"]),
    Route(_RUN + "/submit_tool_outputs", submit_tool_outputs, methods=["POST"]),
    Route(_RUN + "/steps", list_steps, methods=["GET"]),
    Route(_RUN + "/steps/{step_id}", retrieve_step, methods=["GET"]),
]
