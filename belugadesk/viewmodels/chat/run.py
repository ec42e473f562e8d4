"""Streams one reply into the message list: coalesced text, tool calls (local tools or the user), the end."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot

from belugadesk.core.chat_reply import ReplyBuilder
from belugadesk.core.chat_tools import local_tool, parse_arguments
from belugadesk.core.titles import preview_from_markdown
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.events import (
    MessageCompleted,
    RunDone,
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
from belugadesk.domain.models import (
    AssistantDefinition,
    AttachmentPart,
    ImagePart,
    Message,
    MessageStatus,
    Role,
    Thread,
    ToolCallPart,
    ToolOutput,
    Usage,
    utcnow,
)
from belugadesk.viewmodels.chat.run_control import StopAlignment, StoppableSteps

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, SignalInstance

    from belugadesk.viewmodels.chat.images import ChatImages
    from belugadesk.viewmodels.chat.message_model import MessageListModel
    from belugadesk.viewmodels.chat.reply_saver import ReplySaver
    from belugadesk.viewmodels.session import Session

DECLINED_OUTPUT = json.dumps({"error": "The user declined to run this tool."})

STATUS_TEXT = {
    RunStatus.QUEUED: "Queued…",
    RunStatus.IN_PROGRESS: "Writing…",
    RunStatus.CALLING_TOOL: "Calling a tool…",
    RunStatus.REQUIRES_ACTION: "Waiting for a tool's output…",
    RunStatus.COMPLETED: "Completed",
    RunStatus.INCOMPLETE: "Incomplete",
    RunStatus.CANCELLED: "Stopped",
    RunStatus.FAILED: "Failed",
}

_RUN_TO_MESSAGE_STATUS = {
    RunStatus.COMPLETED: MessageStatus.COMPLETED,
    RunStatus.INCOMPLETE: MessageStatus.INCOMPLETE,
    RunStatus.CANCELLED: MessageStatus.CANCELLED,
    RunStatus.FAILED: MessageStatus.FAILED,
}


class ReplyRunner:
    """Mixed into :class:`ChatViewModel` (which owns the state and signals declared here)."""

    if TYPE_CHECKING:
        session: Session
        messages: MessageListModel
        images: ChatImages
        thread: Thread | None
        prices: Mapping[str, Any]
        statusChanged: SignalInstance
        threadSaved: SignalInstance
        replyFinished: SignalInstance
        toolCallPending: SignalInstance
        _streaming: bool
        _pending: str
        _reply_row: int
        _builder: ReplyBuilder
        _run_ref: str | None
        _steps: StoppableSteps
        _alignment: StopAlignment
        _finished_status: str
        _tool_futures: dict[str, asyncio.Future[str | None]]
        _flush_timer: QTimer
        _saver: ReplySaver

        def set_error(self, message: str) -> None: ...
        def _set_status(self, text: str) -> None: ...
        def start(self, coroutine: Any, *, failure: str = "") -> asyncio.Task[Any]: ...
        async def run(self, operation: Any, *, failure: str = "") -> Any: ...
        async def _save_question(self, thread: Thread, message: Message) -> None: ...

    @property
    def _stop_requested(self) -> bool:
        return self._steps.stopped

    # --- one reply, with tool calls ------------------------------------------------------------------

    async def _run_reply(
        self,
        thread: Thread,
        assistant: AssistantDefinition,
        user_text: str | None,
        files: Sequence[AttachmentPart],
        user_message: Message | None,
    ) -> bool:
        """Stream a reply into a new assistant row. False when the server never took the request.

        Every network step runs through ``self._steps``, so Stop cancels it at once, whatever the phase.
        """
        await self._alignment.finished()  # the clean-up of an earlier stop must not touch this reply
        try:
            backend = await self._steps.run(self.session.backend())
            if backend is None:
                return self._stopped_untaken()
            events = backend.stream_reply(thread.remote_id or "", assistant, user_text, attachments=files)
            first = await self._steps.run(anext(aiter(events)))
        except BelugaError as exc:
            self.set_error(str(exc))
            self._set_status("")
            return False
        if first is None:  # stopped before the server said anything: find out whether it took the question
            outcome = await self._alignment.start(backend, thread.remote_id or "", self._question(), None, "")
            if outcome.held is False:
                return self._stopped_untaken()
        if user_message is not None:
            await self._save_question(thread, user_message)
        self._builder = ReplyBuilder()
        self._reply_row = self.messages.append(
            Message(
                role=Role.ASSISTANT,
                thread_id=thread.id,
                status=MessageStatus.IN_PROGRESS,
                model=assistant.model,
            )
        )
        await self._saver.start(self.session.store, thread.id, self._reply())
        done = await self._consume_stoppable(first, events) if first is not None else self._stopped_run()
        while done.status is RunStatus.REQUIRES_ACTION and not self._stop_requested:
            outputs = await self._steps.run(self._answer_tool_calls())
            if outputs is None:
                done = self._stopped_run(done.run_ref)
                break
            self._set_status("Sending the tool output…")
            try:
                more = backend.submit_tool_outputs(
                    thread.remote_id or "", assistant, done.run_ref or "", outputs
                )
                done = await self._consume_stoppable(None, more, done.run_ref)
            except BelugaError as exc:
                self._update_reply(error=str(exc))
                done = RunDone(status=RunStatus.FAILED, run_ref=done.run_ref)
        if self._stop_requested and first is not None:
            await self._align_stopped(backend, thread, done.run_ref or self._run_ref)
        await self._finish(done)
        return True

    def _question(self) -> str:
        """The text of the last user message: the question this reply answers."""
        return next((m.text for m in reversed(self.messages.messages) if m.role is Role.USER), "")

    def _stopped_run(self, run_ref: str | None = None) -> RunDone:
        return RunDone(status=RunStatus.CANCELLED, run_ref=run_ref or self._run_ref)

    def _stopped_untaken(self) -> bool:
        """Stopped before the server took the question: the caller gives it back as a draft."""
        self._set_status(STATUS_TEXT[RunStatus.CANCELLED])
        self._finished_status = MessageStatus.CANCELLED.value
        return False

    async def _consume_stoppable(
        self, first: RunEvent | None, events: AsyncIterator[RunEvent], run_ref: str | None = None
    ) -> RunDone:
        done = await self._steps.run(self._consume(first, events))
        return done if done is not None else self._stopped_run(run_ref)

    async def _align_stopped(self, backend: Any, thread: Thread, run_ref: str | None) -> None:
        """The server keeps what it produced before the stop: make it hold the partial text shown here."""
        self._flush_pending()
        partial = self._reply().text or ""
        outcome = await self._alignment.start(
            backend, thread.remote_id or "", self._question(), run_ref, partial
        )
        if outcome.reply_remote_id is not None:
            self._update_reply(remote_id=outcome.reply_remote_id)

    async def _consume(self, first: RunEvent | None, events: AsyncIterator[RunEvent]) -> RunDone:
        done: RunDone | None = None
        if first is not None:
            done = self._handle(first)
        async for event in events:
            done = self._handle(event) or done
        return done or RunDone(status=RunStatus.INCOMPLETE)

    def _handle(self, event: RunEvent) -> RunDone | None:
        if isinstance(event, TextDelta):
            self._pending += event.delta
            if not self._flush_timer.isActive():
                self._flush_timer.start()
        elif isinstance(event, RunStatusChanged):
            if event.status is not RunStatus.REQUIRES_ACTION or not self._tool_futures:
                self._set_status(STATUS_TEXT[event.status])
        elif isinstance(event, RunStarted):
            self._run_ref = event.run_ref
            self._set_status(STATUS_TEXT[RunStatus.IN_PROGRESS])
        elif isinstance(event, MessageCompleted):
            self._flush_pending()
            self._builder.complete_message(event.message.parts)
            self._request_images(event.message.parts)
            self._update_reply(parts=self._builder.snapshot(), remote_id=event.message.remote_id)
        elif isinstance(event, ToolCallRequested | ToolCallOutput):
            self._flush_pending()
            images = event.images if isinstance(event, ToolCallOutput) else ()
            self._builder.add_tool_call(event.call, images)
            self._request_images(images)
            self._update_reply(parts=self._builder.snapshot())
        elif isinstance(event, UsageReported):
            self._add_usage(event.usage, event.model)
        elif isinstance(event, RunErrored):
            self._update_reply(error=event.message)
        elif isinstance(event, RunDone):
            self._flush_pending()
            return event
        return None

    def _request_images(self, parts: Sequence[object]) -> None:
        for part in parts:
            if isinstance(part, ImagePart):
                self.images.request(part)

    def _add_usage(self, usage: Usage, model: str | None) -> None:
        old = self._reply().usage if self._reply_row >= 0 else None
        if old is not None:
            usage = Usage(
                input_tokens=old.input_tokens + usage.input_tokens,
                output_tokens=old.output_tokens + usage.output_tokens,
                cached_tokens=old.cached_tokens + usage.cached_tokens,
            )
        self._update_reply(
            usage=usage, model=model or (self._reply().model if self._reply_row >= 0 else None)
        )

    def _open_calls(self) -> list[ToolCallPart]:
        return [
            p
            for p in self._builder.parts
            if isinstance(p, ToolCallPart) and p.kind == "function" and p.output is None
        ]

    async def _answer_tool_calls(self) -> list[ToolOutput] | None:
        """Outputs for the function calls just requested: local tools answer at once, the user the rest.
        None when the user stopped the reply meanwhile."""
        outputs: list[ToolOutput] = []
        for call in self._open_calls():
            tool = local_tool(call.name)
            if tool is not None:
                self._set_status(f"Running {call.name}…")
                try:
                    output: str | None = await tool(parse_arguments(call.arguments))
                except Exception as exc:  # the tool's failure is the model's to read
                    output = json.dumps({"error": f"{call.name} failed: {exc}"})
            else:
                future: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()
                self._tool_futures[call.call_id] = future
                self._set_status(f"Waiting for the output of {call.name}…")
                self.toolCallPending.emit(call)
                output = await future
            if output is None or self._stop_requested:
                return None
            self._builder.set_tool_output(call.call_id, output)
            self._update_reply(parts=self._builder.snapshot())
            outputs.append(ToolOutput(call_id=call.call_id, output=output))
        return outputs

    def answer_tool_call(self, call_id: str, output: str | None) -> None:
        """The user's output for a pending function call; ``None`` declines to run it."""
        future = self._tool_futures.pop(call_id, None)
        if future is not None and not future.done():
            future.set_result(DECLINED_OUTPUT if output is None else output)

    def tool_call(self, call_id: str) -> ToolCallPart | None:
        at = self._builder.index_of_call(call_id)
        part = self._builder.parts[at] if at is not None else None
        return part if isinstance(part, ToolCallPart) else None

    def _reply(self) -> Message:
        return self.messages.message_at(self._reply_row)

    def _update_reply(self, **changes: object) -> None:
        if self._reply_row < 0:
            return
        self.messages.replace(self._reply_row, self._reply().model_copy(update=changes))
        self._saver.changed(self._reply())

    @Slot()
    def _flush_pending(self) -> None:
        self._flush_timer.stop()
        if not self._pending or self._reply_row < 0:
            return
        delta, self._pending = self._pending, ""
        self._builder.add_text(delta)
        self._update_reply(parts=self._builder.snapshot())

    async def _finish(self, done: RunDone) -> None:
        self._flush_pending()
        status = _RUN_TO_MESSAGE_STATUS.get(done.status, MessageStatus.COMPLETED)
        if self._stop_requested:
            status = MessageStatus.CANCELLED
        self._update_reply(status=status)
        reply = self._reply()
        await self._saver.finish(reply)
        self._set_status(
            STATUS_TEXT[RunStatus.CANCELLED] if self._stop_requested else STATUS_TEXT[done.status]
        )
        thread = self.thread
        if thread is not None:
            preview = preview_from_markdown(reply.text or "")
            updated = thread.model_copy(update={"updated_at": utcnow(), "last_message_preview": preview})
            self.thread = updated
            await self.session.store.run(lambda s: s.threads.touch(updated.id, preview=preview))
            self.threadSaved.emit(updated)
        self._reply_row = -1
        self._run_ref = None
        self._finished_status = status.value  # announced once the view-model can send again

    # --- stopping ------------------------------------------------------------------------------------

    @Slot()
    def request_stop(self) -> None:
        """Slot for the view (Stop button, Esc)."""
        self.start(self.stop())

    async def stop(self) -> None:
        """Cancel the reply at once, whatever it is doing; the partial text stays, marked as stopped."""
        if not self._streaming:
            return
        self._set_status("Stopping…")
        for future in self._tool_futures.values():
            if not future.done():
                future.set_result(None)
        self._tool_futures.clear()
        self._steps.stop()
