"""A ``ChatModel`` over either backend: messages in, the assistant's new messages out.

This is the interface of the Assistants integration guide the app grew from, without its flaws: one remote
thread per conversation (not one per call), streaming instead of busy polling, only the messages the server
has not seen are sent, only the new assistant messages come back, and ``requires_action`` is answered
through an optional tool handler instead of being ignored.

Usable headless, as a library::

    import asyncio
    from openai import AsyncOpenAI
    from belugadesk.bridge.chat_model import ChatModel
    from belugadesk.bridge.responses_backend import ResponsesBackend
    from belugadesk.domain.models import AssistantDefinition, FunctionTool, Message, ToolCallPart

    async def main() -> None:
        helper = AssistantDefinition(
            name="Helper", model="gpt-4.1-mini", tools=(FunctionTool(name="get_time"),)
        )

        async def run_tool(call: ToolCallPart) -> str:
            return "12:00" if call.name == "get_time" else "unknown tool"

        chat = ChatModel(ResponsesBackend(AsyncOpenAI()), helper, tool_handler=run_tool)
        history = [Message.user("What time is it?")]
        history += await chat.generate_messages(history)     # one thread is created here ...
        history.append(Message.user("And in an hour?"))
        history += await chat.generate_messages(history)     # ... and reused here: only the new message goes
        print(history[-1].text)
        await chat.aclose()

    asyncio.run(main())

Pass the whole conversation each time (what you passed before, then what came back, then the new messages:
``history += returned``), or only the new messages: either way what the server already has is not sent
again. ``system`` messages become
additional instructions for the rest of the conversation. Without a tool handler, a tool call comes back as
an assistant message of ``ToolCallPart``\\ s; answer it by passing a ``Role.TOOL`` message whose parts are
``ToolCallPart(call_id=…, output=…)``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

from belugadesk.bridge.errors import run_error_sentence
from belugadesk.core.run_loop import relay_run
from belugadesk.domain.backend import ConversationBackend
from belugadesk.domain.errors import ApiError, BelugaError, ValidationFailed
from belugadesk.domain.events import (
    MessageCompleted,
    RunDone,
    RunErrored,
    RunEvent,
    RunStarted,
    RunStatus,
)
from belugadesk.domain.models import (
    AssistantDefinition,
    AttachmentPart,
    ConnectionConfig,
    Message,
    MessageStatus,
    Role,
    ToolCallPart,
    ToolOutput,
)

ToolHandler = Callable[[ToolCallPart], Awaitable[str]]
_Key = tuple[str, str, tuple[tuple[str, str | None], ...]]

MAX_TOOL_ROUNDS = 8


def _key(message: Message) -> _Key:
    calls = tuple((p.call_id, p.output) for p in message.parts if isinstance(p, ToolCallPart))
    return (message.role.value, message.text, calls)


class ChatModel:
    """One conversation with an assistant, on one remote thread (created on first use).

    ``thread_id`` continues an existing remote thread (its history counts as seen). One call at a time.
    """

    def __init__(
        self,
        backend: ConversationBackend,
        assistant: AssistantDefinition,
        *,
        tool_handler: ToolHandler | None = None,
        thread_id: str | None = None,
        max_tool_rounds: int = MAX_TOOL_ROUNDS,
    ) -> None:
        self.backend = backend
        self.assistant = assistant
        self.tool_handler = tool_handler
        self.max_tool_rounds = max_tool_rounds
        self._thread_id = thread_id
        self._seen: list[_Key] = []
        self._system: list[str] = []
        self._pending: tuple[str, tuple[ToolCallPart, ...]] | None = None  # run waiting for tool outputs
        self._run_ref: str | None = None
        self._busy = False
        self._reply: list[Message] = []  # what the current call returns
        self._taken: list[Message] = []  # the current call's messages the server has taken

    @classmethod
    def connect(
        cls, config: ConnectionConfig, assistant: AssistantDefinition, *, profile_id: str = "", **kwargs: Any
    ) -> ChatModel:
        """A ChatModel over the backend ``config`` asks for (imports ``openai``)."""
        from belugadesk.bridge.factory import build_backend

        return cls(build_backend(config, profile_id=profile_id), assistant, **kwargs)

    @property
    def thread_id(self) -> str | None:
        """The remote thread (``None`` until the first message is sent)."""
        return self._thread_id

    @property
    def run_ref(self) -> str | None:
        """The reply being streamed right now (what :meth:`cancel` stops), if any."""
        return self._run_ref

    async def generate_messages(self, messages: Sequence[Message]) -> list[Message]:
        """Send what the server has not seen and return the assistant's new messages.

        A failed run raises ``ApiError``; a stopped one returns what arrived (status ``CANCELLED``). An
        unanswered tool call comes back as an assistant message of ``ToolCallPart``\\ s.
        """
        error: str | None = None
        async for event in self.stream_messages(messages):
            if isinstance(event, RunErrored):
                error = event.message
            elif isinstance(event, RunDone) and event.status is RunStatus.FAILED:
                raise ApiError(error or run_error_sentence(None))
        return list(self._reply)

    async def stream_messages(self, messages: Sequence[Message]) -> AsyncIterator[RunEvent]:
        """Like :meth:`generate_messages`, as events. Tool calls the handler answers continue the same
        stream (their intermediate ``RunDone`` is not reported); the stream ends with one ``RunDone``."""
        if self._busy:
            raise BelugaError(
                "This conversation is still answering the previous message. Wait for the reply to finish, "
                "or stop it first."
            )
        self._busy = True
        self._reply = []
        self._taken = []
        try:
            new = self._unseen(messages)
            if self._pending is not None:
                answers = self._leading_tool_answers(new)
                new = new[len(answers) :]
                async for event in self._answer_pending(answers):
                    if isinstance(event, RunDone) and new and event.status is RunStatus.COMPLETED:
                        continue  # more messages follow: the stream's one RunDone comes at their end
                    yield event
                    if isinstance(event, RunDone) and new:
                        return  # the continued run did not complete: the rest is sent next time
                if not new:
                    return
            async for event in self._turn(new):
                yield event
        finally:
            # in the order a caller extends its transcript: what it passed, then what came back
            self._seen.extend(_key(m) for m in [*self._taken, *self._reply])
            self._busy = False
            self._run_ref = None

    async def cancel(self) -> None:
        """Stop the reply being streamed (its partial text is kept), or give up on the tool calls the
        assistant is waiting for (the conversation then takes a new message)."""
        if self._thread_id and self._run_ref:
            await self.backend.cancel(self._thread_id, self._run_ref)
        elif self._thread_id and self._pending is not None:
            await self.backend.cancel(self._thread_id, self._pending[0])
            self._pending = None

    async def reset(self) -> None:
        """Start over: the next call opens a new remote thread (the old one is left on the server)."""
        self._thread_id = None
        self._seen = []
        self._system = []
        self._pending = None

    async def aclose(self) -> None:
        await self.backend.aclose()

    # --- internals ---------------------------------------------------------------------------------------

    def _unseen(self, messages: Sequence[Message]) -> list[Message]:
        keys = [_key(m) for m in messages]
        seen = len(self._seen)
        if seen and keys[:seen] == self._seen:
            new = list(messages[seen:])
        elif seen and keys and keys[0] == self._seen[0]:
            raise ValidationFailed(
                {
                    "messages": "These messages do not continue this conversation (an earlier message was "
                    "changed or removed). Call reset() to start a new thread."
                }
            )
        else:
            new = list(messages)  # only the new messages were passed
        if not new:
            raise ValidationFailed({"messages": "There is no new message to answer."})
        return new

    def _leading_tool_answers(self, new: list[Message]) -> list[Message]:
        answers = []
        for message in new:
            if message.role is not Role.TOOL:
                break
            answers.append(message)
        if not answers:
            raise ValidationFailed(
                {"messages": "The assistant is waiting for tool results: pass a tool message answering them."}
            )
        return answers

    async def _answer_pending(self, answers: list[Message]) -> AsyncIterator[RunEvent]:
        assert self._pending is not None and self._thread_id is not None
        run_ref, calls = self._pending
        given = {p.call_id: p.output for m in answers for p in m.parts if isinstance(p, ToolCallPart)}
        missing = [c.name or c.call_id for c in calls if given.get(c.call_id) is None]
        if missing:
            raise ValidationFailed(
                {"messages": f"No result given for the tool call(s): {', '.join(missing)}."}
            )
        outputs = [ToolOutput(call_id=c.call_id, output=given[c.call_id] or "") for c in calls]
        self._pending = None
        self._taken.extend(answers)
        stream = self.backend.submit_tool_outputs(
            self._thread_id, self.assistant, run_ref, outputs, additional_instructions=self._instructions()
        )
        async for event in self._run(stream):
            yield event

    async def _turn(self, new: list[Message]) -> AsyncIterator[RunEvent]:
        for message in new:
            if message.role is Role.TOOL:
                raise ValidationFailed({"messages": "A tool result can only answer a pending tool call."})
        system = [m for m in new if m.role is Role.SYSTEM]
        rest = [m for m in new if m.role is not Role.SYSTEM]
        self._system.extend(m.text for m in system if m.text)
        last = rest[-1] if rest and rest[-1].role is Role.USER else None
        earlier = rest[:-1] if last is not None else rest
        if self._thread_id is None:
            self._thread_id = await self.backend.create_thread(self.assistant)
        self._taken.extend(system)
        if earlier:
            await self.backend.add_messages(self._thread_id, earlier)
            self._taken.extend(earlier)
        attachments = tuple(p for p in last.parts if isinstance(p, AttachmentPart)) if last else ()
        stream = self.backend.stream_reply(
            self._thread_id,
            self.assistant,
            last.text if last is not None else None,
            attachments=attachments,
            additional_instructions=self._instructions(),
        )
        async for event in self._run(stream, sent=last):
            yield event

    def _instructions(self) -> str | None:
        """The system messages given so far, added to the assistant's instructions on every request."""
        return "\n\n".join(self._system) or None

    async def _run(
        self, stream: AsyncIterator[RunEvent], *, sent: Message | None = None
    ) -> AsyncIterator[RunEvent]:
        """Relay one stream, answering tool calls through the handler until the run settles."""
        assert self._thread_id is not None
        thread_id = self._thread_id
        rounds = 0
        waiting: Sequence[ToolCallPart] = ()  # the calls of the last round, if the run still waits on them

        async def answer(done: RunDone, calls: Sequence[ToolCallPart]) -> list[ToolOutput] | None:
            nonlocal rounds, waiting
            waiting = calls
            if not calls or not done.run_ref or self.tool_handler is None or rounds >= self.max_tool_rounds:
                return None
            rounds += 1
            return await self._call_tools(calls, thread_id, done.run_ref)

        def submit(run_ref: str, outputs: Sequence[ToolOutput]) -> AsyncIterator[RunEvent]:
            return self.backend.submit_tool_outputs(
                thread_id,
                self.assistant,
                run_ref,
                list(outputs),
                additional_instructions=self._instructions(),
            )

        async for event in relay_run(stream, answer=answer, submit=submit):
            if isinstance(event, RunStarted):
                self._run_ref = event.run_ref
                if sent is not None:  # the server has taken the user's message
                    self._taken.append(sent)
                    sent = None
            elif isinstance(event, MessageCompleted):
                self._keep(event.message)
            elif isinstance(event, RunDone):
                self._settle(event, waiting)
            yield event

    def _settle(self, done: RunDone, calls: Sequence[ToolCallPart]) -> None:
        """The run ended: keep the tool calls it still waits on, or the partial text of a cut-off reply."""
        if done.status is RunStatus.REQUIRES_ACTION and calls and done.run_ref:
            self._pending = (done.run_ref, tuple(calls))
            self._keep(Message(role=Role.ASSISTANT, parts=tuple(calls), status=MessageStatus.IN_PROGRESS))
        elif (
            done.status in (RunStatus.CANCELLED, RunStatus.INCOMPLETE)
            and done.partial_text
            and not any(m.text for m in self._reply)
        ):
            stopped = done.status is RunStatus.CANCELLED
            status = MessageStatus.CANCELLED if stopped else MessageStatus.INCOMPLETE
            self._keep(Message.assistant(done.partial_text, status=status))

    async def _call_tools(
        self, calls: Sequence[ToolCallPart], thread_id: str, run_ref: str
    ) -> list[ToolOutput]:
        assert self.tool_handler is not None
        outputs = []
        for call in calls:
            try:
                outputs.append(ToolOutput(call_id=call.call_id, output=await self.tool_handler(call)))
            except BaseException:
                await self.backend.cancel(thread_id, run_ref)  # do not leave the thread blocked on the run
                raise
        return outputs

    def _keep(self, message: Message) -> None:
        self._reply.append(message)
