"""One reply, streamed into the message list: coalesced text, tool calls (local tools or the user), the end.

The chat view-model makes a :class:`ReplyRun` for each reply and drops it when the reply has ended. The run
follows the server's events with the one loop of ``core/run_loop.py``; what it adds is what the window needs:
deltas applied at most once per frame, the partial reply saved while it streams, function calls answered by
a local tool or by the user, and Stop cutting in at once, whatever the phase (``run_control.py``).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtGui import QImage

from belugadesk.core.chat_reply import ReplyBuilder
from belugadesk.core.chat_tools import LocalTools, parse_arguments
from belugadesk.core.mcp_chat import ChatMcpTools, denied_output
from belugadesk.core.run_loop import relay_run
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.events import (
    ContextTrimmed,
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
    ToolsLeftOut,
    UsageReported,
)
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.mcp import McpImage
from belugadesk.domain.mcp_approval import ApprovalAnswer, ApprovalChoice, ApprovalRequest, pretty_arguments
from belugadesk.domain.models import (
    AssistantDefinition,
    AttachmentPart,
    ImagePart,
    Message,
    MessageStatus,
    Role,
    Thread,
    ToolCallPart,
    ToolImage,
    ToolOutput,
    Usage,
)
from belugadesk.viewmodels.chat.reply_saver import ReplySaver
from belugadesk.viewmodels.view_model import StartWork

if TYPE_CHECKING:
    from belugadesk.domain.backend import ConversationBackend
    from belugadesk.viewmodels.chat.images import ChatImages
    from belugadesk.viewmodels.chat.message_model import MessageListModel
    from belugadesk.viewmodels.chat.run_control import StopAlignment, StoppableSteps
    from belugadesk.viewmodels.session import Session

FRAME_MS = 16  # deltas are coalesced and applied at most once per frame

MAX_TOOL_IMAGES = 4
MAX_TOOL_IMAGE_CHARS = 2_000_000  # base64 characters (about 1.5 MB of image)

DECLINED_OUTPUT = json.dumps({"error": "The user declined to run this tool."})

STATUS_TEXT = {
    RunStatus.QUEUED: QT_TRANSLATE_NOOP("ReplyRun", "Queued…"),
    RunStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ReplyRun", "Writing…"),
    RunStatus.CALLING_TOOL: QT_TRANSLATE_NOOP("ReplyRun", "Calling a tool…"),
    RunStatus.REQUIRES_ACTION: QT_TRANSLATE_NOOP("ReplyRun", "Waiting for a tool's output…"),
    RunStatus.COMPLETED: QT_TRANSLATE_NOOP("ReplyRun", "Completed"),
    RunStatus.INCOMPLETE: QT_TRANSLATE_NOOP("ReplyRun", "Incomplete"),
    RunStatus.CANCELLED: QT_TRANSLATE_NOOP("ReplyRun", "Stopped"),
    RunStatus.FAILED: QT_TRANSLATE_NOOP("ReplyRun", "Failed"),
}

_RUN_TO_MESSAGE_STATUS = {
    RunStatus.COMPLETED: MessageStatus.COMPLETED,
    RunStatus.INCOMPLETE: MessageStatus.INCOMPLETE,
    RunStatus.CANCELLED: MessageStatus.CANCELLED,
    RunStatus.FAILED: MessageStatus.FAILED,
}

SaveQuestion = Callable[[Thread, Message], Awaitable[None]]
#: the MCP tools a reply of an assistant offers (listed from its granted servers)
McpToolsFor = Callable[[AssistantDefinition], Awaitable[ChatMcpTools]]
#: asks the person whether an MCP tool call may run (None: the question was taken back)
Approver = Callable[[ApprovalRequest], Awaitable[ApprovalAnswer | None]]
#: saves an assistant whose grants changed ("Always allow this tool")
SaveAssistant = Callable[[AssistantDefinition], Awaitable[None]]


class ReplyRun(QObject):
    """One reply to one thread, from the request to its last event.

    It reports through the callbacks it is given: ``on_status`` (the status line), ``on_error`` (a request
    the server refused before replying), ``on_notice`` (what the request left out of the thread) and
    ``on_tool_call`` (a function call the user is asked to answer, with :meth:`answer_tool_call`). Its
    saves run through ``start``, the view-model's (closing it ends them).
    A child of the view-model (so its timers die on the GUI thread), which deletes it (``deleteLater``) when
    the reply has ended.
    """

    def __init__(
        self,
        thread: Thread,
        assistant: AssistantDefinition,
        session: Session,
        messages: MessageListModel,
        images: ChatImages,
        steps: StoppableSteps,
        alignment: StopAlignment,
        local_tools: LocalTools,
        *,
        on_status: Callable[[str], None],
        on_error: Callable[[str], None],
        on_notice: Callable[[str], None],
        on_tool_call: Callable[[ToolCallPart], None],
        start: StartWork,
        parent: QObject,
        model: str | None = None,
        mcp_tools: McpToolsFor | None = None,
        approve: Approver | None = None,
        save_assistant: SaveAssistant | None = None,
        instructions: str = "",
    ) -> None:
        super().__init__(parent)
        self._thread = thread
        self._assistant = assistant  # with the MCP tools it offers, once listed
        self._definition = assistant  # as the person defined it (what is saved)
        self._model = model or None  # the thread's model, instead of the assistant's
        #: added to the assistant's instructions on every request of this reply (the thread's folder's)
        self._instructions = instructions or None
        self._session = session
        self._messages = messages
        self._images = images
        self._steps = steps
        self._alignment = alignment
        self._local_tools = local_tools
        self._on_status = on_status
        self._on_error = on_error
        self._on_notice = on_notice
        self._notices: list[str] = []  # what the request left out, said once each
        self._on_tool_call = on_tool_call
        self._mcp_tools_for = mcp_tools
        self._mcp: ChatMcpTools | None = None  # the MCP tools this reply offers, once listed
        self._approve = approve
        self._save_assistant = save_assistant
        self._builder = ReplyBuilder()
        self._row = -1
        self._run_ref: str | None = None
        self._waiting_run_ref: str | None = None  # the run waiting for tool outputs, once one has
        self._pending = ""  # text deltas not yet applied (at most one frame's worth)
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._flush_pending)
        self._tool_futures: dict[str, asyncio.Future[str | None]] = {}
        self._saver = ReplySaver(start, self)  # its writes are the view-model's work
        #: Stop came before the server took the request (the question goes back to the input)
        self.stopped_untaken = False

    # --- what the view-model asks --------------------------------------------------------------------

    @property
    def pending_tool_calls(self) -> list[str]:
        return list(self._tool_futures)

    def tool_call(self, call_id: str) -> ToolCallPart | None:
        at = self._builder.index_of_call(call_id)
        part = self._builder.parts[at] if at is not None else None
        return part if isinstance(part, ToolCallPart) else None

    def answer_tool_call(self, call_id: str, output: str | None) -> None:
        """The user's output for a pending function call; ``None`` declines to run it."""
        future = self._tool_futures.pop(call_id, None)
        if future is not None and not future.done():
            future.set_result(DECLINED_OUTPUT if output is None else output)

    def withdraw_tool_calls(self) -> None:
        """Stop is coming: the questions to the user are taken back unanswered."""
        for future in self._tool_futures.values():
            if not future.done():
                future.set_result(None)
        self._tool_futures.clear()

    # --- the reply -----------------------------------------------------------------------------------

    async def stream(
        self,
        user_text: str | None,
        files: Sequence[AttachmentPart | ImagePart],
        asked: Message | None,
        save: SaveQuestion,
    ) -> Message | None:
        """Stream the reply to ``user_text`` (None: to what the thread holds) into a new assistant row and
        return it; None when the server never took the request (Stop came first: ``stopped_untaken``; or
        the request failed: ``on_error`` said why). ``asked``, the new user message if any, is stored with
        ``save`` once the server has taken it.

        Every network step runs through the stop steps, so Stop cancels it at once, whatever the phase.
        """
        thread, assistant = self._thread, self._assistant
        remote_id = thread.remote_id or ""
        try:
            backend = await self._steps.run(self._session.backend())
            if backend is None or (self._offers_mcp and not await self._steps.run(self._list_mcp_tools())):
                self.stopped_untaken = True
                return None
            assistant = self._assistant  # with the MCP tools just listed
            events = backend.stream_reply(
                remote_id,
                assistant,
                user_text,
                attachments=[f for f in files if isinstance(f, AttachmentPart)],
                images=[f for f in files if isinstance(f, ImagePart)],
                model=self._model,
                additional_instructions=self._instructions,
            )
            first = await self._steps.run(anext(aiter(events)))
        except BelugaError as exc:
            self._on_error(str(exc))
            self._on_status("")
            return None
        if first is None:  # stopped before the server said anything: find out whether it took the question
            outcome = await self._alignment.start(backend, remote_id, self._question(), None, "")
            if outcome.held is False:
                self.stopped_untaken = True
                return None
        if asked is not None:
            await save(thread, asked)
        self._row = self._messages.append(
            Message(
                role=Role.ASSISTANT,
                thread_id=thread.id,
                status=MessageStatus.IN_PROGRESS,
                model=self._model or assistant.model,
            )
        )
        await self._saver.start(self._session.store, thread.id, self._reply())
        if first is None:
            done = self._stopped_run()
        else:
            submit = partial(self._continue, backend)
            relayed = relay_run(_prepend(first, events), answer=self._answer, submit=submit)
            done = await self._steps.run(self._consume(relayed)) or self._stopped_run(self._waiting_run_ref)
            if self._steps.stopped:
                await self._align_stopped(backend, remote_id, done.run_ref or self._run_ref)
        return await self._finish(done)

    @property
    def _offers_mcp(self) -> bool:
        return self._mcp_tools_for is not None and bool(self._assistant.mcp_tools)

    async def _list_mcp_tools(self) -> bool:
        """The MCP tools this reply offers, added to the assistant's function tools (servers that could not
        start are named in the notice)."""
        assert self._mcp_tools_for is not None
        self._on_status(self.tr("Starting the assistant's tools…"))
        self._mcp = await self._mcp_tools_for(self._assistant)
        self._assistant = self._mcp.offered(self._assistant)
        if self._mcp.problems:
            self._notices.extend(self._mcp.problems)
            self._on_notice(" ".join(self._notices))
        return True

    def _question(self) -> str:
        """The text of the last user message: the question this reply answers."""
        return next((m.text for m in reversed(self._messages.messages) if m.role is Role.USER), "")

    def _stopped_run(self, run_ref: str | None = None) -> RunDone:
        return RunDone(status=RunStatus.CANCELLED, run_ref=run_ref or self._run_ref)

    async def _align_stopped(self, backend: ConversationBackend, remote_id: str, run_ref: str | None) -> None:
        """The server keeps what it produced before the stop: make it hold the partial text shown here."""
        self._flush_pending()
        partial = self._reply().text or ""
        outcome = await self._alignment.start(backend, remote_id, self._question(), run_ref, partial)
        if outcome.reply_remote_id is not None:
            self._update_reply(remote_id=outcome.reply_remote_id)

    async def _consume(self, events: AsyncIterator[RunEvent]) -> RunDone:
        done = RunDone(status=RunStatus.INCOMPLETE)
        async for event in events:
            done = self._handle(event) or done
        return done

    async def _continue(
        self, backend: ConversationBackend, run_ref: str, outputs: Sequence[ToolOutput]
    ) -> AsyncIterator[RunEvent]:
        """The run after its tool outputs; a refused submission fails the reply, saying why."""
        remote_id = self._thread.remote_id or ""
        try:
            async for event in backend.submit_tool_outputs(
                remote_id,
                self._assistant,
                run_ref,
                [*outputs],
                model=self._model,
                additional_instructions=self._instructions,
            ):
                yield event
        except BelugaError as exc:
            yield RunErrored(message=str(exc))
            yield RunDone(status=RunStatus.FAILED, run_ref=run_ref or None)

    def _handle(self, event: RunEvent) -> RunDone | None:
        if isinstance(event, TextDelta):
            self._pending += event.delta
            if not self._frame.isActive():
                self._frame.start()
        elif isinstance(event, RunStatusChanged):
            if event.status is not RunStatus.REQUIRES_ACTION or not self._tool_futures:
                self._on_status(self.tr(STATUS_TEXT[event.status]))
        elif isinstance(event, RunStarted):
            self._run_ref = event.run_ref
            self._on_status(self.tr(STATUS_TEXT[RunStatus.IN_PROGRESS]))
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
        elif isinstance(event, ContextTrimmed | ToolsLeftOut):
            self._notices.append(event.sentence)
            self._on_notice(" ".join(self._notices))
        elif isinstance(event, RunErrored):
            self._update_reply(error=event.message)
        elif isinstance(event, RunDone):
            self._flush_pending()
            return event
        return None

    def _request_images(self, parts: Sequence[object]) -> None:
        for part in parts:
            if isinstance(part, ImagePart):
                self._images.request(part)

    def _add_usage(self, usage: Usage, model: str | None) -> None:
        old = self._reply().usage if self._row >= 0 else None
        if old is not None:
            usage = Usage(
                input_tokens=old.input_tokens + usage.input_tokens,
                output_tokens=old.output_tokens + usage.output_tokens,
                cached_tokens=old.cached_tokens + usage.cached_tokens,
            )
        self._update_reply(usage=usage, model=model or (self._reply().model if self._row >= 0 else None))

    # --- tool calls ----------------------------------------------------------------------------------

    async def _answer(self, done: RunDone, calls: Sequence[ToolCallPart]) -> list[ToolOutput] | None:
        """The outputs that continue a run waiting on its function calls; None when Stop came first."""
        self._flush_pending()
        self._waiting_run_ref = done.run_ref
        if self._steps.stopped:
            return None
        outputs = await self._answer_tool_calls()
        if outputs is not None:
            self._on_status(self.tr("Sending the tool output…"))
        return outputs

    def _open_calls(self) -> list[ToolCallPart]:
        return [
            p
            for p in self._builder.parts
            if isinstance(p, ToolCallPart)
            and p.output is None
            and (p.kind == "function" or _remote_request(p))
        ]

    async def _answer_tool_calls(self) -> list[ToolOutput] | None:
        """Outputs for the function calls just requested: local tools answer at once, the user the rest.
        None when the user stopped the reply meanwhile."""
        outputs: list[ToolOutput] = []
        for call in self._open_calls():
            if _remote_request(call):
                answer = await self._answer_remote_request(call)
                if answer is None or self._steps.stopped:
                    return None
                outputs.append(answer)
                continue
            mcp_tool = self._mcp.tool(call.name) if self._mcp is not None else None
            tool = self._local_tools.get(call.name)
            output: str | None
            if mcp_tool is not None:
                output = await self._run_mcp_call(call)
            elif tool is not None:
                self._on_status(self.tr("Running {name}…").format(name=call.name))
                try:
                    output = await tool(parse_arguments(call.arguments))
                except Exception as exc:  # the tool's failure is the model's to read
                    output = json.dumps({"error": f"{call.name} failed: {exc}"})
            else:
                future: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()
                self._tool_futures[call.call_id] = future
                self._on_status(self.tr("Waiting for the output of {name}…").format(name=call.name))
                self._on_tool_call(call)
                output = await future
            if output is None or self._steps.stopped:
                return None
            self._builder.set_tool_output(call.call_id, output)
            self._update_reply(parts=self._builder.snapshot())
            outputs.append(ToolOutput(call_id=call.call_id, output=output))
        return outputs

    async def _run_mcp_call(self, call: ToolCallPart) -> str | None:
        """Ask (when the grants and the thread say so), then run an MCP tool call; its output for the model.
        None when the question was taken back (Stop)."""
        assert self._mcp is not None
        tool = self._mcp.tool(call.name)
        assert tool is not None
        arguments = call.arguments
        self._mark_call(call.call_id, server=tool.server_name, tool=tool.name)
        if self._mcp.needs_approval(tool):
            answer = await self._ask_approval(self._mcp.request(tool, arguments))
            if answer is None:
                return None
            if answer.choice is ApprovalChoice.DENY:
                self._mark_call(call.call_id, is_error=True)
                return denied_output(tool, answer.message)
            if answer.arguments and answer.arguments != arguments:
                arguments = answer.arguments
                self._mark_call(call.call_id, arguments=arguments)
            if answer.choice is ApprovalChoice.THREAD:
                self._mcp.allow_in_thread(tool)
            elif answer.choice is ApprovalChoice.ALWAYS:
                grants = self._mcp.allow_always(tool)
                self._definition = self._definition.model_copy(update={"mcp_tools": grants})
                self._assistant = self._assistant.model_copy(update={"mcp_tools": grants})
                if self._save_assistant is not None:
                    await self._save_assistant(self._definition)
        self._on_status(
            self.tr("Running {name} on {server_name}…").format(name=tool.name, server_name=tool.server_name)
        )
        result = await self._mcp.call(call.name, arguments)
        images = tool_images(result.parts)
        if result.is_error or images:
            self._mark_call(call.call_id, is_error=result.is_error, images=images)
        return result.output

    async def _answer_remote_request(self, call: ToolCallPart) -> ToolOutput | None:
        """A remote MCP server's call (Responses) waits for the person: the answer the API is sent."""
        request = ApprovalRequest(
            server_name=call.server,
            tool_name=call.tool,
            arguments=pretty_arguments(call.arguments),
            remote=True,
        )
        answer = await self._ask_approval(request)
        if answer is None:
            return None
        approve = answer.choice is not ApprovalChoice.DENY
        if not approve:  # an approved call's item (mcp_call) takes this one's place when it has run
            self._builder.set_tool_output(
                call.call_id, "Denied." + (f" {answer.message}" if answer.message else "")
            )
            self._mark_call(call.call_id, is_error=True)
        return ToolOutput(call_id=call.call_id, output="" if approve else answer.message, approve=approve)

    async def _ask_approval(self, request: ApprovalRequest) -> ApprovalAnswer | None:
        self._on_status(
            self.tr("Waiting for your approval of {tool_name}…").format(tool_name=request.tool_name)
        )
        if self._approve is None:  # no window to ask in: the call does not run
            return ApprovalAnswer(
                ApprovalChoice.DENY, message=self.tr("Nobody could be asked to approve it.")
            )
        return await self._approve(request)

    def _mark_call(self, call_id: str, **changes: object) -> None:
        at = self._builder.index_of_call(call_id)
        part = self._builder.parts[at] if at is not None else None
        if isinstance(part, ToolCallPart):
            self._builder.add_tool_call(part.model_copy(update=changes))
            self._update_reply(parts=self._builder.snapshot())

    # --- the row -------------------------------------------------------------------------------------

    def _reply(self) -> Message:
        return self._messages.message_at(self._row)

    def _update_reply(self, **changes: object) -> None:
        if self._row < 0:
            return
        self._messages.replace(self._row, self._reply().model_copy(update=changes))
        self._saver.changed(self._reply())

    def _flush_pending(self) -> None:
        self._frame.stop()
        if not self._pending or self._row < 0:
            return
        delta, self._pending = self._pending, ""
        self._builder.add_text(delta)
        self._update_reply(parts=self._builder.snapshot())

    async def _finish(self, done: RunDone) -> Message:
        self._flush_pending()
        stopped = self._steps.stopped
        status = _RUN_TO_MESSAGE_STATUS.get(done.status, MessageStatus.COMPLETED)
        if stopped:
            status = MessageStatus.CANCELLED
        self._update_reply(status=status)
        reply = self._reply()
        await self._saver.finish(reply)
        self._on_status(self.tr(STATUS_TEXT[RunStatus.CANCELLED] if stopped else STATUS_TEXT[done.status]))
        self._row = -1
        return reply


def tool_images(parts: Sequence[object]) -> tuple[ToolImage, ...]:
    """The images of an MCP result that the tool block shows: at most ``MAX_TOOL_IMAGES``, each at most
    ``MAX_TOOL_IMAGE_CHARS`` of base64, with the size they decode to (an undecodable one is left out)."""
    images: list[ToolImage] = []
    for part in parts:
        if not isinstance(part, McpImage) or len(part.data) > MAX_TOOL_IMAGE_CHARS:
            continue
        image = QImage.fromData(QByteArray.fromBase64(part.data.encode("ascii", "ignore")))
        if image.isNull():
            continue
        images.append(
            ToolImage(mime_type=part.mime_type, data=part.data, width=image.width(), height=image.height())
        )
    return tuple(images[:MAX_TOOL_IMAGES])


def _remote_request(part: ToolCallPart) -> bool:
    """A remote MCP server's call waiting for approval (Responses ``mcp_approval_request``)."""
    return part.kind == "mcp" and bool(part.tool)


async def _prepend(first: RunEvent, rest: AsyncIterator[RunEvent]) -> AsyncIterator[RunEvent]:
    yield first
    async for event in rest:
        yield event
