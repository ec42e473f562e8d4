"""``POST /v1/chat/completions``: the scripted engine's reply as one completion (JSON) or as chunks (SSE).

Stateless, as on OpenAI: every request carries the whole conversation in ``messages``. The reply follows
the last user turn (its images are acknowledged), or the tool messages answering the last tool calls.
Function tools may be called several at a time (``parallel_tool_calls``, on by default): every function
the question names is called. Usage counts words (``engine.count_tokens``) of every message, plus
``IMAGE_TOKENS`` per image; ``stream_options.include_usage`` adds the final usage chunk.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from belugadesk.localapi import engine
from belugadesk.localapi.chat_messages import Conversation, read_messages
from belugadesk.localapi.errors import ApiError, error_body, invalid, missing
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.models import unknown_model
from belugadesk.localapi.request_models import ChatCompletionCreate
from belugadesk.localapi.sse import sse_response
from belugadesk.localapi.state import ApiState, api
from belugadesk.localapi.tools import engine_tools, normalize_tools
from belugadesk.localapi.validation import parse_body, read_json

IMAGE_TOKENS = 85
SYSTEM_FINGERPRINT = "fp_belugadesk_local"
REASONING_EFFORTS = ("none", "minimal", "low", "medium", "high", "xhigh")
MAX_STOP_SEQUENCES = 4


def takes_reasoning_effort(model: str) -> bool:
    """Reasoning models (o-series, gpt-5) take ``reasoning_effort``; the others refuse it, as on OpenAI."""
    return re.match(r"o\d|gpt-5", model) is not None


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class ChatJob:
    """One completion, decided before anything is sent."""

    state: ApiState
    id: str
    model: str
    created: int
    text: str
    tool_calls: tuple[ToolCall, ...]
    finish_reason: str
    failure: str | None
    usage: dict[str, Any]
    include_usage: bool

    def base(self, kind: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": kind,
            "created": self.created,
            "model": self.model,
            "service_tier": "default",
            "system_fingerprint": SYSTEM_FINGERPRINT,
        }


def _stop_sequences(raw: Any) -> list[str]:
    stops = [raw] if isinstance(raw, str) else list(raw or [])
    if len(stops) > MAX_STOP_SEQUENCES or not all(isinstance(s, str) for s in stops):
        raise invalid(
            f"Invalid 'stop': expected a string or an array of at most {MAX_STOP_SEQUENCES} strings.",
            param="stop",
            code="invalid_value",
        )
    return [s for s in stops if s]


def _response_format(raw: dict[str, Any] | None) -> dict[str, Any]:
    fmt = raw or {"type": "text"}
    kind = fmt.get("type")
    if kind not in ("text", "json_object", "json_schema"):
        raise invalid(
            f"Invalid value: '{kind}'. Supported values are: 'text', 'json_object' and 'json_schema'.",
            param="response_format.type",
            code="invalid_value",
        )
    if kind == "json_schema":
        schema = fmt.get("json_schema")
        if not isinstance(schema, dict) or not schema.get("name"):
            raise missing("response_format.json_schema.name")
    return fmt


def _tools(raw: Any) -> list[dict[str, Any]]:
    for i, tool in enumerate(raw or []):
        if isinstance(tool, dict) and tool.get("type") != "function":
            raise invalid(
                f"Invalid value: '{tool.get('type')}'. Supported values are: 'function' and 'custom'.",
                param=f"tools[{i}].type",
                code="invalid_value",
            )
    return normalize_tools(raw, responses_api=False)


def _tool_choice(raw: Any, functions: list[str]) -> str | None:
    if raw is None or raw in ("auto", "none", "required"):
        return raw
    if isinstance(raw, dict) and raw.get("type") == "function":
        name = (raw.get("function") or {}).get("name")
        if name not in functions:
            raise invalid(
                f"Invalid value for 'tool_choice': tool '{name}' not found in 'tools'.",
                param="tool_choice",
                code="invalid_value",
            )
        return str(name)
    raise invalid(
        f"Invalid value: '{raw}'. Supported values are: 'none', 'auto' and 'required'.",
        param="tool_choice",
        code="invalid_value",
    )


def _check_options(body: dict[str, Any], model: str) -> None:
    effort = body.get("reasoning_effort")
    if effort is not None:
        if not takes_reasoning_effort(model):
            raise invalid(
                "Unsupported parameter: 'reasoning_effort' is not supported with this model.",
                param="reasoning_effort",
                code="unsupported_parameter",
            )
        if effort not in REASONING_EFFORTS:
            raise invalid(
                f"Invalid value: '{effort}'. Supported values are: "
                + ", ".join(f"'{e}'" for e in REASONING_EFFORTS)
                + ".",
                param="reasoning_effort",
                code="invalid_value",
            )
    if (body.get("n") or 1) > 1:
        raise invalid("This server answers with one choice only: leave 'n' out or set it to 1.", param="n")


def _calls(
    reply: engine.Reply, conversation: Conversation, tools: engine.Tools, parallel: bool
) -> list[ToolCall]:
    if reply.function_call is None:
        return []
    first = reply.function_call
    calls = [ToolCall(new_id("call_"), first.name, first.arguments)]
    if parallel:
        for name in engine.mentioned_functions(conversation.user_text, tools.functions):
            if name != first.name:
                arguments = json.dumps(
                    engine.function_arguments(tools.functions[name], conversation.user_text)
                )
                calls.append(ToolCall(new_id("call_"), name, arguments))
    return calls


def _reply_text(reply: engine.Reply, conversation: Conversation, json_mode: bool) -> str:
    text = reply.text
    if conversation.image_count and not json_mode and not conversation.tool_outputs:
        count = conversation.image_count
        text = f"I can see the {count} image{'s' if count != 1 else ''} you sent.\n\n" + text
    return text


def _cut(text: str, stops: list[str], max_tokens: int | None) -> tuple[str, str]:
    """The text as sent, and why it ended (``stop`` or ``length``)."""
    for stop in stops:
        if stop in text:
            text = text[: text.index(stop)]
    if max_tokens is not None and engine.count_tokens(text) > max_tokens:
        pieces = re.findall(r"\s*\S+", text)
        return "".join(pieces[:max_tokens]), "length"
    return text, "stop"


def build_job(state: ApiState, body: dict[str, Any]) -> ChatJob:
    parse_body(ChatCompletionCreate, body)
    model = body["model"]
    if model not in state.config.models:
        raise unknown_model(model)
    conversation = read_messages(body["messages"])
    _check_options(body, model)
    tools = _tools(body.get("tools"))
    engine_set = engine_tools(tools)
    choice = _tool_choice(body.get("tool_choice"), list(engine_set.functions))
    fmt = _response_format(body.get("response_format"))
    stops = _stop_sequences(body.get("stop"))
    json_mode = fmt["type"] != "text"
    if json_mode and not conversation.tool_outputs:
        schema = (fmt.get("json_schema") or {}).get("schema") if fmt["type"] == "json_schema" else None
        reply = engine.json_reply(conversation.user_text, schema)
    else:
        reply = engine.reply(
            conversation.user_text, engine_set, tool_outputs=conversation.tool_outputs, tool_choice=choice
        )
    calls = _calls(reply, conversation, engine_set, body.get("parallel_tool_calls") is not False)
    max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
    text, finish = _cut(_reply_text(reply, conversation, json_mode), stops, max_tokens)
    if calls:
        text, finish = "", "tool_calls"
    completion_tokens = engine.count_tokens(text) + sum(engine.count_tokens(c.arguments) for c in calls)
    reasoning_tokens = 8 if body.get("reasoning_effort") not in (None, "none") else 0
    prompt_tokens = engine.count_tokens(conversation.prompt_text) + IMAGE_TOKENS * conversation.prompt_images
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens + reasoning_tokens,
        "total_tokens": prompt_tokens + completion_tokens + reasoning_tokens,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": reasoning_tokens,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }
    include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
    return ChatJob(
        state,
        new_id("chatcmpl-"),
        model,
        now(),
        text,
        tuple(calls),
        finish,
        reply.failure,
        usage,
        include_usage,
    )


def _failure_error() -> dict[str, Any]:
    return error_body(engine.FAILURE_MESSAGE, type="server_error")


def completion(job: ChatJob) -> dict[str, Any]:
    message: dict[str, Any] = {
        "role": "assistant",
        "content": job.text or None,
        "refusal": None,
        "annotations": [],
    }
    if job.tool_calls:
        message["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in job.tool_calls
        ]
    choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": job.finish_reason}
    return {**job.base("chat.completion"), "choices": [choice], "usage": job.usage}


def _data(payload: Any) -> bytes:
    """A chat-completions SSE frame: data only, no event name (the SDK reads named events differently)."""
    text = payload if isinstance(payload, str) else json.dumps(payload, separators=(",", ":"))
    return f"data: {text}\n\n".encode()


def _chunk(job: ChatJob, delta: dict[str, Any], finish: str | None = None) -> bytes:
    body = {
        **job.base("chat.completion.chunk"),
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }
    if job.include_usage:
        body["usage"] = None
    return _data(body)


async def chunks(job: ChatJob) -> AsyncIterator[bytes]:
    """The completion as chunks: role, content deltas or tool-call pieces, the finish, usage, ``[DONE]``.

    A scripted failure sends an ``error`` frame after a few deltas and ends (no ``[DONE]``); a server
    shutting down ends the stream the same way.
    """
    state = job.state
    yield _chunk(job, {"role": "assistant", "content": "", "refusal": None})
    for sent, piece in enumerate(engine.split_deltas(job.text)):
        await state.pace()
        if state.closing.is_set() or (job.failure and sent >= engine.FAIL_AFTER_DELTAS):
            yield _data(_failure_error())
            return
        yield _chunk(job, {"content": piece})
    for index, call in enumerate(job.tool_calls):
        await state.pace()
        head = {
            "index": index,
            "id": call.id,
            "type": "function",
            "function": {"name": call.name, "arguments": ""},
        }
        yield _chunk(job, {"tool_calls": [head]})
        for piece in engine.split_deltas(call.arguments):
            await state.pace()
            yield _chunk(job, {"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
    yield _chunk(job, {}, job.finish_reason)
    if job.include_usage:
        yield _data({**job.base("chat.completion.chunk"), "choices": [], "usage": job.usage})
    yield _data("[DONE]")


async def create(request: Request) -> Response:
    state = api(request)
    body = await read_json(request)
    job = build_job(state, body)
    if body.get("stream"):
        return sse_response(chunks(job))
    if job.failure:
        raise ApiError(500, engine.FAILURE_MESSAGE, type="server_error")
    return JSONResponse(completion(job))


routes = [Route("/chat/completions", create, methods=["POST"])]
