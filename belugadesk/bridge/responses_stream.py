"""Folds Responses API stream events into domain events and remembers how the reply is going."""

from __future__ import annotations

from typing import Any

from belugadesk.bridge import responses_mapping as mapping
from belugadesk.bridge.errors import run_error_sentence, streamed_text
from belugadesk.domain.events import (
    MessageCompleted,
    RunErrored,
    RunEvent,
    RunStatus,
    RunStatusChanged,
    TextDelta,
    ToolCallOutput,
    ToolCallRequested,
    UsageReported,
)
from belugadesk.domain.models import Message, Role, ToolCallPart, Usage

_TOOL_ITEMS = ("function_call", "code_interpreter_call", "file_search_call", "mcp_call", "mcp_list_tools")


class ResponseStreamState:
    def __init__(self) -> None:
        self._text: list[str] = []  # joined on demand: += on one long string would copy it every delta
        self.done: RunStatus | None = None
        self.tool_calls_requested = False
        self.model: str | None = None

    @property
    def text(self) -> str:
        """The text streamed so far."""
        return "".join(self._text)

    def translate(self, event: Any) -> list[RunEvent]:
        kind = event.type
        if kind == "response.created":
            self.model = getattr(event.response, "model", None)
            return [RunStatusChanged(status=RunStatus.IN_PROGRESS)]
        if kind == "response.queued":
            return [RunStatusChanged(status=RunStatus.QUEUED)]
        if kind == "response.output_text.delta":
            self._text.append(streamed_text(event.delta))
            return [TextDelta(delta=event.delta, message_remote_id=event.item_id)]
        if kind == "response.output_item.added":
            if event.item.type in _TOOL_ITEMS:
                return [RunStatusChanged(status=RunStatus.CALLING_TOOL)]
            return []
        if kind == "response.output_item.done":
            return self._item_done(event.item)
        if kind in ("response.completed", "response.incomplete"):
            return self._finished(event)
        if kind == "response.failed":
            error = getattr(event.response, "error", None)
            self.done = RunStatus.FAILED
            message = run_error_sentence(getattr(error, "message", None))
            return [RunErrored(message=message, code=getattr(error, "code", None))]
        if kind == "error":
            self.done = RunStatus.FAILED
            message = run_error_sentence(getattr(event, "message", None))
            return [RunErrored(message=message, code=getattr(event, "code", None))]
        return []

    def _finished(self, event: Any) -> list[RunEvent]:
        out: list[RunEvent] = []
        response = event.response
        usage = getattr(response, "usage", None)
        if usage is not None:
            details = getattr(usage, "input_tokens_details", None)
            out.append(
                UsageReported(
                    usage=Usage(
                        input_tokens=usage.input_tokens,
                        output_tokens=usage.output_tokens,
                        cached_tokens=getattr(details, "cached_tokens", 0) or 0,
                    ),
                    model=getattr(response, "model", None),
                )
            )
        if getattr(response, "status", None) == "cancelled":
            self.done = RunStatus.CANCELLED
        elif event.type == "response.incomplete":
            self.done = RunStatus.INCOMPLETE
        elif self.tool_calls_requested:
            self.done = RunStatus.REQUIRES_ACTION
        else:
            self.done = RunStatus.COMPLETED
        out.append(RunStatusChanged(status=self.done))
        return out

    def _item_done(self, item: Any) -> list[RunEvent]:
        if item.type == "message":
            message = Message(
                remote_id=item.id,
                role=Role.ASSISTANT,
                parts=mapping.message_parts(item.content),
                status=mapping.status_of(getattr(item, "status", None)),
                model=self.model,
            )
            return [MessageCompleted(message=message)]
        if item.type == "function_call":
            self.tool_calls_requested = True
            call = ToolCallPart(
                call_id=item.call_id, kind="function", name=item.name, arguments=item.arguments
            )
            return [RunStatusChanged(status=RunStatus.REQUIRES_ACTION), ToolCallRequested(call=call)]
        if item.type == "code_interpreter_call":
            call, images = mapping.code_call(item)
            return [ToolCallOutput(call=call, images=images)]
        if item.type == "file_search_call":
            return [ToolCallOutput(call=mapping.file_search_call(item))]
        if item.type == "mcp_list_tools":
            return [ToolCallOutput(call=mapping.mcp_list_tools_call(item))]
        if item.type == "mcp_call":
            return [ToolCallOutput(call=mapping.mcp_call(item))]
        if item.type == "mcp_approval_request":  # the response ends waiting for the person's answer
            self.tool_calls_requested = True
            call = mapping.mcp_approval_call(item)
            return [RunStatusChanged(status=RunStatus.REQUIRES_ACTION), ToolCallRequested(call=call)]
        return []
