"""The default backend: Conversations API for thread state, ``responses.create(stream=True)`` for replies."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from belugadesk.bridge import files
from belugadesk.bridge import responses_mapping as mapping
from belugadesk.bridge.errors import STREAM_ENDED_EARLY_SENTENCE, map_sdk_error, map_stream_error
from belugadesk.bridge.history import without_repeated_images
from belugadesk.bridge.responses_stream import ResponseStreamState
from belugadesk.bridge.rewind import (
    SETTLE_LIMIT_S,
    UNANSWERED_GRACE_S,
    rewind_to_question,
    same_question,
    until_settled,
)
from belugadesk.bridge.stream_pacing import StreamPacer
from belugadesk.bridge.thread_files import ThreadFiles
from belugadesk.bridge.vector_stores import VectorStoreOperations
from belugadesk.domain.backend import Fork, UploadUse, with_model
from belugadesk.domain.errors import BadRequest, NotFound
from belugadesk.domain.events import RunDone, RunErrored, RunEvent, RunStarted, RunStatus
from belugadesk.domain.models import (
    AssistantDefinition,
    AttachmentPart,
    Backend,
    HistoryPage,
    ImagePart,
    Message,
    ToolOutput,
    UploadedFile,
)

if TYPE_CHECKING:
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)

MAX_ITEMS_PER_CALL = 20  # conversations.items.create takes at most 20 items
STOPPED_TOOL_OUTPUT = "The user stopped this tool call before it ran."


@dataclass
class _Unsettled:
    """A reply that did not end cleanly: was it ``accepted`` (the server answered), and its response id."""

    accepted: bool = False
    response_id: str | None = None


class ResponsesBackend(VectorStoreOperations):
    """Threads are Conversations; a reply is a streamed Response appended to its conversation."""

    backend = Backend.RESPONSES
    history_in_store = False

    def __init__(self, client: AsyncOpenAI, *, index_timeout_s: float = 120.0):
        self._client = client
        self._files = ThreadFiles(client, index_timeout_s=index_timeout_s)
        self._streams: dict[str, Any] = {}
        self._cancelled: set[str] = set()
        # conversation -> its last reply that did not end cleanly here: the server may still be settling it
        self._unsettled: dict[str, _Unsettled] = {}

    # --- threads -------------------------------------------------------------------------------------

    async def create_thread(self, assistant: AssistantDefinition) -> str:
        try:
            conversation = await self._client.conversations.create(
                metadata={"app": "belugadesk", "assistant": assistant.name[:512]}
            )
        except Exception as exc:
            raise map_sdk_error(exc) from exc
        self._files.created(conversation.id)
        return conversation.id

    async def delete_thread(self, thread_id: str) -> None:
        """Delete the conversation and the vector store its attached files were indexed in."""
        await self._files.forget(thread_id)
        try:
            await self._client.conversations.delete(thread_id)
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation") from exc

    async def fork(self, thread_id: str, assistant: AssistantDefinition, history: Sequence[Message]) -> Fork:
        """A new conversation created with the first 20 items of ``history`` (what ``conversations.create``
        takes at once), the rest added 20 at a time."""
        items, left_out = mapping.fork_items(history)
        try:
            conversation = await self._client.conversations.create(
                metadata={"app": "belugadesk", "assistant": assistant.name[:512], "branched_from": thread_id},
                items=items[:MAX_ITEMS_PER_CALL],  # type: ignore[arg-type]
            )
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation") from exc
        self._files.created(conversation.id)
        for start in range(MAX_ITEMS_PER_CALL, len(items), MAX_ITEMS_PER_CALL):
            try:
                await self._client.conversations.items.create(
                    conversation.id,
                    items=items[start : start + MAX_ITEMS_PER_CALL],  # type: ignore[arg-type]
                )
            except Exception as exc:
                await self._delete_quietly(conversation.id)
                raise map_sdk_error(exc, what="The conversation") from exc
        return Fork(remote_id=conversation.id, left_out=left_out)

    async def _delete_quietly(self, conversation_id: str) -> None:
        """Best effort: a half-made copy is not left on the account."""
        try:
            await self._client.conversations.delete(conversation_id)
        except Exception as exc:
            log.info("Could not delete the half-made conversation %s: %s", conversation_id, exc)

    async def add_messages(self, thread_id: str, messages: Sequence[Message]) -> list[str]:
        try:
            items = mapping.history_input(messages)
        except ValueError as exc:
            raise BadRequest(f"Cannot add these messages: {exc}.") from exc
        ids: list[str] = []
        for start in range(0, len(items), MAX_ITEMS_PER_CALL):
            try:
                page = await self._client.conversations.items.create(
                    thread_id,
                    items=items[start : start + MAX_ITEMS_PER_CALL],  # type: ignore[arg-type]
                )
            except Exception as exc:
                raise map_sdk_error(exc, what="The conversation") from exc
            ids.extend(str(item.id) for item in page.data if getattr(item, "id", None))
        return ids

    async def load_history(
        self, thread_id: str, *, cursor: str | None = None, limit: int = 100
    ) -> HistoryPage:
        try:
            kwargs: dict[str, Any] = {"limit": limit, "order": "asc"}
            if cursor:
                kwargs["after"] = cursor
            page = await self._client.conversations.items.list(
                thread_id, include=["code_interpreter_call.outputs", "file_search_call.results"], **kwargs
            )
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation") from exc
        messages = [m for m in (mapping.item_to_message(item) for item in page.data) if m is not None]
        next_cursor = page.data[-1].id if page.has_more and page.data else None
        return HistoryPage(messages=tuple(without_repeated_images(messages)), next_cursor=next_cursor)

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

        async def start() -> Any:
            searchable = [a.file_id for a in attachments if a.tool == "file_search"]
            if searchable:
                await self._files.attach(thread_id, searchable)
            code_files = [a.file_id for a in attachments if a.tool == "code_interpreter"]
            params = mapping.request_params(
                assistant,
                attachments,
                thread_vector_store_ids=await self._files.vector_store_ids(thread_id),
                code_file_ids=self._files.code_files(thread_id, code_files),
                additional_instructions=additional_instructions,
            )
            params["conversation"] = thread_id
            params["input"] = mapping.user_input(user_text, images) if user_text is not None else []
            return await self._create(params)

        return self._stream(start, thread_id)

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
        """A new response in the conversation: the instructions are sent again (a response does not carry
        over the previous one's)."""
        assistant = with_model(assistant, model)

        async def start() -> Any:
            params = mapping.request_params(
                assistant,
                thread_vector_store_ids=await self._files.vector_store_ids(thread_id),
                code_file_ids=self._files.code_files(thread_id),
                additional_instructions=additional_instructions,
            )
            params["conversation"] = thread_id
            params["input"] = mapping.tool_outputs_input(outputs)
            return await self._create(params)

        return self._stream(start, thread_id)

    async def _create(self, params: dict[str, Any]) -> Any:
        try:
            return await self._client.responses.create(stream=True, **params)
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation") from exc

    async def cancel(self, thread_id: str, run_ref: str) -> None:
        """Stop an in-flight reply by closing its stream (a streamed, non-background response cannot be
        cancelled any other way). The server keeps the partial output in the conversation; the stream ends
        with ``RunDone(CANCELLED)`` carrying the partial text.

        A reply that ended waiting for tool outputs is settled instead: its unanswered function calls get an
        output saying they were stopped, so the conversation takes the next message.
        """
        stream = self._streams.get(run_ref)
        if stream is not None:
            self._cancelled.add(run_ref)
            await stream.close()
            return
        await self._settle_function_calls(thread_id, run_ref)

    async def rewind(self, thread_id: str, question: str, *, run_ref: str | None = None) -> bool:
        """See the protocol. A stopped response keeps its partial output in the conversation once it has
        ended on the server, so that is awaited first; a reply stopped after the server accepted it but
        before it named itself will add the question a moment later, so that is awaited too."""
        items = self._client.conversations.items
        unsettled = self._unsettled.pop(thread_id, None)
        response_id = run_ref or (unsettled.response_id if unsettled is not None else None)
        try:
            if response_id is not None:
                await until_settled(lambda: self._response_status(response_id), ("queued", "in_progress"))
            elif unsettled is not None:  # stopped before the response named itself: look for the question
                limit_s = SETTLE_LIMIT_S if unsettled.accepted else UNANSWERED_GRACE_S
                await until_settled(
                    lambda: self._question_status(thread_id, question), ("pending",), limit_s=limit_s
                )
            return await rewind_to_question(
                aiter(items.list(thread_id, order="desc", limit=20)),
                _is_user_message,
                _item_text,
                lambda item: items.delete(item.id, conversation_id=thread_id),
                question,
            )
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation") from exc

    async def _question_status(self, thread_id: str, question: str) -> str:
        """Whether the conversation's last user message is ``question`` yet: "taken", else "pending"."""
        async for item in self._client.conversations.items.list(thread_id, order="desc", limit=20):
            if _is_user_message(item):
                return "taken" if same_question(_item_text(item), question) else "pending"
        return "pending"

    async def _response_status(self, response_id: str) -> str | None:
        try:
            response = await self._client.responses.retrieve(response_id)
        except Exception as exc:
            if isinstance(map_sdk_error(exc), NotFound):
                return None  # never stored: nothing is going on
            raise
        return response.status

    async def _settle_function_calls(self, thread_id: str, run_ref: str) -> None:
        try:
            response = await self._client.responses.retrieve(run_ref)
            calls = [i.call_id for i in response.output if i.type == "function_call"]
            if not calls:
                return
            recent = await self._client.conversations.items.list(thread_id, order="desc", limit=100)
            answered = {i.call_id for i in recent.data if i.type == "function_call_output"}
            items = [
                {"type": "function_call_output", "call_id": c, "output": STOPPED_TOOL_OUTPUT}
                for c in calls
                if c not in answered
            ]
            if items:
                await self._client.conversations.items.create(thread_id, items=items)  # type: ignore[arg-type]
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation") from exc

    async def _stream(self, start: Callable[[], Awaitable[Any]], thread_id: str) -> AsyncIterator[RunEvent]:
        unsettled = self._unsettled[thread_id] = _Unsettled()  # settled once the server says how it ended
        try:
            stream = await start()
        except Exception:  # refused (or unreachable): the caller takes it as never sent
            self._unsettled.pop(thread_id, None)
            raise
        unsettled.accepted = True
        state = ResponseStreamState()
        pacer = StreamPacer()
        run_ref: str | None = None
        try:
            async for event in stream:
                if event.type == "response.created":
                    run_ref = unsettled.response_id = event.response.id
                    self._streams[run_ref] = stream
                    yield RunStarted(run_ref=run_ref)
                for out in state.translate(event):
                    yield out
                if run_ref is not None and run_ref in self._cancelled:
                    break
                await pacer.step()
            if state.done is not None and (run_ref is None or run_ref not in self._cancelled):
                self._unsettled.pop(thread_id, None)  # the server said how the response ended
        except Exception as exc:
            if run_ref is None or run_ref not in self._cancelled:
                error = map_stream_error(exc, stream)
                log.warning("Reply stream failed: %s", error)
                yield RunErrored(message=str(error))
                state.done = RunStatus.FAILED
        finally:
            if run_ref is not None:
                self._streams.pop(run_ref, None)
                if run_ref in self._cancelled and state.done is not RunStatus.COMPLETED:
                    state.done = RunStatus.CANCELLED
                self._cancelled.discard(run_ref)
            await stream.close()
        if state.done is None:
            # the server closed the stream without a terminal event
            yield RunErrored(message=STREAM_ENDED_EARLY_SENTENCE)
            state.done = RunStatus.INCOMPLETE
        yield RunDone(status=state.done, run_ref=run_ref, partial_text=state.text)

    # --- files, models, assistants -----------------------------------------------------------------

    async def upload_file(self, path: Path, *, tool: UploadUse = "file_search") -> UploadedFile:
        """Upload for a later ``stream_reply(attachments=…)`` (file search indexes it then)."""
        return await files.upload(self._client, path, purpose="vision" if tool == "vision" else "assistants")

    async def download_file(self, file_id: str, *, container_id: str | None = None) -> bytes:
        return await files.download(self._client, file_id, container_id=container_id)

    async def list_models(self) -> list[str]:
        return await files.list_models(self._client)

    async def sync_assistant(self, assistant: AssistantDefinition) -> str | None:
        return None  # Responses: the definition is sent with every request; nothing lives on the server.

    async def list_remote_assistants(
        self, *, cursor: str | None = None, limit: int = 20
    ) -> tuple[list[AssistantDefinition], str | None]:
        return [], None  # the Responses API keeps no assistants

    async def aclose(self) -> None:
        await self._client.close()


def _is_user_message(item: Any) -> bool:
    return bool(item.type == "message" and item.role == "user")


def _item_text(item: Any) -> str:
    message = mapping.item_to_message(item)
    return message.text if message is not None else ""
