"""Folds ``chat.completion.chunk``s into domain events and remembers how the reply is going."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from belugadesk.bridge.errors import streamed_text
from belugadesk.domain.events import (
    MessageCompleted,
    RunErrored,
    RunEvent,
    RunStatus,
    RunStatusChanged,
    TextDelta,
    ToolCallRequested,
    UsageReported,
)
from belugadesk.domain.models import Message, ToolCallPart, Usage

CUT_AT_LIMIT_SENTENCE = (
    "The reply was cut off: it reached the longest reply the model may write. Ask it to go on, or press "
    "Regenerate."
)


@dataclass
class _Call:
    id: str = ""
    name: str = ""
    arguments: str = ""


class ChatStreamState:
    """One completion's chunks: text deltas as they come; tool calls, the finish and usage at the end."""

    def __init__(self) -> None:
        self._pieces: list[str] = []  # the text so far (a list: += on one long string is quadratic)
        self.finish_reason: str | None = None
        self.prompt_tokens: int | None = None
        self.model: str | None = None
        self.completion_id: str | None = None
        self._calls: dict[int, _Call] = {}

    @property
    def text(self) -> str:
        return "".join(self._pieces)

    @property
    def tool_calls(self) -> list[ToolCallPart]:
        return [
            ToolCallPart(call_id=c.id, kind="function", name=c.name, arguments=c.arguments)
            for _, c in sorted(self._calls.items())
        ]

    def translate(self, chunk: Any) -> list[RunEvent]:
        events: list[RunEvent] = []
        self.completion_id = self.completion_id or getattr(chunk, "id", None)
        self.model = getattr(chunk, "model", None) or self.model
        usage = getattr(chunk, "usage", None)
        if usage is not None:
            self.prompt_tokens = usage.prompt_tokens
            details = getattr(usage, "prompt_tokens_details", None)
            cached = getattr(details, "cached_tokens", None) or 0
            reported = Usage(
                input_tokens=usage.prompt_tokens, output_tokens=usage.completion_tokens, cached_tokens=cached
            )
            events.append(UsageReported(usage=reported, model=self.model))
        for choice in chunk.choices or ():
            if choice.index != 0:
                continue
            delta = choice.delta
            if delta is not None and delta.content:
                piece = streamed_text(delta.content)
                self._pieces.append(piece)
                events.append(TextDelta(delta=piece))
            for piece in (delta.tool_calls if delta is not None else None) or ():
                if piece.index not in self._calls:
                    self._calls[piece.index] = _Call()
                    if not events or not isinstance(events[-1], RunStatusChanged):
                        events.append(RunStatusChanged(status=RunStatus.CALLING_TOOL))
                call = self._calls[piece.index]
                call.id = piece.id or call.id
                if piece.function is not None:
                    call.name = piece.function.name or call.name
                    call.arguments += piece.function.arguments or ""
            if choice.finish_reason:
                self.finish_reason = choice.finish_reason
        return events

    def finished(self) -> tuple[list[RunEvent], RunStatus]:
        """The events that settle the completion once the stream has ended, and how it ended."""
        if self.finish_reason is None:
            return [], RunStatus.INCOMPLETE
        events: list[RunEvent] = []
        text = self.text
        if text:
            events.append(MessageCompleted(message=Message.assistant(text, remote_id=self.completion_id)))
        calls = self.tool_calls
        if calls:
            events.extend(ToolCallRequested(call=c) for c in calls)
            return events, RunStatus.REQUIRES_ACTION
        if self.finish_reason == "length":
            events.append(RunErrored(message=CUT_AT_LIMIT_SENTENCE, code="length"))
            return events, RunStatus.INCOMPLETE
        if self.finish_reason == "content_filter":
            events.append(
                RunErrored(message="The server's content filter stopped the reply.", code="content_filter")
            )
            return events, RunStatus.INCOMPLETE
        return events, RunStatus.COMPLETED
