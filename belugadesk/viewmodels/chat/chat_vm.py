"""The open thread: its messages, sending, and folding a streamed reply (with tool calls) into the list."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Coroutine, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from belugadesk.core.chat_footer import Price, reply_footer
from belugadesk.core.chat_tools import LocalTools, builtin_local_tools
from belugadesk.core.mcp_chat import ChatMcpTools
from belugadesk.core.starters import starters_for
from belugadesk.core.titles import preview_from_markdown, title_from_text
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.events import RunStatus
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.mcp_approval import ApprovalAnswer, ApprovalChoice, ApprovalRequest
from belugadesk.domain.models import (
    AssistantDefinition,
    AttachmentPart,
    ImagePart,
    Message,
    MessageStatus,
    Role,
    TextPart,
    Thread,
    ToolCallPart,
    utcnow,
)
from belugadesk.settings.app_settings import DEFAULT_PRICES
from belugadesk.store import Store
from belugadesk.viewmodels.chat.attachments import ChatAttachments
from belugadesk.viewmodels.chat.branching import Branching, left_out_sentence
from belugadesk.viewmodels.chat.drafts import ChatDrafts
from belugadesk.viewmodels.chat.images import ChatImages
from belugadesk.viewmodels.chat.message_model import MessageListModel
from belugadesk.viewmodels.chat.model_choice import ModelChoice
from belugadesk.viewmodels.chat.questions import ToolApprovalQuestion
from belugadesk.viewmodels.chat.reply_run import STATUS_TEXT, ReplyRun
from belugadesk.viewmodels.chat.run_control import StopAlignment, StoppableSteps
from belugadesk.viewmodels.questions import FileQuestions, LinkQuestion
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import ViewModel

log = logging.getLogger(__name__)

#: what a store write that failed during a send, retry, regenerate or edit says before the store's sentence
NOT_SAVED = QT_TRANSLATE_NOOP("ChatViewModel", "The conversation could not be saved.")


FIRST_PAGE = 60  # the newest messages of a thread, shown first (more than a screenful)
# then the older ones, inserted above this many at a time: each insert re-lays out the whole list (every row's
# size read back, ~5 µs a row) and works out the new rows' sizes (~13 µs each), so small chunks stall least
OLDER_CHUNK = 250
FREEZE_FROM = 1000  # a thread this long, once shown, is moved out of the garbage collector's reach


def _load_idle_thread(store: Store, thread_id: str) -> tuple[str, list[Message], int]:
    """The model chosen for a thread no reply is being written for, its newest cached messages, and how
    many older ones there are: a reply still marked in progress was cut off (the app crashed or was killed),
    so it is marked interrupted first."""
    store.messages.interrupt_unfinished(thread_id)
    stored = store.threads.get(thread_id)
    older = max(0, store.messages.count(thread_id) - FIRST_PAGE)
    model = stored.model if stored is not None else ""
    return model, store.messages.list(thread_id, offset=older), older


class ChatViewModel(ViewModel):
    threadChanged = Signal(object)  # Thread | None
    threadSaved = Signal(object)  # Thread, after it was created or touched in the store
    statusChanged = Signal(str)
    streamingChanged = Signal(bool)
    draftReturned = Signal(str)  # a send failed before the server took it, or the last message is edited
    replyFinished = Signal(str)  # RunStatus value; emitted when a new message can be sent
    draftLoaded = Signal(str)  # the draft of the thread just opened (or of a new thread)
    canSendChanged = Signal(bool, str)  # whether a message can be sent now, and why not
    toolCallPending = Signal(object)  # ToolCallPart: the user is asked for its output
    footersChanged = Signal()  # the price table changed: footers read differently
    noticeChanged = Signal(str)  # what the last reply's request left out ("" when nothing)
    assistantSaved = Signal(object)  # AssistantDefinition whose MCP grants an approval changed
    assistantChanged = Signal(object)  # AssistantDefinition | None: whom the chat talks to (empty state)
    editingChanged = Signal(str)  # the id of the message being edited (sending makes a branch), or ""

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        *,
        prices: Mapping[str, Price] | None = None,
        cache_dir: Path | None = None,
        local_tools: LocalTools | None = None,
        new_draft_key: str | None = None,
    ):
        super().__init__(parent)
        self.session = session
        #: where the text typed for a new thread is kept (None: the main composer's; the quick-ask window
        #: keeps its own, so neither overwrites the other)
        self.new_draft_key = new_draft_key
        self.messages = MessageListModel(self)
        self.attachments = ChatAttachments(session, self.start, self)
        self.images = ChatImages(session, self.start, cache_dir, self)
        self.drafts = ChatDrafts(session, self.start, self)
        self.model_choice = ModelChoice(session, self.start, self)  # the models, the thread's choice
        self.branching = Branching(session)
        self._editing = ""  # the user message being edited: sending makes a branch with the new text
        self.prices: Mapping[str, Price] = dict(prices if prices is not None else DEFAULT_PRICES)
        #: the function tools this chat answers itself (the built-in ones unless given)
        self.local_tools = local_tools if local_tools is not None else builtin_local_tools()
        self.assistant: AssistantDefinition | None = None
        self.thread: Thread | None = None  # type: ignore[assignment]  # (shadows QObject.thread; kept for callers)
        self._streaming = False
        self._status = ""
        self._notice = ""
        self._reply_run: ReplyRun | None = None  # the reply being streamed
        self._steps = StoppableSteps()  # the network steps of the turn under way (what Stop cancels)
        self._alignment = StopAlignment(self.start)
        self._finished_status = ""
        #: why the open thread cannot be continued with this profile ("" when it can); set by the resumer
        self.read_only_reason = ""
        #: the folder a new thread is filed in (the one selected in the sidebar; None: no folder)
        self.new_thread_folder: str | None = None
        #: who approves MCP tool calls (the chat view's questions); None: calls that need approval are denied
        self.tool_approvals: ToolApprovalQuestion | None = None
        #: per thread id: the (server id, tool name) the person allowed "for this thread"
        self._thread_allowed: dict[str, set[tuple[str, str]]] = {}
        #: the comparison the threads this chat creates belong to (None: ordinary, listed threads)
        self.compare_group: str | None = None

    # --- state ---------------------------------------------------------------------------------------

    @property
    def streaming(self) -> bool:
        return self._streaming

    @property
    def status(self) -> str:
        return self._status

    @property
    def notice(self) -> str:
        """A sentence about the last reply's request, e.g. that older messages were left out of it."""
        return self._notice

    def _set_notice(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.noticeChanged.emit(text)

    @property
    def pending_tool_calls(self) -> list[str]:
        return self._reply_run.pending_tool_calls if self._reply_run is not None else []

    @property
    def _stop_requested(self) -> bool:
        return self._steps.stopped

    def can_send(self) -> tuple[bool, str]:
        if self.assistant is None:
            return False, self.tr("Choose an assistant to start a conversation.")
        if self.read_only_reason and self.thread is not None:
            return False, self.read_only_reason
        if self._streaming:
            return False, self.tr("A reply is being written. Press Esc to stop it.")
        return True, ""

    def _emit_can_send(self) -> None:
        self.canSendChanged.emit(*self.can_send())

    def _set_streaming(self, value: bool) -> None:
        if value != self._streaming:
            if value:
                self._steps.start()
            self._streaming = value
            self.streamingChanged.emit(value)
            self._emit_can_send()
        if not value and self._finished_status:
            status, self._finished_status = self._finished_status, ""
            self.replyFinished.emit(status)

    def _set_status(self, text: str) -> None:
        if text != self._status:
            self._status = text
            self.statusChanged.emit(text)

    def set_assistant(self, assistant: AssistantDefinition | None) -> None:
        self.assistant = assistant
        self.messages.assistant_name = assistant.name if assistant is not None else ""
        self._show_model_choice()
        self.assistantChanged.emit(assistant)
        self._emit_can_send()

    @property
    def suggested_prompts(self) -> tuple[str, ...]:
        """What the empty chat offers to send: the assistant's conversation starters, or general ones."""
        return starters_for(self.assistant)

    def _show_model_choice(self) -> None:
        choice = self.thread.model if self.thread is not None else ""
        self.model_choice.show(choice, self.assistant.model if self.assistant is not None else "")

    @Slot(str)
    def set_model(self, model: str) -> None:
        """Slot for the view (the model switcher): ``model`` for this thread's replies, remembered with it."""
        if self._streaming:
            return
        choice = self.model_choice.choose(model)
        thread = self.thread
        if thread is None:
            return  # a new thread: stored with the choice once the server takes its first message
        self.thread = thread.model_copy(update={"model": choice})
        self.start(self._save_model(thread.id, choice), failure=self.tr(NOT_SAVED))

    async def _save_model(self, thread_id: str, model: str) -> None:
        def save(s: Store) -> None:
            if s.threads.get(thread_id) is not None:  # else it is stored with its first message
                s.threads.set_model(thread_id, model)

        await self.session.store.run(save)

    def set_prices(self, prices: Mapping[str, Price]) -> None:
        """The price table (model -> price per 1M tokens) used by the reply footers."""
        self.prices = dict(prices)
        self.footersChanged.emit()

    def set_cache_dir(self, cache_dir: Path) -> None:
        """Where downloaded images are kept (the app's cache folder)."""
        self.images.set_cache_dir(cache_dir)

    def footer_for(self, message: Message) -> str:
        return reply_footer(message, self.prices)

    def last_reply_text(self) -> str:
        return next(
            (m.text for m in reversed(self.messages.messages) if m.role is Role.ASSISTANT and m.text), ""
        )

    # --- threads and drafts --------------------------------------------------------------------------

    def _draft_key(self) -> str | None:
        return self.thread.id if self.thread is not None else self.new_draft_key

    @Slot(str)
    def set_draft(self, text: str) -> None:
        """Slot for the view: the text in the input changed (saved shortly after)."""
        self.drafts.edit(self._draft_key(), text)

    def new_thread(self) -> None:
        """Start over with an empty thread (created on the server with the first message)."""
        if self._streaming:
            return
        self.thread = None
        self.read_only_reason = ""
        self._set_editing("")
        self._show_model_choice()
        self.messages.reset([])
        self.attachments.clear()
        self._set_status("")
        self.clear_error()
        self._set_notice("")
        self.threadChanged.emit(None)
        self.start(self._load_draft(), failure=self.tr("The draft could not be loaded."))

    async def open_thread(self, thread: Thread) -> None:
        """Show a stored thread at once from the local cache, with its draft."""
        if self._streaming:
            return
        await self._show_thread(thread)

    async def _show_thread(self, thread: Thread) -> None:
        await self.drafts.flush()
        self.thread = thread
        self.read_only_reason = ""
        self._set_editing("")
        self.clear_error()
        self._set_notice("")
        self._set_status("")
        self.attachments.clear()
        loaded = await self.run(lambda: self.session.store.run(lambda s: _load_idle_thread(s, thread.id)))
        model, newest, older = loaded or (thread.model, [], 0)
        if model != thread.model:  # the list's copy may predate a choice made here
            thread = thread.model_copy(update={"model": model})
        self.thread = thread
        self._show_model_choice()
        self.messages.reset(newest)
        self.threadChanged.emit(thread)
        if older:
            await self._show_older(thread, newest[0].id, older)
        await self._load_draft()

    async def _show_older(self, thread: Thread, first_id: str, count: int) -> None:
        """Insert the ``count`` messages before ``first_id`` above it (the newest are painted meanwhile),
        a chunk per event-loop turn; stops if another thread was opened."""
        older = await self.run(
            lambda: self.session.store.run(lambda s: s.messages.list(thread.id, limit=count))
        )
        for end in range(len(older or []), 0, -OLDER_CHUNK):
            if self.thread is not thread or self.messages.rowCount() == 0:
                return
            if self.messages.message_at(0).id != first_id:
                return
            chunk = (older or [])[max(0, end - OLDER_CHUNK) : end]
            self.messages.prepend(chunk)
            first_id = chunk[0].id
            await asyncio.sleep(0)  # let the list paint and take input between chunks
        if count >= FREEZE_FROM:
            # its messages live as long as it is open, yet every full collection would walk them all (~150 ms
            # for 5,000, stalling the UI while the list lays them out): as app.after_paint does after start-up
            gc.freeze()

    def set_read_only(self, reason: str) -> None:
        """Refuse to continue the open thread, saying ``reason`` ("" allows it again)."""
        self.read_only_reason = reason
        self._emit_can_send()

    def show_messages(self, thread_id: str, messages: list[Message]) -> bool:
        """Show ``messages`` (a reloaded, merged history) if that thread is still open and idle."""
        if self._streaming or self.thread is None or self.thread.id != thread_id:
            return False
        self.messages.merge(messages)
        return True

    async def _load_draft(self) -> None:
        key = self._draft_key()
        text = await self.drafts.load(key)
        if key == self._draft_key():  # still the open thread
            self.draftLoaded.emit(text)

    # --- sending -------------------------------------------------------------------------------------

    @Slot(str)
    def submit(self, text: str) -> None:
        """Slot for the view: send ``text`` (with the ready attachments) in the background."""
        self.start(self.send(text), failure=self.tr(NOT_SAVED))

    async def send(self, text: str) -> bool:
        """Send a user message and stream the reply. Returns False (and gives the draft back) on failure."""
        text = text.strip()
        if not text or self._streaming:
            return False
        problem = self._send_problem()
        if problem:
            self.set_error(problem)
            self.draftReturned.emit(text)
            return False
        assert self.assistant is not None
        self.clear_error()
        self._set_notice("")
        edit_row = self._edited_row()
        self._set_streaming(True)
        try:
            edited: tuple[AttachmentPart | ImagePart, ...] = ()
            if edit_row >= 0:
                carried = await self._branch_for_edit(edit_row)
                if carried is None:
                    self.draftReturned.emit(text)
                    return False
                edited = carried
            self._set_status(self.tr("Sending…"))
            await self.images.keep(self.attachments.ready_images())  # the message's thumbnails
            return await self._send(text, self.assistant, (*edited, *self.attachments.ready_parts()))
        finally:
            self._set_streaming(False)

    def _send_problem(self) -> str:
        if self.assistant is None:
            return self.tr("Choose an assistant first.")
        if self.read_only_reason and self.thread is not None:
            return self.read_only_reason
        if self.attachments.uploading:
            return self.tr("Wait until the files have finished uploading.")
        if self.attachments.failed:
            return self.tr("Some files could not be uploaded: remove them or try again.")
        return ""

    async def _send(
        self, text: str, assistant: AssistantDefinition, files: tuple[AttachmentPart | ImagePart, ...]
    ) -> bool:
        user_row = self.messages.append(Message(role=Role.USER, parts=(TextPart(text=text), *files)))
        first_message = self.thread is None
        thread = await self.run(lambda: self._steps.run(self._ensure_thread(assistant, text)))
        if thread is None:
            self.messages.remove_from(user_row)
            if self._stop_requested:
                self._stopped_untaken()
            else:
                self._set_status("")
            self.draftReturned.emit(text)
            return False
        user_message = self.messages.message_at(user_row).model_copy(update={"thread_id": thread.id})
        self.messages.replace(user_row, user_message)
        accepted = await self._run_reply(thread, assistant, text, files, user_message)
        if not accepted:
            self.messages.remove_from(user_row)
            if first_message:
                self.thread = None  # the server never took it: back to a new thread, never stored
                self.threadChanged.emit(None)
                self.start(self._discard_remote_thread(thread))
            self.draftReturned.emit(text)
            return False
        self.attachments.clear()
        await self.drafts.clear(self.new_draft_key, thread.id)
        return True

    async def _ensure_thread(self, assistant: AssistantDefinition, first_text: str) -> Thread:
        """The open thread, or a new one created on the server (stored by :meth:`_save_question`)."""
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
            model=self.model_choice.choice,
            compare_group=self.compare_group,
            folder_id=self.new_thread_folder,
        )
        self.thread = thread
        self.threadChanged.emit(thread)
        return thread

    async def _discard_remote_thread(self, thread: Thread) -> None:
        """The server never took the first message of ``thread``: delete the empty conversation (or thread)
        it made for it, so the account is not left with one per failed send. Best effort: the app no longer
        refers to it either way."""
        if not thread.remote_id:
            return
        backend = await self.session.backend()
        try:
            await backend.delete_thread(thread.remote_id)
        except BelugaError as exc:
            log.info("Could not delete the empty remote thread %s: %s", thread.remote_id, exc)

    async def _save_question(self, thread: Thread, message: Message) -> None:
        """The server took ``message``: store it, and the thread too when this is its first message
        (a thread is stored, and listed, only once the server has taken its first message)."""

        def save(s: Store) -> bool:
            with s.transaction():
                first = s.threads.get(thread.id) is None
                if first:
                    s.threads.create(thread)
                s.messages.append(thread.id, message)
            return first

        if await self.session.store.run(save):
            self.threadSaved.emit(thread)

    # --- one reply ----------------------------------------------------------------------------------

    async def _run_reply(
        self,
        thread: Thread,
        assistant: AssistantDefinition,
        user_text: str | None,
        files: Sequence[AttachmentPart | ImagePart],
        user_message: Message | None,
    ) -> bool:
        """Stream a reply to ``thread`` (one :class:`ReplyRun`). False when the server never took it."""
        await self._alignment.finished()  # the clean-up of an earlier stop must not touch this reply
        folder_id = thread.folder_id
        instructions = await self.session.store.run(lambda s: s.folders.instructions_for(folder_id))
        reply_run = ReplyRun(
            thread,
            assistant,
            self.session,
            self.messages,
            self.images,
            self._steps,
            self._alignment,
            self.local_tools,
            on_status=self._set_status,
            on_error=self.set_error,
            on_notice=self._set_notice,
            on_tool_call=self.toolCallPending.emit,
            start=self.start,
            parent=self,
            model=self.model_choice.chosen,
            mcp_tools=partial(self._mcp_tools_for, thread.id) if self.session.mcp is not None else None,
            approve=self._approve_tool_call,
            save_assistant=self._save_assistant,
            instructions=instructions,
        )
        self._reply_run = reply_run
        try:
            reply = await reply_run.stream(user_text, files, user_message, self._save_question)
        finally:
            self._reply_run = None
            reply_run.deleteLater()
        if reply is None:
            if reply_run.stopped_untaken:
                self._stopped_untaken()
            return False
        await self._touch_thread(reply)
        self._finished_status = reply.status.value  # announced once the view-model can send again
        return True

    async def _mcp_tools_for(self, thread_id: str, assistant: AssistantDefinition) -> ChatMcpTools:
        assert self.session.mcp is not None  # the MCP servers' one toolbox
        allowed = self._thread_allowed.setdefault(thread_id, set())
        return await ChatMcpTools.for_assistant(self.session.mcp.manager(), assistant, allowed)

    async def _approve_tool_call(self, request: ApprovalRequest) -> ApprovalAnswer | None:
        """The person's answer through the view's dialog; closed unanswered, the call is denied."""
        if self.tool_approvals is None:
            return ApprovalAnswer(
                ApprovalChoice.DENY, message=self.tr("Nobody could be asked to approve it.")
            )
        answer = await self.tool_approvals.approve_tool_call(request)
        return answer if answer is not None else ApprovalAnswer(ApprovalChoice.DENY)

    async def _save_assistant(self, definition: AssistantDefinition) -> None:
        """An approval changed the assistant's grants ("Always allow"): store it and use it from now on."""
        saved = await self.session.store.run(lambda s: s.assistants.save(definition))
        if self.assistant is not None and self.assistant.id == saved.id:
            self.assistant = saved
        self.assistantSaved.emit(saved)

    def _stopped_untaken(self) -> None:
        """Stopped before the server took the question: the caller gives it back as a draft."""
        self._set_status(QCoreApplication.translate("ReplyRun", STATUS_TEXT[RunStatus.CANCELLED]))
        self._finished_status = MessageStatus.CANCELLED.value

    async def _touch_thread(self, reply: Message) -> None:
        """The open thread was updated by ``reply``: its time and preview, here and in the store."""
        thread = self.thread
        if thread is None:
            return
        preview = preview_from_markdown(reply.text or "")
        updated = thread.model_copy(update={"updated_at": utcnow(), "last_message_preview": preview})
        self.thread = updated
        await self.session.store.run(lambda s: s.threads.touch(updated.id, preview=preview))
        self.threadSaved.emit(updated)

    def answer_tool_call(self, call_id: str, output: str | None) -> None:
        """The user's output for a pending function call; ``None`` declines to run it."""
        if self._reply_run is not None:
            self._reply_run.answer_tool_call(call_id, output)

    def tool_call(self, call_id: str) -> ToolCallPart | None:
        """The function call ``call_id`` of the reply being streamed."""
        return self._reply_run.tool_call(call_id) if self._reply_run is not None else None

    @Slot()
    def request_stop(self) -> None:
        """Slot for the view (Stop button, Esc)."""
        self.start(self.stop())

    async def stop(self) -> None:
        """Cancel the reply at once, whatever it is doing; the partial text stays, marked as stopped."""
        if not self._streaming:
            return
        self._set_status(self.tr("Stopping…"))
        if self._reply_run is not None:
            self._reply_run.withdraw_tool_calls()
        self._steps.stop()

    # --- regenerate, retry, edit ---------------------------------------------------------------------

    def _last_user_row(self) -> int:
        rows = self.messages.messages
        return next((i for i in range(len(rows) - 1, -1, -1) if rows[i].role is Role.USER), -1)

    def can_regenerate(self) -> bool:
        rows = self.messages.messages
        return (
            not self._streaming and self.thread is not None and bool(rows) and rows[-1].role is Role.ASSISTANT
        )

    async def _forget_from(self, row: int) -> None:
        """Remove rows ``row``.. here and in the store (the server's copy is not changed here)."""
        self.messages.remove_from(row)
        thread = self.thread
        if thread is not None:
            await self.session.store.run(lambda s: s.messages.delete_from(thread.id, row))

    @Slot()
    def request_regenerate(self) -> None:
        self.start(self.regenerate(), failure=self.tr(NOT_SAVED))

    async def regenerate(self) -> bool:
        """Replace the last reply with a new one; the server forgets the old one too."""
        if not self.can_regenerate():
            return False
        return await self._guarded(self._redo_last_turn())

    def can_retry(self, message_id: str) -> bool:
        """Whether ``message_id`` is the last reply and it did not complete (failed, stopped, cut short)."""
        rows = self.messages.messages
        row = self.messages.row_of(message_id)
        return (
            not self._streaming
            and self.thread is not None
            and self.assistant is not None
            and row == len(rows) - 1
            and rows[row].role is Role.ASSISTANT
            and rows[row].status is not MessageStatus.COMPLETED
        )

    @Slot(str)
    def request_retry(self, message_id: str) -> None:
        self.start(self.retry(message_id), failure=self.tr(NOT_SAVED))

    async def retry(self, message_id: str) -> bool:
        """Ask again for the last reply, which did not complete."""
        if not self.can_retry(message_id):
            return False
        return await self._guarded(self._redo_last_turn())

    async def _redo_last_turn(self) -> bool:
        """A new reply to the last user message, continuing from what the server holds.

        The server is brought back to that message (its stale, partial or discarded reply deleted) and the
        reply is asked for with no new input; only when the server never took the message is it sent anew.
        """
        assert self.thread is not None and self.assistant is not None
        thread, assistant = self.thread, self.assistant
        user_row = self._last_user_row()
        asked = self.messages.message_at(user_row)
        await self._alignment.finished()

        async def rewind() -> bool:
            backend = await self.session.backend()
            return await backend.rewind(thread.remote_id or "", asked.text)

        held = await self.run(lambda: self._steps.run(rewind()))
        if held is None:  # stopped, or the server could not be asked (the error says so)
            return False
        if held:
            await self._forget_from(user_row + 1)
            accepted = await self._run_reply(thread, assistant, None, (), None)
            if not accepted:  # the server holds the question alone now: show that, with a Retry
                await self._add_unanswered_reply(thread)
            return accepted
        await self._forget_from(user_row)
        question = Message(role=Role.USER, thread_id=thread.id, parts=asked.parts)
        self.messages.append(question)
        files = tuple(p for p in asked.parts if isinstance(p, AttachmentPart | ImagePart))
        accepted = await self._run_reply(thread, assistant, asked.text, files, question)
        if not accepted:
            self.messages.remove_from(self.messages.row_of(question.id))
            self.draftReturned.emit(asked.text)
        return accepted

    async def _add_unanswered_reply(self, thread: Thread) -> None:
        """An empty reply, stopped or failed (with the error shown), under a question the server holds."""
        status = MessageStatus.CANCELLED if self._stop_requested else MessageStatus.FAILED
        reply = Message(role=Role.ASSISTANT, thread_id=thread.id, status=status, error=self.error or None)
        self.messages.append(reply)
        await self.session.store.run(lambda s: s.messages.append(thread.id, reply))

    def edit_last_message(self) -> str:
        """Edit the last user message (see :meth:`edit_message`)."""
        row = self._last_user_row()
        return self.edit_message(self.messages.message_at(row).id) if row >= 0 else ""

    # --- branches ------------------------------------------------------------------------------------

    @property
    def editing(self) -> str:
        return self._editing

    def _set_editing(self, message_id: str) -> None:
        if message_id == self._editing:
            return
        self._editing = message_id
        self._set_notice(
            self.tr(
                "Editing an earlier message: sending it makes a branch with the new text, and this thread "
                "stays as it is."
            )
            if message_id
            else ""
        )
        self.editingChanged.emit(message_id)

    def can_branch(self, row: int) -> bool:
        """Whether a branch can be made from the message at ``row`` (the last one it keeps)."""
        return (
            not self._streaming
            and self.thread is not None
            and bool(self.thread.remote_id)
            and not self.read_only_reason
            and self.assistant is not None
            and 0 <= row < self.messages.rowCount()
        )

    def can_edit(self, row: int) -> bool:
        """Whether the message at ``row`` is the person's and can be edited into a branch."""
        return self.can_branch(row) and self.messages.message_at(row).role is Role.USER

    @Slot(int)
    def branch_from(self, row: int) -> None:
        """Slot for the view: "Branch from here" on the message at ``row``."""
        self.start(self.branch_at(row))

    async def branch_at(self, row: int) -> Thread | None:
        """Make a branch holding the history up to and including the message at ``row``, and open it."""
        if not self.can_branch(row):
            return None
        history = self.messages.messages[: row + 1]
        self._set_streaming(True)  # nothing else is sent, regenerated or opened meanwhile
        try:
            return await self._open_branch(history, last_id=history[-1].id)
        finally:
            self._set_streaming(False)

    def edit_message(self, message_id: str) -> str:
        """Put a user message's text back in the box; sending it then makes a branch (the history before
        it, then the new text) and this thread stays as it is. Returns the text ("" when it cannot)."""
        row = self.messages.row_of(message_id)
        if row < 0 or not self.can_edit(row):
            return ""
        self._set_editing(message_id)
        text = self.messages.message_at(row).text
        self.draftReturned.emit(text)
        return text

    @Slot()
    def cancel_edit(self) -> None:
        self._set_editing("")

    def _edited_row(self) -> int:
        """The row of the message being edited, if it can still be (else -1: a plain send); ends the edit."""
        row = self.messages.row_of(self._editing) if self._editing else -1
        self._set_editing("")
        return row if row >= 0 and self.can_edit(row) else -1

    async def _branch_for_edit(self, row: int) -> tuple[AttachmentPart | ImagePart, ...] | None:
        """Open a branch for the edited message at ``row``; that message's files, to send again with the
        new text; None when the branch could not be made (the error says why)."""
        edited = self.messages.message_at(row)
        history = self.messages.messages[:row]
        branch = await self._open_branch(history, last_id=history[-1].id if history else None)
        if branch is None:
            return None
        return tuple(p for p in edited.parts if isinstance(p, AttachmentPart | ImagePart))

    async def _open_branch(self, history: Sequence[Message], *, last_id: str | None) -> Thread | None:
        assert self.thread is not None and self.assistant is not None
        thread, assistant = self.thread, self.assistant
        self._set_status(self.tr("Making a branch…"))
        made = await self.run(
            lambda: self.branching.make(thread, assistant, history, last_id=last_id),
            failure=self.tr("The branch could not be made."),
        )
        self._set_status("")
        if made is None:
            return None
        branch, left_out = made
        self.threadSaved.emit(branch)  # listed
        await self._show_thread(branch)
        self._set_notice(left_out_sentence(left_out))
        return branch

    async def _guarded(self, work: Coroutine[Any, Any, bool]) -> bool:
        self.clear_error()
        self._set_notice("")
        self._set_streaming(True)
        try:
            return await work
        finally:
            self._set_streaming(False)

    # --- files the person chooses ------------------------------------------------------------------

    def attach_files(self, paths: list[Path]) -> None:
        self.clear_error()
        self.attachments.add_files(paths)

    def attach_image_data(self, png: bytes) -> None:
        """Slot for the view: an image pasted or dropped as data (not a file), as PNG bytes."""
        self.start(self._attach_image_data(png), failure=self.tr("The image could not be attached."))

    async def _attach_image_data(self, png: bytes) -> None:
        path = await self.images.save_pasted(png)
        self.attach_files([path])

    def request_attach(self, ask: FileQuestions) -> None:
        self.start(self.attach_chosen(ask))

    async def attach_chosen(self, ask: FileQuestions) -> None:
        """Ask which files, then attach them (they upload in the background)."""
        paths = await ask.open_paths(self.attachments.chooser_title, self.attachments.name_filter)
        if paths:
            self.attach_files(paths)

    def request_save_image(self, file_id: str, ask: FileQuestions) -> None:
        self.start(self.save_image_asking(file_id, ask))

    async def save_image_asking(self, file_id: str, ask: FileQuestions) -> bool:
        """Ask where, then copy the downloaded image there; a failure is the chat's error sentence."""
        path = await ask.save_path(
            self.tr("Save image as"), Path.home() / f"{file_id}.png", self.tr("Images (*.png)"), "png"
        )
        if path is None:
            return False
        problem = self.images.save_as(file_id, path)
        if problem:
            self.set_error(problem)
        return not problem

    def request_open_link(self, url: QUrl, ask: LinkQuestion) -> None:
        self.start(self.open_link_asking(url, ask))

    async def open_link_asking(self, url: QUrl, ask: LinkQuestion) -> bool:
        """A link from a reply opens only after the person saw its real target and confirmed."""
        if not await ask.confirm_link(url):
            return False
        QDesktopServices.openUrl(url)
        return True
