"""Typed events a backend yields while a reply streams in. Both API families map onto these."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from belugadesk.domain.models import Frozen, ImagePart, Message, ToolCallPart, Usage


class RunStatus(StrEnum):
    QUEUED = "queued"
    IN_PROGRESS = "in_progress"
    CALLING_TOOL = "calling_tool"
    REQUIRES_ACTION = "requires_action"
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    CANCELLED = "cancelled"
    FAILED = "failed"

    @property
    def is_terminal(self) -> bool:
        return self in {RunStatus.COMPLETED, RunStatus.INCOMPLETE, RunStatus.CANCELLED, RunStatus.FAILED}


class RunStarted(Frozen):
    """The server accepted the request; ``run_ref`` is the response id or run id used to cancel/continue."""

    kind: Literal["run_started"] = "run_started"
    run_ref: str


class TextDelta(Frozen):
    kind: Literal["text_delta"] = "text_delta"
    delta: str
    message_remote_id: str | None = None


class MessageCompleted(Frozen):
    """An assistant message is complete (its final text, annotations and images)."""

    kind: Literal["message_completed"] = "message_completed"
    message: Message


class ToolCallRequested(Frozen):
    """The assistant asks the app to run a function; answer with ``submit_tool_outputs``."""

    kind: Literal["tool_call_requested"] = "tool_call_requested"
    call: ToolCallPart


class ToolCallOutput(Frozen):
    """A hosted tool (code interpreter, file search) ran: its call with output, and any images."""

    kind: Literal["tool_call_output"] = "tool_call_output"
    call: ToolCallPart
    images: tuple[ImagePart, ...] = ()


class RunStatusChanged(Frozen):
    kind: Literal["run_status"] = "run_status"
    status: RunStatus


class UsageReported(Frozen):
    kind: Literal["usage"] = "usage"
    usage: Usage
    model: str | None = None


class ContextTrimmed(Frozen):
    """Older messages of the thread were left out of this request: they do not fit the model's context
    budget (Chat Completions, where the app sends the history itself). The chat shows ``sentence``."""

    kind: Literal["context_trimmed"] = "context_trimmed"
    left_out: int
    budget: int

    @property
    def sentence(self) -> str:
        older = "1 older message was" if self.left_out == 1 else f"{self.left_out} older messages were"
        return (
            f"{older} left out of this reply: the thread is longer than the model's context budget of "
            f"{self.budget:,} tokens. The assistant did not see them."
        )


class ToolsLeftOut(Frozen):
    """The assistant's hosted tools (file search, the code interpreter) were left out of this request: the
    server has none (Chat Completions). The chat shows ``sentence``."""

    kind: Literal["tools_left_out"] = "tools_left_out"
    tools: tuple[Literal["file_search", "code_interpreter"], ...]

    @property
    def sentence(self) -> str:
        names = {"file_search": "file search", "code_interpreter": "the code interpreter"}
        listed = " and ".join(names[t] for t in self.tools)
        it = "them" if len(self.tools) > 1 else "it"
        return (
            f"This reply was written without {listed}: Chat Completions servers do not offer {it}. Use a "
            f"profile on the Responses or Assistants API for {it}."
        )


class RunErrored(Frozen):
    """The server reported an error inside the stream (the sentence is already human)."""

    kind: Literal["error"] = "error"
    message: str
    code: str | None = None


class RunDone(Frozen):
    """The last event of every stream. ``status`` says how it ended; ``partial_text`` what arrived."""

    kind: Literal["done"] = "done"
    status: RunStatus
    run_ref: str | None = None
    partial_text: str = ""


RunEvent = Annotated[
    RunStarted
    | TextDelta
    | MessageCompleted
    | ToolCallRequested
    | ToolCallOutput
    | RunStatusChanged
    | UsageReported
    | ContextTrimmed
    | ToolsLeftOut
    | RunErrored
    | RunDone,
    Field(discriminator="kind"),
]
