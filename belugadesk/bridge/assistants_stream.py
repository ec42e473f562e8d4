"""Folds Assistants v2 stream events (``thread.run.*``, ``thread.message.*``, ``thread.run.step.*``) into
domain events."""

from __future__ import annotations

from typing import Any

from belugadesk.bridge import assistants_mapping as mapping
from belugadesk.bridge.errors import SERVER_FAILED_SENTENCE, run_error_sentence, streamed_text
from belugadesk.domain.events import (
    MessageCompleted,
    RunErrored,
    RunEvent,
    RunStarted,
    RunStatus,
    RunStatusChanged,
    TextDelta,
    ToolCallOutput,
    ToolCallRequested,
    UsageReported,
)
from belugadesk.domain.models import ToolCallPart

_RUN_STATUS = {
    "thread.run.queued": RunStatus.QUEUED,
    "thread.run.in_progress": RunStatus.IN_PROGRESS,
}


class RunStreamState:
    """Remembers the run's id, the text streamed so far and how the run ended."""

    def __init__(self) -> None:
        self.run_ref: str | None = None
        self._text: list[str] = []  # joined on demand: += on one long string would copy it every delta
        self.done: RunStatus | None = None
        self.model: str | None = None
        self._status: RunStatus | None = None

    @property
    def text(self) -> str:
        """The text streamed so far."""
        return "".join(self._text)

    def translate(self, event: Any) -> list[RunEvent]:
        out = self._translate(event)
        kept: list[RunEvent] = []
        for item in out:  # report each status once, however many events repeat it
            if isinstance(item, RunStatusChanged):
                if item.status is self._status:
                    continue
                self._status = item.status
            kept.append(item)
        return kept

    def _translate(self, event: Any) -> list[RunEvent]:
        kind = getattr(event, "event", "")
        data: Any = getattr(event, "data", None)
        if kind == "thread.run.created":
            self.model = getattr(data, "model", None)
            out: list[RunEvent] = []
            if self.run_ref != data.id:
                self.run_ref = data.id
                out.append(RunStarted(run_ref=data.id))
            return [*out, RunStatusChanged(status=RunStatus.QUEUED)]
        if kind in _RUN_STATUS:
            if self.run_ref is None:  # a continued run (after tool outputs) starts with its status
                self.run_ref = data.id
                self.model = getattr(data, "model", None)
                return [RunStarted(run_ref=data.id), RunStatusChanged(status=_RUN_STATUS[kind])]
            return [RunStatusChanged(status=_RUN_STATUS[kind])]
        if kind == "thread.message.delta":
            return self._delta(data)
        if kind in ("thread.message.completed", "thread.message.incomplete"):
            message = mapping.message_to_domain(data).model_copy(update={"model": self.model})
            return [MessageCompleted(message=message)]
        if kind == "thread.run.step.created":
            details = getattr(data, "step_details", None)
            if getattr(details, "type", None) == "tool_calls":
                return [RunStatusChanged(status=RunStatus.CALLING_TOOL)]
            return []
        if kind == "thread.run.step.completed":
            return [
                ToolCallOutput(call=call, images=images)
                for call, images in mapping.step_tool_calls(data)
                if call.kind != "function"
            ]
        if kind == "thread.run.requires_action":
            return self._requires_action(data)
        if kind in ("thread.run.completed", "thread.run.incomplete"):
            self.done = RunStatus.COMPLETED if kind == "thread.run.completed" else RunStatus.INCOMPLETE
            return [*self._usage(data), RunStatusChanged(status=self.done)]
        if kind == "thread.run.cancelling":
            return []
        if kind == "thread.run.cancelled":
            self.done = RunStatus.CANCELLED
            return [*self._usage(data), RunStatusChanged(status=RunStatus.CANCELLED)]
        if kind in ("thread.run.failed", "thread.run.expired"):
            self.done = RunStatus.FAILED
            error = getattr(data, "last_error", None)
            expired = kind == "thread.run.expired"
            default = "The run expired before it finished." if expired else SERVER_FAILED_SENTENCE
            text = run_error_sentence(getattr(error, "message", None), default)
            return [RunErrored(message=text, code=getattr(error, "code", None))]
        if kind == "error":
            self.done = RunStatus.FAILED
            text = run_error_sentence(getattr(data, "message", None))
            return [RunErrored(message=text, code=getattr(data, "code", None))]
        return []

    def _delta(self, data: Any) -> list[RunEvent]:
        out: list[RunEvent] = []
        for block in getattr(data.delta, "content", None) or ():
            if getattr(block, "type", None) == "text" and block.text is not None and block.text.value:
                self._text.append(streamed_text(block.text.value))
                out.append(TextDelta(delta=block.text.value, message_remote_id=data.id))
        return out

    def _requires_action(self, run: Any) -> list[RunEvent]:
        self.done = RunStatus.REQUIRES_ACTION
        action = getattr(run, "required_action", None)
        calls = action.submit_tool_outputs.tool_calls if action is not None else []
        out: list[RunEvent] = [RunStatusChanged(status=RunStatus.REQUIRES_ACTION)]
        for call in calls:
            part = ToolCallPart(
                call_id=call.id, kind="function", name=call.function.name, arguments=call.function.arguments
            )
            out.append(ToolCallRequested(call=part))
        return out

    def _usage(self, run: Any) -> list[RunEvent]:
        usage = mapping.usage_of(run)
        return [UsageReported(usage=usage, model=self.model)] if usage is not None else []
