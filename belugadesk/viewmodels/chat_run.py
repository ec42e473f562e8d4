"""Streams one reply into the message list: coalesced text, tool calls (local tools or the user), the end."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot

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
from belugadesk.viewmodels.chat_reply import ReplyBuilder
from belugadesk.viewmodels.chat_tools import local_tool, parse_arguments
from belugadesk.viewmodels.titles import preview_from_markdown

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, SignalInstance

    from belugadesk.viewmodels.chat_images import ChatImages
    from belugadesk.viewmodels.message_model import MessageListModel
    from belugadesk.viewmodels.reply_saver import ReplySaver
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
        _stop_requested: bool
        _finished_status: str
        _tool_futures: dict[str, asyncio.Future[str | None]]
        _flush_timer: QTimer
        _saver: ReplySaver

        def set_error(self, message: str) -> None: ...
        def _set_status(self, text: str) -> None: ...
        def spawn(self, coroutine: Any) -> asyncio.Task[Any]: ...
        async def run(self, operation: Any, *, failure: str = "") -> Any: ...
        async def _save_question(self, thread: Thread, message: Message) -> None: ...

    # --- one reply, with tool calls ------------------------------------------------------------------

    async def _run_reply(
        self,
        thread: Thread,
        assistant: AssistantDefinition,
        user_text: str | None,
        files: Sequence[AttachmentPart],
        user_message: Message | None,
    ) -> bool:
        """Stream a reply into a new assistant row. False when the server never took the request."""
        self._stop_requested = False
        try:
            backend = await self.session.backend()
            events = backend.stream_reply(thread.remote_id or "", assistant, user_text, attachments=files)
            first = await anext(aiter(events))
        except BelugaError as exc:
            self.set_error(str(exc))
            self._set_status("")
            return False
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
        done = await self._consume(first, events)
        while done.status is RunStatus.REQUIRES_ACTION and not self._stop_requested:
            outputs = await self._answer_tool_calls()
            if outputs is None:
                done = RunDone(status=RunStatus.CANCELLED, run_ref=done.run_ref)
                break
            self._set_status("Sending the tool output…")
            try:
                more = backend.submit_tool_outputs(
                    thread.remote_id or "", assistant, done.run_ref or "", outputs
                )
                done = await self._consume(None, more)
            except BelugaError as exc:
                self._update_reply(error=str(exc))
                done = RunDone(status=RunStatus.FAILED, run_ref=done.run_ref)
        await self._finish(done)
        return True

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
        self.spawn(self.stop())

    async def stop(self) -> None:
        """Cancel the reply being streamed; the partial text stays, marked as stopped."""
        if not self._streaming or self.thread is None:
            return
        self._stop_requested = True
        self._set_status("Stopping…")
        for future in self._tool_futures.values():
            if not future.done():
                future.set_result(None)
        self._tool_futures.clear()
        if self._run_ref is None:
            return
        thread_id, run_ref = self.thread.remote_id or "", self._run_ref
        backend = await self.session.backend()
        await self.run(lambda: backend.cancel(thread_id, run_ref))
