"""The backend for servers that speak only ``/v1/chat/completions`` (Ollama, llama.cpp, LM Studio, vLLM…).

There is no thread on the server: the app's store is the thread (read through the ``ThreadLog`` the
services layer hands in), and each turn sends the assistant's instructions as the system message plus the
history, trimmed to the model's context budget (``context_budget``). A thread's "remote id" is a local
``chat_…`` name (``domain.models.local_thread_id``). A reply waiting on function calls is continued from
what was sent for it (kept here until the run ends), plus the call outputs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from belugadesk.bridge import chat_completions_mapping as mapping
from belugadesk.bridge import files
from belugadesk.bridge.chat_completions_stream import ChatStreamState
from belugadesk.bridge.context_budget import TokenCounter, budget_for, trim
from belugadesk.bridge.errors import STREAM_ENDED_EARLY_SENTENCE, map_sdk_error, map_stream_error
from belugadesk.bridge.rewind import same_question
from belugadesk.bridge.stream_pacing import StreamPacer
from belugadesk.domain.backend import Fork, ThreadLog, UploadUse, VectorStoreInfo, with_model
from belugadesk.domain.capabilities import IMAGES_ONLY
from belugadesk.domain.errors import BadRequest, NotFound
from belugadesk.domain.events import (
    ContextTrimmed,
    RunDone,
    RunErrored,
    RunEvent,
    RunStarted,
    RunStatus,
    ToolsLeftOut,
)
from belugadesk.domain.models import (
    AssistantDefinition,
    AttachmentPart,
    Backend,
    FunctionTool,
    HistoryPage,
    ImagePart,
    Message,
    Role,
    ToolOutput,
    UploadedFile,
    local_thread_id,
    new_id,
)

if TYPE_CHECKING:
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)

NO_HOSTED_TOOLS = (
    "Chat Completions servers have no file store or vector stores: file search and the code interpreter "
    "need a profile on the Responses or Assistants API."
)


@dataclass
class _Run:
    """What one request sent, kept while the reply may still be continued with tool outputs."""

    thread_id: str
    model: str
    messages: list[dict[str, Any]]
    stream: Any = None
    cancelled: bool = False


class ChatCompletionsBackend:
    """Threads live in the app's store; a reply is one streamed chat completion per tool-call round."""

    backend = Backend.CHAT_COMPLETIONS
    history_in_store = True

    def __init__(
        self,
        client: AsyncOpenAI,
        thread_log: ThreadLog | None,
        *,
        context_budgets: Mapping[str, int] | None = None,
    ):
        self._client = client
        self._log = thread_log
        self._budgets = dict(context_budgets or {})
        self._counter = TokenCounter()
        self._runs: dict[str, _Run] = {}

    # --- threads -------------------------------------------------------------------------------------

    async def create_thread(self, assistant: AssistantDefinition) -> str:
        return local_thread_id()  # nothing on the server: the store keeps the thread

    async def delete_thread(self, thread_id: str) -> None:
        self._forget_runs(thread_id)

    async def fork(self, thread_id: str, assistant: AssistantDefinition, history: Sequence[Message]) -> Fork:
        """A new local name: the app's copy of ``history`` in the store is the whole branch."""
        return Fork(remote_id=local_thread_id())

    async def _stored(self, thread_id: str) -> Sequence[Message] | None:
        if self._log is None:
            raise RuntimeError("A Chat Completions backend needs the app's thread log to read threads.")
        return await self._log.messages(thread_id)

    async def load_history(
        self, thread_id: str, *, cursor: str | None = None, limit: int = 100
    ) -> HistoryPage:
        """The stored thread itself (it is the only copy), paged like a server's."""
        stored = await self._stored(thread_id)
        if stored is None:
            raise NotFound("This app holds no Chat Completions thread with that id.")
        start = int(cursor or 0)
        end = start + limit
        # a message the server never named is named by its local id (a resume merges by these)
        page = tuple(
            m if m.remote_id else m.model_copy(update={"remote_id": m.id}) for m in stored[start:end]
        )
        return HistoryPage(messages=page, next_cursor=str(end) if end < len(stored) else None)

    async def add_messages(self, thread_id: str, messages: Sequence[Message]) -> list[str]:
        """Nothing to do: the store, which the app writes, is the thread."""
        return []

    # --- replies -------------------------------------------------------------------------------------

    def stream_reply(
        self,
        thread_id: str,
        assistant: AssistantDefinition,
        user_text: str | None,
        *,
        attachments: Sequence[AttachmentPart] = (),
        additional_instructions: str | None = None,
        model: str | None = None,
        images: Sequence[ImagePart] = (),
    ) -> AsyncIterator[RunEvent]:
        assistant = with_model(assistant, model)
        # every attachment here is an image on this computer, sent inline
        pictures: list[AttachmentPart | ImagePart] = [*attachments, *images]
        return self._first_round(thread_id, assistant, user_text, pictures, additional_instructions)

    async def _first_round(
        self,
        thread_id: str,
        assistant: AssistantDefinition,
        user_text: str | None,
        attachments: Sequence[AttachmentPart | ImagePart],
        additional_instructions: str | None,
    ) -> AsyncIterator[RunEvent]:
        history = mapping.history_messages(await self._stored(thread_id) or ())
        if user_text is not None:
            history.append(mapping.user_message(user_text, attachments))
        budget = budget_for(assistant.model, self._budgets)
        trimmed = trim(
            mapping.system_message(assistant, additional_instructions),
            history,
            budget=budget,
            count=lambda messages: self._counter.count(assistant.model, messages),
        )
        run = _Run(thread_id, assistant.model, trimmed.messages)
        notices: list[RunEvent] = []
        if trimmed.left_out:
            notices.append(ContextTrimmed(left_out=trimmed.left_out, budget=budget))
        hosted = tuple(sorted({t.type for t in assistant.tools if not isinstance(t, FunctionTool)}))
        if hosted:
            notices.append(ToolsLeftOut(tools=hosted))
        async for event in self._round(run, assistant):
            yield event
            if isinstance(event, RunStarted):
                for notice in notices:
                    yield notice

    def submit_tool_outputs(
        self,
        thread_id: str,
        assistant: AssistantDefinition,
        run_ref: str,
        outputs: Sequence[ToolOutput],
        *,
        model: str | None = None,
        additional_instructions: str | None = None,
    ) -> AsyncIterator[RunEvent]:
        """The round's messages (the system message with ``additional_instructions`` among them) are kept
        from the first round, so the instructions need not be given again."""
        assistant = with_model(assistant, model)
        return self._next_round(thread_id, assistant, run_ref, outputs)

    async def _next_round(
        self, thread_id: str, assistant: AssistantDefinition, run_ref: str, outputs: Sequence[ToolOutput]
    ) -> AsyncIterator[RunEvent]:
        previous = self._runs.pop(run_ref, None)
        if previous is None:
            raise BadRequest("This reply can no longer be continued: ask again.")
        answers = [{"role": "tool", "tool_call_id": o.call_id, "content": o.output} for o in outputs]
        run = _Run(thread_id, previous.model, previous.messages + answers)
        async for event in self._round(run, assistant):
            yield event

    async def _round(self, run: _Run, assistant: AssistantDefinition) -> AsyncIterator[RunEvent]:
        """One streamed completion: refused requests raise (nothing was taken); then events to ``RunDone``."""
        try:
            stream: Any = await self._client.chat.completions.create(
                messages=run.messages,  # type: ignore[arg-type]
                stream=True,
                **mapping.request_params(assistant),
            )
        except Exception as exc:
            raise map_sdk_error(exc, what="The chat") from exc
        run_ref = "ccrun_" + new_id()  # the completion's id once the first chunk names it
        run.stream = stream
        self._runs[run_ref] = run
        state = ChatStreamState()
        pacer = StreamPacer()
        status: RunStatus | None = None
        started = False
        try:
            async for chunk in stream:
                if not started:  # the server has begun to answer (headers alone say nothing yet)
                    started = True
                    if getattr(chunk, "id", None):
                        self._runs.pop(run_ref, None)
                        run_ref = chunk.id
                        self._runs[run_ref] = run
                    yield RunStarted(run_ref=run_ref)
                for event in state.translate(chunk):
                    yield event
                if run.cancelled:
                    break
                await pacer.step()
        except Exception as exc:
            if not run.cancelled:
                error = map_stream_error(exc, stream)
                log.warning("Reply stream failed: %s", error)
                yield RunErrored(message=str(error))
                status = RunStatus.FAILED
        finally:
            run.stream = None
            await stream.close()
        if not started:
            yield RunStarted(run_ref=run_ref)
        if status is None and run.cancelled:
            status = RunStatus.CANCELLED
        if status is None:
            events, status = state.finished()
            for event in events:
                yield event
            if state.finish_reason is None:
                yield RunErrored(message=STREAM_ENDED_EARLY_SENTENCE)
            if state.prompt_tokens is not None:
                self._counter.observe(run.model, run.messages, state.prompt_tokens)
        if status is RunStatus.REQUIRES_ACTION:
            run.messages = [*run.messages, _assistant_calls(state)]
        else:
            self._runs.pop(run_ref, None)
        yield RunDone(status=status, run_ref=run_ref, partial_text=state.text)

    async def cancel(self, thread_id: str, run_ref: str) -> None:
        """Close the reply's stream at once (the request is aborted); a reply waiting on tool outputs is
        simply not continued."""
        run = self._runs.pop(run_ref, None)
        if run is None:
            return
        run.cancelled = True
        if run.stream is not None:
            await run.stream.close()

    async def rewind(self, thread_id: str, question: str, *, run_ref: str | None = None) -> bool:
        """The stored thread is the thread: its last user message either is ``question`` (True) or the
        question was never taken (False). The view-model forgets what followed it in the store."""
        if run_ref is not None:
            await self.cancel(thread_id, run_ref)
        self._forget_runs(thread_id)
        stored = await self._stored(thread_id) or ()
        last = next((m for m in reversed(stored) if m.role is Role.USER), None)
        return last is not None and same_question(last.text, question)

    def _forget_runs(self, thread_id: str) -> None:
        for ref in [
            ref for ref, run in self._runs.items() if run.thread_id == thread_id and run.stream is None
        ]:
            del self._runs[ref]

    # --- files, models, assistants -----------------------------------------------------------------

    async def upload_file(self, path: Path, *, tool: UploadUse = "file_search") -> UploadedFile:
        """An image stays where it is and is sent inline with the message (a data URL); nothing else can be
        attached. Its size is checked now so a vanished file is reported at once."""
        if mapping.image_type(path) is None:
            raise BadRequest(IMAGES_ONLY.format(name=path.name))
        try:
            size = (await asyncio.to_thread(path.stat)).st_size
        except OSError as exc:
            raise files.unreadable_file(path, exc) from exc
        return UploadedFile(id=mapping.image_file_id(path), filename=path.name, bytes=size, purpose="vision")

    async def download_file(self, file_id: str, *, container_id: str | None = None) -> bytes:
        path = mapping.image_path(file_id)
        if path is None:
            raise NotFound("Chat Completions servers keep no files to download.")
        try:
            return await asyncio.to_thread(path.read_bytes)
        except OSError as exc:
            raise files.unreadable_file(path, exc) from exc

    async def list_models(self) -> list[str]:
        return await files.list_models(self._client)

    async def sync_assistant(self, assistant: AssistantDefinition) -> str | None:
        return None  # the definition is sent with every request

    async def list_remote_assistants(
        self, *, cursor: str | None = None, limit: int = 20
    ) -> tuple[list[AssistantDefinition], str | None]:
        return [], None

    async def list_vector_stores(self, *, limit: int = 100) -> list[VectorStoreInfo]:
        return []

    async def create_vector_store(self, name: str) -> VectorStoreInfo:
        raise BadRequest(NO_HOSTED_TOOLS)

    async def add_files_to_vector_store(self, vector_store_id: str, paths: Sequence[Path]) -> VectorStoreInfo:
        raise BadRequest(NO_HOSTED_TOOLS)

    async def aclose(self) -> None:
        for run in list(self._runs.values()):
            if run.stream is not None:
                run.cancelled = True
                await run.stream.close()
        self._runs.clear()
        await self._client.close()


def _assistant_calls(state: ChatStreamState) -> dict[str, Any]:
    """The assistant message that asked for the tool calls, to send back with their outputs."""
    calls = [
        {"id": c.call_id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
        for c in state.tool_calls
    ]
    return {"role": "assistant", "content": state.text or None, "tool_calls": calls}
