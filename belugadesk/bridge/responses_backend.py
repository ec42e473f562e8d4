"""The default backend: Conversations API for thread state, ``responses.create(stream=True)`` for replies."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from belugadesk.bridge import responses_mapping as mapping
from belugadesk.bridge.errors import map_sdk_error, scrub
from belugadesk.bridge.vector_stores import VectorStoreOperations
from belugadesk.domain.errors import ApiError
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
    Backend,
    HistoryPage,
    ImagePart,
    Message,
    Role,
    ToolCallPart,
    ToolOutput,
    UploadedFile,
    Usage,
)

if TYPE_CHECKING:
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)


class ResponsesBackend(VectorStoreOperations):
    """Threads are Conversations; a reply is a streamed Response appended to its conversation."""

    backend = Backend.RESPONSES

    def __init__(self, client: AsyncOpenAI):
        self._client = client
        self._streams: dict[str, Any] = {}
        self._cancelled: set[str] = set()

    # --- threads -------------------------------------------------------------------------------------

    async def create_thread(self, assistant: AssistantDefinition) -> str:
        try:
            conversation = await self._client.conversations.create(
                metadata={"app": "belugadesk", "assistant": assistant.name[:512]}
            )
        except Exception as exc:
            raise map_sdk_error(exc) from exc
        return conversation.id

    async def delete_thread(self, thread_id: str) -> None:
        try:
            await self._client.conversations.delete(thread_id)
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation") from exc

    async def load_history(self, thread_id: str, *, cursor: str | None = None, limit: int = 100) -> HistoryPage:
        try:
            kwargs: dict[str, Any] = {"limit": limit, "order": "asc"}
            if cursor:
                kwargs["after"] = cursor
            page = await self._client.conversations.items.list(thread_id, **kwargs)
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation") from exc
        messages = tuple(m for m in (mapping.item_to_message(item) for item in page.data) if m is not None)
        next_cursor = page.data[-1].id if page.has_more and page.data else None
        return HistoryPage(messages=messages, next_cursor=next_cursor)

    # --- replies -------------------------------------------------------------------------------------

    def stream_reply(
        self,
        thread_id: str,
        assistant: AssistantDefinition,
        user_text: str | None,
        *,
        attachments: Sequence[AttachmentPart] = (),
    ) -> AsyncIterator[RunEvent]:
        params = mapping.request_params(assistant, attachments)
        params["conversation"] = thread_id
        params["input"] = mapping.user_input(user_text, attachments) if user_text is not None else []
        return self._stream(params)

    def submit_tool_outputs(
        self, thread_id: str, assistant: AssistantDefinition, run_ref: str, outputs: Sequence[ToolOutput]
    ) -> AsyncIterator[RunEvent]:
        params = mapping.request_params(assistant)
        params["conversation"] = thread_id
        params["input"] = [
            {"type": "function_call_output", "call_id": o.call_id, "output": o.output} for o in outputs
        ]
        return self._stream(params)

    async def cancel(self, thread_id: str, run_ref: str) -> None:
        """Stop an in-flight reply: close its stream; the stream then ends with ``RunDone(CANCELLED)``."""
        self._cancelled.add(run_ref)
        stream = self._streams.get(run_ref)
        if stream is not None:
            await stream.close()

    async def _stream(self, params: dict[str, Any]) -> AsyncIterator[RunEvent]:
        try:
            stream = await self._client.responses.create(stream=True, **params)
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation") from exc
        state = _StreamState()
        run_ref: str | None = None
        try:
            async for event in stream:
                if event.type == "response.created":
                    run_ref = event.response.id
                    self._streams[run_ref] = stream
                    yield RunStarted(run_ref=run_ref)
                for out in state.translate(event):
                    yield out
        except Exception as exc:
            if run_ref is not None and run_ref in self._cancelled:
                state.done = RunStatus.CANCELLED
            else:
                error = map_sdk_error(exc) if not isinstance(exc, ApiError) else exc
                log.warning("Reply stream failed: %s", scrub(str(error)))
                yield RunErrored(message=str(error))
                state.done = RunStatus.FAILED
        finally:
            if run_ref is not None:
                self._streams.pop(run_ref, None)
                if run_ref in self._cancelled:
                    state.done = RunStatus.CANCELLED
                self._cancelled.discard(run_ref)
            await stream.close()
        if state.done is None:
            # the server closed the stream without a terminal event
            yield RunErrored(message="The reply ended before the server said it was complete.")
            state.done = RunStatus.INCOMPLETE
        yield RunDone(status=state.done, run_ref=run_ref, partial_text=state.text)

    # --- files, models, assistants -----------------------------------------------------------------

    async def upload_file(
        self, path: Path, *, tool: Literal["file_search", "code_interpreter"] = "file_search"
    ) -> UploadedFile:
        try:
            with path.open("rb") as handle:
                created = await self._client.files.create(file=(path.name, handle), purpose="user_data")
        except OSError as exc:
            raise ApiError(f"Could not read {path.name}: {exc.strerror or exc}.") from exc
        except Exception as exc:
            raise map_sdk_error(exc) from exc
        return UploadedFile(id=created.id, filename=created.filename, bytes=created.bytes, purpose=created.purpose)

    async def download_file(self, file_id: str, *, container_id: str | None = None) -> bytes:
        try:
            if container_id:
                response = await self._client.containers.files.content.retrieve(
                    file_id, container_id=container_id
                )
            else:
                response = await self._client.files.content(file_id)
        except Exception as exc:
            raise map_sdk_error(exc, what="The file") from exc
        return response.read()

    async def list_models(self) -> list[str]:
        try:
            return sorted([m.id async for m in self._client.models.list()])
        except Exception as exc:
            raise map_sdk_error(exc) from exc

    async def sync_assistant(self, assistant: AssistantDefinition) -> str | None:
        return None  # Responses: the definition is sent with every request; nothing lives on the server.

    async def list_remote_assistants(
        self, *, cursor: str | None = None, limit: int = 20
    ) -> tuple[list[AssistantDefinition], str | None]:
        return [], None  # the Responses API keeps no assistants

    async def aclose(self) -> None:
        await self._client.close()


class _StreamState:
    """Folds Responses stream events into domain events and remembers how the reply is going."""

    def __init__(self) -> None:
        self.text = ""
        self.done: RunStatus | None = None
        self.tool_calls_requested = False
        self.model: str | None = None

    def translate(self, event: Any) -> list[RunEvent]:
        kind = event.type
        if kind == "response.created":
            self.model = getattr(event.response, "model", None)
            return [RunStatusChanged(status=RunStatus.IN_PROGRESS)]
        if kind == "response.queued":
            return [RunStatusChanged(status=RunStatus.QUEUED)]
        if kind == "response.output_text.delta":
            self.text += event.delta
            return [TextDelta(delta=event.delta, message_remote_id=event.item_id)]
        if kind == "response.output_item.added":
            if event.item.type in ("function_call", "code_interpreter_call", "file_search_call"):
                return [RunStatusChanged(status=RunStatus.CALLING_TOOL)]
            return []
        if kind == "response.output_item.done":
            return self._item_done(event.item)
        if kind in ("response.completed", "response.incomplete"):
            out: list[RunEvent] = []
            usage = getattr(event.response, "usage", None)
            if usage is not None:
                details = getattr(usage, "input_tokens_details", None)
                out.append(
                    UsageReported(
                        usage=Usage(
                            input_tokens=usage.input_tokens,
                            output_tokens=usage.output_tokens,
                            cached_tokens=getattr(details, "cached_tokens", 0) or 0,
                        ),
                        model=getattr(event.response, "model", None),
                    )
                )
            if kind == "response.incomplete":
                self.done = RunStatus.INCOMPLETE
            elif self.tool_calls_requested:
                self.done = RunStatus.REQUIRES_ACTION
            else:
                self.done = RunStatus.COMPLETED
            out.append(RunStatusChanged(status=self.done))
            return out
        if kind == "response.failed":
            error = getattr(event.response, "error", None)
            message = getattr(error, "message", None) or "The server could not produce a reply."
            self.done = RunStatus.FAILED
            return [RunErrored(message=scrub(message), code=getattr(error, "code", None))]
        if kind == "error":
            self.done = RunStatus.FAILED
            return [RunErrored(message=scrub(event.message or "The server reported an error."), code=event.code)]
        return []

    def _item_done(self, item: Any) -> list[RunEvent]:
        if item.type == "message":
            message = Message(
                remote_id=item.id, role=Role.ASSISTANT, parts=mapping.message_parts(item.content), model=self.model
            )
            return [MessageCompleted(message=message)]
        if item.type == "function_call":
            self.tool_calls_requested = True
            call = ToolCallPart(call_id=item.call_id, kind="function", name=item.name, arguments=item.arguments)
            return [RunStatusChanged(status=RunStatus.REQUIRES_ACTION), ToolCallRequested(call=call)]
        if item.type == "code_interpreter_call":
            outputs = item.outputs or []
            logs = "\n".join(o.logs for o in outputs if getattr(o, "type", "") == "logs")
            call = ToolCallPart(call_id=item.id, kind="code_interpreter", arguments=item.code or "", output=logs)
            images = tuple(
                ImagePart(file_id=o.url.rsplit("/", 1)[-1], container_id=getattr(item, "container_id", None))
                for o in outputs
                if getattr(o, "type", "") == "image" and getattr(o, "url", None)
            )
            return [ToolCallOutput(call=call, images=images)]
        if item.type == "file_search_call":
            call = ToolCallPart(
                call_id=item.id, kind="file_search", arguments=", ".join(getattr(item, "queries", None) or [])
            )
            return [ToolCallOutput(call=call)]
        return []
