"""The open thread: its messages, sending, and folding a streamed reply into the message list."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

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
    UsageReported,
)
from belugadesk.domain.models import (
    AssistantDefinition,
    Message,
    MessageStatus,
    Role,
    TextPart,
    Thread,
    utcnow,
)
from belugadesk.viewmodels.message_model import MessageListModel
from belugadesk.viewmodels.operation import ViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.titles import title_from_text

log = logging.getLogger(__name__)

FRAME_MS = 16  # deltas are coalesced and applied at most once per frame

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
    RunStatus.REQUIRES_ACTION: MessageStatus.COMPLETED,
    RunStatus.INCOMPLETE: MessageStatus.INCOMPLETE,
    RunStatus.CANCELLED: MessageStatus.CANCELLED,
    RunStatus.FAILED: MessageStatus.FAILED,
}


class ChatViewModel(ViewModel):
    threadChanged = Signal(object)  # Thread | None
    threadSaved = Signal(object)  # Thread, after it was created or touched in the store
    statusChanged = Signal(str)
    streamingChanged = Signal(bool)
    draftReturned = Signal(str)  # a send failed before the server took it: give the text back
    replyFinished = Signal(str)  # RunStatus value

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.messages = MessageListModel(self)
        self.assistant: AssistantDefinition | None = None
        self.thread: Thread | None = None
        self._streaming = False
        self._status = ""
        self._pending = ""
        self._reply_row = -1
        self._run_ref: str | None = None
        #: why the open thread cannot be continued with this profile ("" when it can); set by the resumer
        self.read_only_reason = ""
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FRAME_MS)
        self._flush_timer.timeout.connect(self._flush_pending)

    # --- state ---------------------------------------------------------------------------------------

    @property
    def streaming(self) -> bool:
        return self._streaming

    @property
    def status(self) -> str:
        return self._status

    def _set_streaming(self, value: bool) -> None:
        if value != self._streaming:
            self._streaming = value
            self.streamingChanged.emit(value)

    def _set_status(self, text: str) -> None:
        if text != self._status:
            self._status = text
            self.statusChanged.emit(text)

    def set_assistant(self, assistant: AssistantDefinition | None) -> None:
        self.assistant = assistant

    def new_thread(self) -> None:
        """Start over with an empty thread (created on the server with the first message)."""
        if self._streaming:
            return
        self.thread = None
        self.read_only_reason = ""
        self.messages.reset([])
        self._set_status("")
        self.clear_error()
        self.threadChanged.emit(None)

    async def open_thread(self, thread: Thread) -> None:
        """Show a stored thread at once from the local cache."""
        if self._streaming:
            return
        self.thread = thread
        self.read_only_reason = ""
        self.clear_error()
        self._set_status("")
        cached = await self.run(lambda: self.session.store.run(lambda s: s.messages.list(thread.id)))
        self.messages.reset(list(cached or []))
        self.threadChanged.emit(thread)

    def set_read_only(self, reason: str) -> None:
        """Refuse to continue the open thread, saying ``reason`` ("" allows it again)."""
        self.read_only_reason = reason

    def show_messages(self, thread_id: str, messages: list[Message]) -> bool:
        """Show ``messages`` (a reloaded, merged history) if that thread is still open and idle."""
        if self._streaming or self.thread is None or self.thread.id != thread_id:
            return False
        self.messages.reset(list(messages))
        return True

    # --- sending -------------------------------------------------------------------------------------

    @Slot(str)
    def submit(self, text: str) -> None:
        """Slot for the view: send ``text`` in the background."""
        self.spawn(self.send(text))

    async def send(self, text: str) -> bool:
        """Send a user message and stream the reply. Returns False (and gives the draft back) on failure."""
        text = text.strip()
        if not text or self._streaming:
            return False
        if self.assistant is None:
            self.set_error("Choose an assistant first.")
            self.draftReturned.emit(text)
            return False
        if self.read_only_reason and self.thread is not None:
            self.set_error(self.read_only_reason)
            self.draftReturned.emit(text)
            return False
        self.clear_error()
        self._set_streaming(True)
        self._set_status("Sending…")
        try:
            return await self._send(text, self.assistant)
        finally:
            self._set_streaming(False)

    async def _send(self, text: str, assistant: AssistantDefinition) -> bool:
        user_row = self.messages.append(Message.user(text))
        thread = await self.run(lambda: self._ensure_thread(assistant, text))
        if thread is None:
            self.messages.remove_from(user_row)
            self._set_status("")
            self.draftReturned.emit(text)
            return False
        user_message = self.messages.messages[user_row].model_copy(update={"thread_id": thread.id})
        self.messages.replace(user_row, user_message)
        accepted = await self._stream_reply(thread, assistant, user_message)
        if not accepted:
            self.messages.remove_from(user_row)
            self.draftReturned.emit(text)
        return accepted

    async def _ensure_thread(self, assistant: AssistantDefinition, first_text: str) -> Thread:
        if self.thread is not None:
            return self.thread
        backend = await self.session.backend()
        remote_id = await backend.create_thread(assistant)
        thread = Thread(
            remote_id=remote_id,
            backend=self.session.backend_kind,
            profile_id=self.session.profile_id,
            assistant_id=assistant.id,
            assistant_version=assistant.version,
            title=title_from_text(first_text),
        )
        await self.session.store.run(lambda s: s.threads.create(thread))
        self.thread = thread
        self.threadChanged.emit(thread)
        self.threadSaved.emit(thread)
        return thread

    async def _stream_reply(self, thread: Thread, assistant: AssistantDefinition, user_message: Message) -> bool:
        """Stream the reply into a new assistant row. False when the server never took the message."""
        try:
            backend = await self.session.backend()
            events = backend.stream_reply(thread.remote_id or "", assistant, user_message.text)
            first = await anext(aiter(events))
        except BelugaError as exc:
            self.set_error(str(exc))
            self._set_status("")
            return False
        await self.session.store.run(lambda s: s.messages.append(thread.id, user_message))
        self._reply_row = self.messages.append(
            Message(role=Role.ASSISTANT, thread_id=thread.id, status=MessageStatus.IN_PROGRESS, model=assistant.model)
        )
        await self._handle(first)
        async for event in events:
            await self._handle(event)
        return True

    async def _handle(self, event: RunEvent) -> None:
        if isinstance(event, TextDelta):
            self._pending += event.delta
            if not self._flush_timer.isActive():
                self._flush_timer.start()
        elif isinstance(event, RunStatusChanged):
            self._set_status(STATUS_TEXT[event.status])
        elif isinstance(event, RunStarted):
            self._run_ref = event.run_ref
            self._set_status(STATUS_TEXT[RunStatus.IN_PROGRESS])
        elif isinstance(event, MessageCompleted):
            self._flush_pending()
            self._update_reply(parts=event.message.parts, remote_id=event.message.remote_id)
        elif isinstance(event, UsageReported):
            self._update_reply(usage=event.usage, model=event.model or self._reply().model)
        elif isinstance(event, RunErrored):
            self._update_reply(error=event.message)
            self.set_error(event.message)
        elif isinstance(event, RunDone):
            await self._finish(event)

    def _reply(self) -> Message:
        return self.messages.messages[self._reply_row]

    def _update_reply(self, **changes: object) -> None:
        if self._reply_row < 0:
            return
        self.messages.replace(self._reply_row, self._reply().model_copy(update=changes))

    @Slot()
    def _flush_pending(self) -> None:
        self._flush_timer.stop()
        if not self._pending or self._reply_row < 0:
            return
        delta, self._pending = self._pending, ""
        reply = self._reply()
        text = reply.text + delta
        self._update_reply(parts=(TextPart(text=text), *(p for p in reply.parts if not isinstance(p, TextPart))))

    async def _finish(self, done: RunDone) -> None:
        self._flush_pending()
        status = _RUN_TO_MESSAGE_STATUS.get(done.status, MessageStatus.COMPLETED)
        self._update_reply(status=status, created_at=utcnow())
        reply = self._reply()
        self._set_status(STATUS_TEXT[done.status])
        thread = self.thread
        if thread is not None:
            preview = (reply.text or "").strip().replace("\n", " ")[:160]
            updated = thread.model_copy(update={"updated_at": utcnow(), "last_message_preview": preview})
            self.thread = updated
            await self.session.store.run(lambda s: s.messages.append(updated.id, reply))
            await self.session.store.run(lambda s: s.threads.touch(updated.id, preview=preview))
            self.threadSaved.emit(updated)
        self._reply_row = -1
        self._run_ref = None
        self.replyFinished.emit(done.status.value)

    # --- stopping ------------------------------------------------------------------------------------

    @Slot()
    def request_stop(self) -> None:
        """Slot for the view (Stop button, Esc)."""
        self.spawn(self.stop())

    async def stop(self) -> None:
        """Cancel the reply being streamed; the partial text stays, marked as stopped."""
        if not self._streaming or self._run_ref is None or self.thread is None:
            return
        thread_id, run_ref = self.thread.remote_id or "", self._run_ref
        self._set_status("Stopping…")
        backend = await self.session.backend()
        await self.run(lambda: backend.cancel(thread_id, run_ref))
