"""The second backend: Assistants v2 (``client.beta.*``). Threads, messages and runs live on the server; the
remote assistant mirrors the local definition.

The SDK marks every Assistants call deprecated. The warning is silenced here only, and only around the
synchronous call that emits it (:func:`_quiet`), never with a process-wide filter.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from belugadesk.bridge import assistants_mapping as mapping
from belugadesk.bridge import files
from belugadesk.bridge.assistants_stream import RunStreamState
from belugadesk.bridge.errors import STREAM_ENDED_EARLY_SENTENCE, map_sdk_error, map_stream_error
from belugadesk.bridge.history import without_repeated_images
from belugadesk.bridge.rewind import rewind_to_question, until_settled
from belugadesk.bridge.stream_pacing import StreamPacer
from belugadesk.bridge.vector_stores import VectorStoreOperations
from belugadesk.domain.backend import Fork, UploadUse
from belugadesk.domain.errors import BadRequest, NotFound
from belugadesk.domain.events import RunDone, RunErrored, RunEvent, RunStatus
from belugadesk.domain.models import (
    AssistantDefinition,
    AttachmentPart,
    Backend,
    HistoryPage,
    ImagePart,
    Message,
    Role,
    ToolOutput,
    UploadedFile,
)
from belugadesk.domain.tasks import TaskSet

if TYPE_CHECKING:
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)
T = TypeVar("T")

RUN_GOING = ("queued", "in_progress", "requires_action", "cancelling")
#: the messages a branch's new thread is created with; the rest are added one by one (the spec sets no limit
#: on ``threads.create``'s messages: this keeps each request body moderate)
FORK_CREATE_BATCH = 32
CANCEL_GRACE_S = 10.0  # after runs.cancel, how long the stream may take to report the cancellation


def _quiet(call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call an Assistants SDK method with its DeprecationWarning silenced for this call only.

    The SDK warns synchronously when the method is called (before the coroutine runs), so the filter is in
    place only while the call is made, never across an ``await``.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, message=r"(?i).*deprecated")
        return call(*args, **kwargs)


class AssistantsBackend(VectorStoreOperations):
    """Threads are Assistants threads; a reply is a streamed run of the synced remote assistant."""

    backend = Backend.ASSISTANTS
    history_in_store = False

    def __init__(self, client: AsyncOpenAI, *, profile_id: str):
        self._client = client
        self._profile_id = profile_id
        # local assistant id -> (remote id, version last synced in this session)
        self._synced: dict[str, tuple[str, int]] = {}
        # local assistant id -> the tools the remote assistant was given (a run with others sends its own)
        self._synced_tools: dict[str, list[dict[str, Any]]] = {}
        self._recreated: dict[str, str] = {}  # remote id deleted on the server -> the one made to replace it
        self._streams: dict[str, Any] = {}
        self._cancelled: set[str] = set()
        self._steps: dict[str, list[Any]] = {}  # run id -> steps of a finished run (they never change)
        self._tasks = TaskSet()  # stream closings after a cancel the server did not confirm
        # thread id -> tools its attachments need (enabled per run when the assistant lacks them)
        self._thread_tools: dict[str, set[str]] = {}
        self._filenames: dict[str, tuple[str, int | None]] = {}  # file id -> (filename, bytes)

    # --- assistants -----------------------------------------------------------------------------------

    def _known_remote_id(self, assistant: AssistantDefinition) -> str | None:
        known = self._synced.get(assistant.id)
        remote_id = assistant.remote_ids.get(self._profile_id) or (known[0] if known else None)
        # a remote assistant deleted on the server was created again: use the new one until the app saves it
        return self._recreated.get(remote_id, remote_id) if remote_id else None

    async def sync_assistant(self, assistant: AssistantDefinition) -> str:
        """Create or update the remote assistant from the local definition; return its remote id.

        An assistant deleted on the server is created again.
        """
        beta = self._client.beta.assistants
        params = mapping.assistant_params(assistant)
        remote_id = self._known_remote_id(assistant)
        remote: Any = None
        if remote_id:
            try:
                remote = await _quiet(beta.update, remote_id, **params)
            except Exception as exc:
                error = map_sdk_error(exc, what="The assistant")
                if not isinstance(error, NotFound):
                    raise error from exc
                log.info("Remote assistant %s is gone; creating it again", remote_id)
        if remote is None:
            create = {k: v for k, v in params.items() if v is not None}
            try:
                remote = await _quiet(beta.create, **create)
            except Exception as exc:
                raise map_sdk_error(exc, what="The assistant") from exc
            if remote_id:
                self._recreated[remote_id] = str(remote.id)
        self._synced[assistant.id] = (remote.id, assistant.version)
        self._synced_tools[assistant.id] = mapping.tools_param(assistant)
        return str(remote.id)

    async def _ensure_synced(self, assistant: AssistantDefinition) -> str:
        """The remote id, syncing first when this session has not synced this version yet."""
        remote_id = self._known_remote_id(assistant)
        if remote_id and self._synced.get(assistant.id) == (remote_id, assistant.version):
            return remote_id
        return await self.sync_assistant(assistant)

    async def list_remote_assistants(
        self, *, cursor: str | None = None, limit: int = 20
    ) -> tuple[list[AssistantDefinition], str | None]:
        kwargs: dict[str, Any] = {"limit": limit, "order": "desc"}
        if cursor:
            kwargs["after"] = cursor
        try:
            page = await _quiet(self._client.beta.assistants.list, **kwargs)
        except Exception as exc:
            raise map_sdk_error(exc) from exc
        definitions = [mapping.remote_to_definition(a, self._profile_id) for a in page.data]
        next_cursor = page.data[-1].id if page.has_more and page.data else None
        return definitions, next_cursor

    # --- threads ------------------------------------------------------------------------------------

    async def create_thread(self, assistant: AssistantDefinition) -> str:
        try:
            thread = await _quiet(
                self._client.beta.threads.create,
                metadata={"app": "belugadesk", "assistant": assistant.name[:512]},
            )
        except Exception as exc:
            raise map_sdk_error(exc) from exc
        return str(thread.id)

    async def fork(self, thread_id: str, assistant: AssistantDefinition, history: Sequence[Message]) -> Fork:
        """A new thread made with ``history`` (the first messages in ``threads.create``, the rest added)."""
        bodies, left_out = mapping.fork_messages(history)
        metadata = {"app": "belugadesk", "assistant": assistant.name[:512], "branched_from": thread_id}
        try:
            thread = await _quiet(
                self._client.beta.threads.create,
                metadata=metadata,
                messages=bodies[:FORK_CREATE_BATCH],
            )
        except Exception as exc:
            raise map_sdk_error(exc, what="The thread") from exc
        for body in bodies[FORK_CREATE_BATCH:]:
            try:
                await _quiet(self._client.beta.threads.messages.create, thread.id, **body)
            except Exception as exc:
                await self._delete_quietly(thread.id)
                raise map_sdk_error(exc, what="The thread") from exc
        return Fork(remote_id=str(thread.id), left_out=left_out)

    async def _delete_quietly(self, thread_id: str) -> None:
        """Best effort: a half-made copy is not left on the account."""
        try:
            await _quiet(self._client.beta.threads.delete, thread_id)
        except Exception as exc:
            log.info("Could not delete the half-made thread %s: %s", thread_id, exc)

    async def delete_thread(self, thread_id: str) -> None:
        try:
            await _quiet(self._client.beta.threads.delete, thread_id)
        except Exception as exc:
            raise map_sdk_error(exc, what="The thread") from exc

    async def add_messages(self, thread_id: str, messages: Sequence[Message]) -> list[str]:
        """Append user/assistant text messages to the thread without running the assistant."""
        ids = []
        for message in messages:
            if message.role not in (Role.USER, Role.ASSISTANT):
                raise BadRequest(f"An Assistants thread cannot hold a {message.role.value} message.")
            try:
                created = await _quiet(
                    self._client.beta.threads.messages.create,
                    thread_id,
                    role=message.role.value,
                    content=message.text or " ",
                )
            except Exception as exc:
                raise map_sdk_error(exc, what="The thread") from exc
            ids.append(str(created.id))
        return ids

    async def load_history(
        self, thread_id: str, *, cursor: str | None = None, limit: int = 100
    ) -> HistoryPage:
        """Messages oldest first, each run's tool calls (from its steps) before the message they led to."""
        kwargs: dict[str, Any] = {"limit": limit, "order": "asc"}
        if cursor:
            kwargs["after"] = cursor
        try:
            page = await _quiet(self._client.beta.threads.messages.list, thread_id, **kwargs)
        except Exception as exc:
            raise map_sdk_error(exc, what="The thread") from exc
        rows: list[Message] = []
        for raw in page.data:
            if raw.run_id and raw.role == "assistant":
                rows.extend(await self._tool_rows_before(thread_id, raw.run_id, raw.id))
            rows.append(mapping.message_to_domain(raw))
        next_cursor = page.data[-1].id if page.has_more and page.data else None
        rows = [await self._with_filenames(row) for row in without_repeated_images(rows)]
        return HistoryPage(messages=tuple(rows), next_cursor=next_cursor)

    async def _with_filenames(self, message: Message) -> Message:
        """Attachments come back as file ids only: name them (cached; a deleted file keeps its id)."""
        if not any(isinstance(p, AttachmentPart) for p in message.parts):
            return message
        parts = []
        for part in message.parts:
            if isinstance(part, AttachmentPart):
                if part.file_id not in self._filenames:
                    try:
                        meta = await self._client.files.retrieve(part.file_id)
                        self._filenames[part.file_id] = (meta.filename, meta.bytes)
                    except Exception:  # gone or unreadable: the id is all there is to show
                        self._filenames[part.file_id] = (part.file_id, None)
                name, size = self._filenames[part.file_id]
                part = part.model_copy(update={"filename": name, "size": size})
            parts.append(part)
        return message.model_copy(update={"parts": tuple(parts)})

    async def _tool_rows_before(self, thread_id: str, run_id: str, message_id: str) -> list[Message]:
        """Tool calls the run made after its previous message and before ``message_id``."""
        for fresh in (False, True):
            if fresh:  # the cached steps predate this message: the run went on after they were read
                self._steps.pop(run_id, None)
            pending: list[Message] = []
            for step in await self._run_steps(thread_id, run_id):
                details = step.step_details
                if details.type == "message_creation":
                    if details.message_creation.message_id == message_id:
                        return pending
                    pending = []
                else:
                    pending.extend(mapping.step_messages(step))
            if run_id not in self._steps:
                break
        return []

    async def _run_steps(self, thread_id: str, run_id: str) -> list[Any]:
        if run_id in self._steps:
            return self._steps[run_id]
        try:
            paginator = _quiet(
                self._client.beta.threads.runs.steps.list, run_id, thread_id=thread_id, order="asc", limit=100
            )
            steps = [step async for step in paginator]
        except Exception as exc:
            raise map_sdk_error(exc, what="The run") from exc
        if all(s.status in ("completed", "failed", "cancelled", "expired") for s in steps):
            self._steps[run_id] = steps
        return steps

    # --- replies -----------------------------------------------------------------------------------

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
        async def start() -> Any:
            assistant_id = await self._ensure_synced(assistant)
            threads = self._client.beta.threads
            used = self._thread_tools.setdefault(thread_id, set())
            used.update(a.tool for a in attachments)
            extra: dict[str, Any] = {}
            if additional_instructions:
                extra["additional_instructions"] = additional_instructions
            if model and model != assistant.model:  # the thread's model: a run override, never a sync
                extra["model"] = model
            if assistant.reasoning_effort is not None:
                extra["reasoning_effort"] = assistant.reasoning_effort
            tools = mapping.tools_param(assistant)
            missing = sorted(used - {t["type"] for t in tools})
            # files attached for a tool the assistant lacks enable it for this thread's runs; tools offered
            # for this reply only (an MCP server's) are the run's own too
            if missing or tools != self._synced_tools.get(assistant.id, tools):
                extra["tools"] = tools + [{"type": kind} for kind in missing]
            if user_text is not None:
                # sent with the run, so a run the server refuses leaves no stray message in the thread
                message: dict[str, Any] = {"role": "user", "content": mapping.user_content(user_text, images)}
                if attachments:
                    message["attachments"] = mapping.attachments_param(attachments)
                extra["additional_messages"] = [message]
            try:
                return await _quiet(
                    threads.runs.create, thread_id, assistant_id=assistant_id, stream=True, **extra
                )
            except Exception as exc:
                raise map_sdk_error(exc, what="The thread") from exc

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
        """The run goes on with the model and instructions it was created with (``model`` and
        ``additional_instructions`` are for the other backends)."""

        async def start() -> Any:
            try:
                return await _quiet(
                    self._client.beta.threads.runs.submit_tool_outputs,
                    run_ref,
                    thread_id=thread_id,
                    tool_outputs=[{"tool_call_id": o.call_id, "output": o.output} for o in outputs],
                    stream=True,
                )
            except Exception as exc:
                raise map_sdk_error(exc, what="The run") from exc

        return self._stream(start, thread_id, run_ref=run_ref)

    async def cancel(self, thread_id: str, run_ref: str) -> None:
        """Ask the server to cancel the run; the stream then reports ``thread.run.cancelled`` and ends with
        ``RunDone(CANCELLED)``. The partial message stays in the thread. If the server does not confirm in
        ``CANCEL_GRACE_S``, the stream is closed."""
        self._cancelled.add(run_ref)
        try:
            await _quiet(self._client.beta.threads.runs.cancel, run_ref, thread_id=thread_id)
        except Exception as exc:
            error = map_sdk_error(exc, what="The run")
            if not isinstance(error, BadRequest):  # 400: the run already ended, nothing to cancel
                raise error from exc
        stream: Any = self._streams.get(run_ref)
        if stream is None:  # nothing streams (e.g. the run was waiting for tool outputs)
            self._cancelled.discard(run_ref)
            return
        self._tasks.start(self._close_later(run_ref, stream))

    async def rewind(self, thread_id: str, question: str, *, run_ref: str | None = None) -> bool:
        """See the protocol. Every run still going on the thread is cancelled and awaited (``run_ref`` may
        be unknown when the reply was stopped before the server answered)."""
        messages = self._client.beta.threads.messages
        try:
            await self._end_runs(thread_id)
            return await rewind_to_question(
                aiter(_quiet(messages.list, thread_id, order="desc", limit=20)),
                lambda message: message.role == "user",
                lambda message: mapping.message_to_domain(message).text,
                lambda message: _quiet(messages.delete, message.id, thread_id=thread_id),
                question,
            )
        except Exception as exc:
            raise map_sdk_error(exc, what="The thread") from exc

    async def _end_runs(self, thread_id: str) -> None:
        """Cancel the thread's runs that are still going and wait until they ended (until then the thread
        takes no new run, and a cancelled run may still add to its message)."""
        runs = self._client.beta.threads.runs
        page = await _quiet(runs.list, thread_id, order="desc", limit=10)
        for run in page.data:
            if run.status not in RUN_GOING:
                continue
            if run.status != "cancelling":
                try:
                    await _quiet(runs.cancel, run.id, thread_id=thread_id)
                except Exception as exc:
                    if not isinstance(map_sdk_error(exc), BadRequest):  # 400: it ended meanwhile
                        raise

            async def status(run_id: str = run.id) -> str:
                return str((await _quiet(runs.retrieve, run_id, thread_id=thread_id)).status)

            await until_settled(status, RUN_GOING)

    async def _abandon(self, thread_id: str, run_ref: str) -> None:
        """The stream broke: cancel the run (best effort) so it does not keep the thread busy."""
        try:
            await _quiet(self._client.beta.threads.runs.cancel, run_ref, thread_id=thread_id)
        except Exception as exc:
            log.info("Could not cancel run %s after its stream broke: %s", run_ref, type(exc).__name__)

    async def _close_later(self, run_ref: str, stream: Any) -> None:
        await asyncio.sleep(CANCEL_GRACE_S)
        current = self._streams.get(run_ref)
        if current is not None and current is stream:
            log.info("The server did not confirm cancelling run %s; closing its stream", run_ref)
            await current.close()

    async def _stream(
        self, start: Callable[[], Any], thread_id: str, *, run_ref: str | None = None
    ) -> AsyncIterator[RunEvent]:
        stream: Any = await start()
        state = RunStreamState()
        pacer = StreamPacer()
        try:
            async for event in stream:
                for out in state.translate(event):
                    if state.run_ref is not None and state.run_ref not in self._streams:
                        self._streams[state.run_ref] = stream
                    yield out
                await pacer.step()
        except Exception as exc:
            if state.run_ref is not None and state.run_ref in self._cancelled:
                state.done = RunStatus.CANCELLED
            else:
                error = map_stream_error(exc, stream)
                log.warning("Run stream failed: %s", error)
                if state.run_ref is not None:
                    await self._abandon(thread_id, state.run_ref)
                yield RunErrored(message=str(error))
                state.done = RunStatus.FAILED
        finally:
            ref = state.run_ref or run_ref
            if ref is not None:
                self._streams.pop(ref, None)
                if ref in self._cancelled and state.done not in (
                    RunStatus.COMPLETED,
                    RunStatus.REQUIRES_ACTION,
                ):
                    state.done = RunStatus.CANCELLED
                self._cancelled.discard(ref)
            await stream.close()
        if state.done is None:
            yield RunErrored(message=STREAM_ENDED_EARLY_SENTENCE)
            state.done = RunStatus.INCOMPLETE
        yield RunDone(status=state.done, run_ref=state.run_ref or run_ref, partial_text=state.text)

    # --- files, models --------------------------------------------------------------------------------

    async def upload_file(self, path: Path, *, tool: UploadUse = "file_search") -> UploadedFile:
        return await files.upload(self._client, path, purpose="vision" if tool == "vision" else "assistants")

    async def download_file(self, file_id: str, *, container_id: str | None = None) -> bytes:
        return await files.download(self._client, file_id, container_id=container_id)

    async def list_models(self) -> list[str]:
        return await files.list_models(self._client)

    async def aclose(self) -> None:
        await self._tasks.aclose()
        await self._client.close()
