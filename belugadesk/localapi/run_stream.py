"""One Assistants run: its steps, the assistant message, and the ``thread.*`` stream events.

Streaming and non-streaming runs both drain these generators; a run whose client disconnects keeps going
in the background, as runs do on the real service.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

from belugadesk.localapi import engine
from belugadesk.localapi.files import save_file
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.png import bar_chart_png
from belugadesk.localapi.state import ApiState
from belugadesk.localapi.threads import MESSAGE_KIND, message_object, text_part

RUN_KIND = "run"
STEP_KIND = "run_step"
CITATION_MARK = "【4:0†source】"
TERMINAL = ("completed", "cancelled", "failed", "expired", "incomplete")

Event = tuple[str, Any]


class _Stop(Exception):
    """The run was cancelled or broke off; what was written so far stays in the thread."""


@dataclass
class RunJob:
    state: ApiState
    run: dict[str, Any]
    reply: engine.Reply
    prompt_tokens: int
    message: dict[str, Any] | None = None
    step: dict[str, Any] | None = None
    deltas_sent: int = 0
    chart_file_id: str | None = None

    @property
    def store(self) -> Any:
        return self.state.store

    @property
    def done(self) -> bool:
        return self.run["status"] in TERMINAL or self.run["status"] == "requires_action"

    def save_run(self) -> dict[str, Any]:
        if self.run["id"] in self.state.cancel_requests and self.run["status"] not in TERMINAL:
            self.run["status"] = "cancelling"  # asked to cancel: it stays so until the run has stopped
        self.store.put(RUN_KIND, self.run, parent=self.run["thread_id"])
        return copy.deepcopy(self.run)

    def save_step(self) -> dict[str, Any]:
        assert self.step is not None
        self.store.put(STEP_KIND, self.step, parent=self.run["id"])
        return copy.deepcopy(self.step)

    def save_message(self) -> dict[str, Any]:
        assert self.message is not None
        self.store.put(MESSAGE_KIND, self.message, parent=self.run["thread_id"])
        return copy.deepcopy(self.message)

    async def tick(self) -> None:
        await self.state.pace()
        if self.state.stop_requested(self.run["id"]):
            raise _Stop("cancelled")
        if self.reply.failure and self.deltas_sent >= engine.FAIL_AFTER_DELTAS:
            raise _Stop(self.reply.failure)
        self.deltas_sent += 1

    def new_step(self, kind: str, details: dict[str, Any]) -> None:
        run = self.run
        self.step = {
            "id": new_id("step_"),
            "object": "thread.run.step",
            "created_at": now(),
            "assistant_id": run["assistant_id"],
            "thread_id": run["thread_id"],
            "run_id": run["id"],
            "type": kind,
            "status": "in_progress",
            "step_details": {"type": kind, **details},
            "last_error": None,
            "expired_at": None,
            "cancelled_at": None,
            "failed_at": None,
            "completed_at": None,
            "metadata": {},
            "usage": None,
        }

    def usage(self) -> dict[str, int]:
        completion = engine.count_tokens(self.reply.text)
        if self.reply.function_call is not None:
            completion += engine.count_tokens(self.reply.function_call.arguments)
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": self.prompt_tokens + completion,
        }


async def start_events(job: RunJob) -> AsyncGenerator[Event, None]:
    """A new run: created, queued, in progress, then its work."""
    job.state.active.add(job.run["id"])
    try:
        async for event in _start(job):
            yield event
    finally:
        job.state.active.discard(job.run["id"])


async def _start(job: RunJob) -> AsyncGenerator[Event, None]:
    yield "thread.run.created", job.save_run()
    yield "thread.run.queued", copy.deepcopy(job.run)
    job.run["status"] = "in_progress"
    job.run["started_at"] = now()
    yield "thread.run.in_progress", job.save_run()
    async for event in _work(job):
        yield event


async def resume_events(job: RunJob, outputs: dict[str, str]) -> AsyncGenerator[Event, None]:
    """After ``submit_tool_outputs``: the function step completes, then the run writes its answer."""
    job.state.active.add(job.run["id"])
    try:
        async for event in _resume(job, outputs):
            yield event
    finally:
        job.state.active.discard(job.run["id"])


async def _resume(job: RunJob, outputs: dict[str, str]) -> AsyncGenerator[Event, None]:
    assert job.step is not None
    for call in job.step["step_details"]["tool_calls"]:
        call["function"]["output"] = outputs[call["id"]]
    job.step["status"] = "completed"
    job.step["completed_at"] = now()
    yield "thread.run.step.completed", job.save_step()
    job.run["status"] = "queued"
    job.run["required_action"] = None
    yield "thread.run.queued", job.save_run()
    job.run["status"] = "in_progress"
    yield "thread.run.in_progress", job.save_run()
    async for event in _work(job):
        yield event


async def _work(job: RunJob) -> AsyncGenerator[Event, None]:
    reply = job.reply
    try:
        if reply.function_call is not None:
            async for event in _function_step(job, reply.function_call):
                yield event
            return
        image_id: str | None = None
        if reply.code is not None:
            async for event in _code_step(job, reply.code):
                yield event
            image_id = job.chart_file_id
        if reply.search_query is not None:
            async for event in _search_step(job):
                yield event
        async for event in _message(job, image_id):
            yield event
    except _Stop as stop:
        async for event in stopped_events(job, str(stop)):
            yield event
        return
    job.run["status"] = "completed"
    job.run["completed_at"] = now()
    job.run["usage"] = job.usage()
    job.state.cancel_requests.discard(job.run["id"])
    yield "thread.run.completed", job.save_run()


async def _function_step(job: RunJob, call: engine.FunctionCall) -> AsyncGenerator[Event, None]:
    call_id = new_id("call_")
    tool_call = {
        "id": call_id,
        "type": "function",
        "function": {"name": call.name, "arguments": "", "output": None},
    }
    job.new_step("tool_calls", {"tool_calls": [tool_call]})
    yield "thread.run.step.created", job.save_step()
    yield "thread.run.step.in_progress", job.save_step()
    for n, piece in enumerate(engine.split_deltas(call.arguments)):
        await job.tick()
        tool_call["function"]["arguments"] += piece  # type: ignore[index]
        delta = {"index": 0, "type": "function", "function": {"arguments": piece}}
        if n == 0:
            delta.update(id=call_id, function={"name": call.name, "arguments": piece, "output": None})
        yield "thread.run.step.delta", _step_delta(job, {"type": "tool_calls", "tool_calls": [delta]})
    job.save_step()
    job.run["status"] = "requires_action"
    job.run["required_action"] = {
        "type": "submit_tool_outputs",
        "submit_tool_outputs": {
            "tool_calls": [
                {
                    "id": call_id,
                    "type": "function",
                    "function": {"name": call.name, "arguments": call.arguments},
                }
            ]
        },
    }
    job.run["usage"] = job.usage()
    yield "thread.run.requires_action", job.save_run()


def _step_delta(job: RunJob, details: dict[str, Any]) -> dict[str, Any]:
    assert job.step is not None
    return {"id": job.step["id"], "object": "thread.run.step.delta", "delta": {"step_details": details}}


async def _code_step(job: RunJob, code: engine.CodeRun) -> AsyncGenerator[Event, None]:
    tool_call: dict[str, Any] = {
        "id": new_id("call_"),
        "type": "code_interpreter",
        "code_interpreter": {"input": "", "outputs": []},
    }
    job.new_step("tool_calls", {"tool_calls": [tool_call]})
    yield "thread.run.step.created", job.save_step()
    yield "thread.run.step.in_progress", job.save_step()
    for n, piece in enumerate(engine.split_deltas(code.code)):
        await job.tick()
        tool_call["code_interpreter"]["input"] += piece
        delta: dict[str, Any] = {"index": 0, "type": "code_interpreter", "code_interpreter": {"input": piece}}
        if n == 0:
            delta["id"] = tool_call["id"]
        yield "thread.run.step.delta", _step_delta(job, {"type": "tool_calls", "tool_calls": [delta]})
    chart = save_file(job.store, "chart.png", bar_chart_png(), "assistants_output")
    job.chart_file_id = chart["id"]
    tool_call["code_interpreter"]["outputs"] = [
        {"type": "logs", "logs": code.logs},
        {"type": "image", "image": {"file_id": chart["id"]}},
    ]
    _complete_step(job)
    yield "thread.run.step.completed", job.save_step()


def _complete_step(job: RunJob) -> None:
    assert job.step is not None
    job.step["status"] = "completed"
    job.step["completed_at"] = now()
    job.step["usage"] = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}


async def _search_step(job: RunJob) -> AsyncGenerator[Event, None]:
    tool_call = {
        "id": new_id("call_"),
        "type": "file_search",
        "file_search": {
            "ranking_options": {"ranker": "default_2024_08_21", "score_threshold": 0.0},
            "results": [],
        },
    }
    job.new_step("tool_calls", {"tool_calls": [tool_call]})
    yield "thread.run.step.created", job.save_step()
    yield "thread.run.step.in_progress", job.save_step()
    await job.tick()
    _complete_step(job)
    yield "thread.run.step.completed", job.save_step()


def _text_and_annotations(job: RunJob) -> tuple[str, list[dict[str, Any]]]:
    reply = job.reply
    text = reply.text
    notes: list[dict[str, Any]] = []
    if reply.hits and reply.citation_end is not None:
        end = reply.citation_end
        text = text[:end] + CITATION_MARK + text[end:]
        notes.append(
            {
                "type": "file_citation",
                "text": CITATION_MARK,
                "start_index": end,
                "end_index": end + len(CITATION_MARK),
                "file_citation": {"file_id": reply.hits[0].file_id},
            }
        )
    return text, notes


async def _message(job: RunJob, image_id: str | None) -> AsyncGenerator[Event, None]:
    run = job.run
    job.message = message_object(
        run["thread_id"],
        "assistant",
        [],
        status="in_progress",
        completed_at=None,
        assistant_id=run["assistant_id"],
        run_id=run["id"],
    )
    job.new_step("message_creation", {"message_creation": {"message_id": job.message["id"]}})
    yield "thread.run.step.created", job.save_step()
    yield "thread.run.step.in_progress", job.save_step()
    yield "thread.message.created", job.save_message()
    yield "thread.message.in_progress", copy.deepcopy(job.message)
    content = job.message["content"]
    msg_id = job.message["id"]
    if image_id is not None:
        content.append({"type": "image_file", "image_file": {"file_id": image_id, "detail": "auto"}})
        yield (
            "thread.message.delta",
            _delta(msg_id, {"index": 0, "type": "image_file", "image_file": {"file_id": image_id}}),
        )
    text, notes = _text_and_annotations(job)
    part = text_part("")
    content.append(part)
    index = len(content) - 1
    for piece in engine.split_deltas(text):
        await job.tick()
        part["text"]["value"] += piece
        yield (
            "thread.message.delta",
            _delta(msg_id, {"index": index, "type": "text", "text": {"value": piece}}),
        )
    if notes:
        part["text"]["annotations"] = notes
        indexed = [{"index": n, **note} for n, note in enumerate(notes)]
        yield (
            "thread.message.delta",
            _delta(msg_id, {"index": index, "type": "text", "text": {"annotations": indexed}}),
        )
    job.message["status"] = "completed"
    job.message["completed_at"] = now()
    yield "thread.message.completed", job.save_message()
    _complete_step(job)
    yield "thread.run.step.completed", job.save_step()


def _delta(message_id: str, part: dict[str, Any]) -> dict[str, Any]:
    return {"id": message_id, "object": "thread.message.delta", "delta": {"content": [part]}}


async def stopped_events(job: RunJob, why: str) -> AsyncGenerator[Event, None]:
    """Settle a run that was cancelled or failed: partial message kept (incomplete), step and run closed."""
    stamp = now()
    failed = why != "cancelled"
    error = {"code": "server_error", "message": engine.FAILURE_MESSAGE} if failed else None
    if job.message is not None and job.message["status"] == "in_progress":
        job.message["status"] = "incomplete"
        job.message["incomplete_at"] = stamp
        job.message["incomplete_details"] = {"reason": "run_failed" if failed else "run_cancelled"}
        yield "thread.message.incomplete", job.save_message()
    if job.step is not None and job.step["status"] == "in_progress":
        job.step["status"] = "failed" if failed else "cancelled"
        job.step["failed_at" if failed else "cancelled_at"] = stamp
        job.step["last_error"] = error
        yield ("thread.run.step.failed" if failed else "thread.run.step.cancelled"), job.save_step()
    job.state.cancel_requests.discard(job.run["id"])
    job.run["status"] = "failed" if failed else "cancelled"
    job.run["failed_at" if failed else "cancelled_at"] = stamp
    job.run["last_error"] = error
    job.run["usage"] = job.usage()
    snapshot = job.save_run()
    if why == "error":
        body = {
            "message": engine.FAILURE_MESSAGE,
            "type": "server_error",
            "param": None,
            "code": "server_error",
        }
        yield "error", body
    else:
        yield ("thread.run.failed" if failed else "thread.run.cancelled"), snapshot
