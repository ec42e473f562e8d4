"""One Responses API run: the ordered stream events, with the response object kept up to date.

Streaming and non-streaming requests both drain :func:`run_events`; only the transport differs.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from belugadesk.localapi import engine
from belugadesk.localapi.containers import CHART_FILENAME, ensure_container, write_chart
from belugadesk.localapi.conversations import append_items
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.items import Item, message_text
from belugadesk.localapi.mcp_stream import McpTurn, mcp_events
from belugadesk.localapi.state import ApiState

KIND = "response"
CONTEXT_KIND = "response_ctx"

Event = dict[str, Any]


class _Stop(Exception):
    """The run was cancelled or broke off; the partial output is kept."""


@dataclass
class ResponseJob:
    state: ApiState
    response: dict[str, Any]
    input_items: list[Item]
    reply: engine.Reply
    conversation_id: str | None
    container_id: str | None
    include: tuple[str, ...]
    url_base: str
    history: list[Item] = field(default_factory=list)
    mcp: McpTurn | None = None  # the request's remote MCP servers, if any
    seq: int = -1
    done: bool = False
    deltas_sent: int = 0
    texts: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.response["id"])

    def event(self, kind: str, **fields: Any) -> Event:
        self.seq += 1
        return {"type": kind, **fields, "sequence_number": self.seq}

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy(self.response)

    def save(self) -> None:
        self.state.store.put(KIND, self.response)

    def add_output(self, item: dict[str, Any]) -> int:
        self.response["output"].append(item)
        return len(self.response["output"]) - 1

    async def tick(self) -> None:
        """Pause between deltas; stop when a cancel was requested or a scripted failure is due."""
        await self.state.pace()
        if self.state.stop_requested(self.id):
            raise _Stop("cancelled")
        if self.reply.failure and self.deltas_sent >= engine.FAIL_AFTER_DELTAS:
            raise _Stop(self.reply.failure)
        self.deltas_sent += 1

    def finish(self, status: str, error: dict[str, Any] | None = None) -> None:
        """Settle the response (status, usage, error), store it, and extend the conversation."""
        if self.done:
            return
        self.done = True
        self.state.cancel_requests.discard(self.id)
        for item in self.response["output"]:
            if item.get("status") in ("in_progress", "searching", "interpreting"):
                item["status"] = "incomplete"
        response = self.response
        response["status"] = status
        response["error"] = error
        if status == "completed":
            response["completed_at"] = now()
        context = self.history + self.input_items
        response["usage"] = usage(context, response.get("instructions"), response["output"])
        self.save()
        if self.conversation_id and status in ("completed", "cancelled", "incomplete"):
            append_items(self.state.store, self.conversation_id, self.input_items + response["output"])

    def interrupt(self) -> None:
        """The client went away mid-stream: keep what was produced, as a cancelled response."""
        self.finish("cancelled")


def usage(input_items: list[Item], instructions: Any, output: list[dict[str, Any]]) -> dict[str, Any]:
    """Tokens, approximated by words: the whole context (history, input, instructions) in, the output out."""
    words_in = sum(engine.count_tokens(message_text(i)) for i in input_items if i.get("type") == "message")
    words_in += sum(engine.count_tokens(str(i.get("output", ""))) for i in input_items)
    if isinstance(instructions, str):
        words_in += engine.count_tokens(instructions)
    words_out = 0
    for item in output:
        words_out += engine.count_tokens(message_text(item)) if item["type"] == "message" else 0
        words_out += engine.count_tokens(str(item.get("arguments") or item.get("code") or ""))
    words_in = max(words_in, 1)
    return {
        "input_tokens": words_in,
        "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
        "output_tokens": words_out,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": words_in + words_out,
    }


async def run_events(job: ResponseJob) -> AsyncGenerator[Event, None]:
    """Every event of the run, in order; the response object is final once the last one is out."""
    job.state.active.add(job.id)
    try:
        async for event in _run(job):
            yield event
    finally:
        job.state.active.discard(job.id)


async def _run(job: ResponseJob) -> AsyncGenerator[Event, None]:
    job.response["status"] = "in_progress"
    job.save()
    yield job.event("response.created", response=job.snapshot())
    yield job.event("response.in_progress", response=job.snapshot())
    try:
        if job.mcp is not None:
            async for event in mcp_events(job, job.mcp):
                yield event
            if job.mcp.awaiting_approval:  # the response ends with the question; the next request answers
                job.finish("completed")
                yield job.event("response.completed", response=job.snapshot())
                return
        reply = job.reply
        if reply.function_call is not None:
            async for event in _function_call(job, reply.function_call):
                yield event
        else:
            chart: dict[str, Any] | None = None
            if reply.code is not None:
                async for code_event, made in _code_call(job, reply.code):
                    chart = made or chart
                    if code_event:
                        yield code_event
            if reply.search_query is not None:
                async for event in _search_call(job, reply):
                    yield event
            async for event in _message(job, _annotations(reply, chart)):
                yield event
    except _Stop as stop:
        async for event in _stopped(job, str(stop)):
            yield event
        return
    job.finish("completed")
    yield job.event("response.completed", response=job.snapshot())


async def _stopped(job: ResponseJob, why: str) -> AsyncIterator[Event]:
    """Close the open output item, then end the stream the way this kind of stop ends."""
    for index, item in enumerate(job.response["output"]):
        if item.get("status") == "in_progress":
            item["status"] = "incomplete"
            yield job.event("response.output_item.done", output_index=index, item=copy.deepcopy(item))
    if why == "cancelled":
        job.finish("cancelled")
        yield job.event("response.incomplete", response=job.snapshot())
    elif why == "error":
        job.finish("failed", {"code": "server_error", "message": engine.FAILURE_MESSAGE})
        yield job.event("error", code="server_error", message=engine.FAILURE_MESSAGE, param=None)
    else:
        job.finish("failed", {"code": "server_error", "message": engine.FAILURE_MESSAGE})
        yield job.event("response.failed", response=job.snapshot())


async def _function_call(job: ResponseJob, call: engine.FunctionCall) -> AsyncIterator[Event]:
    item: dict[str, Any] = {
        "id": new_id("fc_"),
        "type": "function_call",
        "status": "in_progress",
        "arguments": "",
        "call_id": new_id("call_"),
        "name": call.name,
    }
    index = job.add_output(item)
    yield job.event("response.output_item.added", output_index=index, item=copy.deepcopy(item))
    for piece in engine.split_deltas(call.arguments):
        await job.tick()
        item["arguments"] += piece
        yield job.event(
            "response.function_call_arguments.delta", item_id=item["id"], output_index=index, delta=piece
        )
    yield job.event(
        "response.function_call_arguments.done",
        item_id=item["id"],
        name=call.name,
        output_index=index,
        arguments=item["arguments"],
    )
    item["status"] = "completed"
    yield job.event("response.output_item.done", output_index=index, item=copy.deepcopy(item))


async def _code_call(
    job: ResponseJob, code: engine.CodeRun
) -> AsyncIterator[tuple[Event | None, dict[str, Any] | None]]:
    store = job.state.store
    container = ensure_container(store, job.container_id)
    item: dict[str, Any] = {
        "id": new_id("ci_"),
        "type": "code_interpreter_call",
        "status": "in_progress",
        "container_id": container["id"],
        "code": "",
        "outputs": None,
    }
    index = job.add_output(item)
    ids = {"output_index": index, "item_id": item["id"]}
    yield job.event("response.output_item.added", output_index=index, item=copy.deepcopy(item)), None
    yield job.event("response.code_interpreter_call.in_progress", **ids), None
    for piece in engine.split_deltas(code.code):
        await job.tick()
        item["code"] += piece
        yield job.event("response.code_interpreter_call_code.delta", **ids, delta=piece), None
    yield job.event("response.code_interpreter_call_code.done", **ids, code=item["code"]), None
    item["status"] = "interpreting"
    yield job.event("response.code_interpreter_call.interpreting", **ids), None
    chart = write_chart(store, container["id"])
    url = f"{job.url_base}/containers/{container['id']}/files/{chart['id']}/content"
    item["outputs"] = [{"type": "logs", "logs": code.logs}, {"type": "image", "url": url}]
    item["status"] = "completed"
    yield job.event("response.code_interpreter_call.completed", **ids), chart
    yield job.event("response.output_item.done", output_index=index, item=copy.deepcopy(item)), None


async def _search_call(job: ResponseJob, reply: engine.Reply) -> AsyncIterator[Event]:
    item: dict[str, Any] = {
        "id": new_id("fs_"),
        "type": "file_search_call",
        "status": "in_progress",
        "queries": [reply.search_query],
        "results": None,
    }
    index = job.add_output(item)
    ids = {"output_index": index, "item_id": item["id"]}
    yield job.event("response.output_item.added", output_index=index, item=copy.deepcopy(item))
    yield job.event("response.file_search_call.in_progress", **ids)
    await job.tick()
    item["status"] = "searching"
    yield job.event("response.file_search_call.searching", **ids)
    await job.tick()
    if "file_search_call.results" in job.include:
        item["results"] = [
            {
                "file_id": h.file_id,
                "filename": h.filename,
                "text": h.text[:400],
                "score": 0.9,
                "attributes": {},
            }
            for h in reply.hits
        ]
    item["status"] = "completed"
    yield job.event("response.file_search_call.completed", **ids)
    yield job.event("response.output_item.done", output_index=index, item=copy.deepcopy(item))


def _annotations(reply: engine.Reply, chart: dict[str, Any] | None) -> list[dict[str, Any]]:
    notes: list[dict[str, Any]] = []
    if reply.hits and reply.citation_end is not None:
        hit = reply.hits[0]
        notes.append(
            {
                "type": "file_citation",
                "file_id": hit.file_id,
                "filename": hit.filename,
                "index": reply.citation_end,
            }
        )
    if chart is not None:
        link = f"(sandbox:{chart['path']})"
        end = reply.text.find(link)
        start = reply.text.rfind("[", 0, end) if end >= 0 else 0
        notes.append(
            {
                "type": "container_file_citation",
                "container_id": chart["container_id"],
                "file_id": chart["id"],
                "start_index": max(start, 0),
                "end_index": end + len(link) if end >= 0 else len(reply.text),
                "filename": CHART_FILENAME,
            }
        )
    return notes


async def _message(job: ResponseJob, annotations: list[dict[str, Any]]) -> AsyncIterator[Event]:
    part: dict[str, Any] = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
    item: dict[str, Any] = {
        "id": new_id("msg_"),
        "type": "message",
        "status": "in_progress",
        "role": "assistant",
        "content": [],
    }
    index = job.add_output(item)
    ids = {"item_id": item["id"], "output_index": index}
    yield job.event("response.output_item.added", output_index=index, item=copy.deepcopy(item))
    item["content"].append(part)
    yield job.event("response.content_part.added", **ids, content_index=0, part=copy.deepcopy(part))
    for piece in engine.split_deltas(job.reply.text):
        await job.tick()
        part["text"] += piece
        yield job.event("response.output_text.delta", **ids, content_index=0, delta=piece, logprobs=[])
    for n, note in enumerate(annotations):
        part["annotations"].append(note)
        yield job.event(
            "response.output_text.annotation.added",
            **ids,
            content_index=0,
            annotation_index=n,
            annotation=note,
        )
    yield job.event("response.output_text.done", **ids, content_index=0, text=part["text"], logprobs=[])
    yield job.event("response.content_part.done", **ids, content_index=0, part=copy.deepcopy(part))
    item["status"] = "completed"
    yield job.event("response.output_item.done", output_index=index, item=copy.deepcopy(item))
