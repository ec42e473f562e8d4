"""The one interface every conversation backend satisfies (Responses + Conversations, Assistants v2), and
the data it speaks in beyond the domain models. View-models depend on this, never on ``bridge``, which
implements it; the composition root (``services``) builds the backend."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from belugadesk.domain.events import RunEvent
from belugadesk.domain.models import (
    AssistantDefinition,
    AttachmentPart,
    Backend,
    Frozen,
    HistoryPage,
    ImagePart,
    Message,
    ToolOutput,
    UploadedFile,
)

# metadata keys the app adds to a remote assistant (Assistants backend) so a listed assistant maps back to
# its local definition; a user's own metadata cannot use them
LOCAL_ID_KEY = "belugadesk_id"
VERSION_KEY = "belugadesk_version"


#: what a file is uploaded for: a tool's file, or an image put in a message
UploadUse = Literal["file_search", "code_interpreter", "vision"]


def with_model(assistant: AssistantDefinition, model: str | None) -> AssistantDefinition:
    """``assistant`` as one reply runs it: with ``model`` (the thread's choice), if given, for its own."""
    if not model or model == assistant.model:
        return assistant
    return assistant.model_copy(update={"model": model})


class VectorStoreInfo(Frozen):
    """A vector store of the account, for the file-search tool."""

    id: str
    name: str = ""
    file_count: int = 0

    @property
    def label(self) -> str:
        files = "1 file" if self.file_count == 1 else f"{self.file_count} files"
        return f"{self.name or self.id} ({files})"


class LeftOut(Frozen):
    """What a fork could not carry to the new thread on the server (the app's copy still shows it)."""

    tool_calls: int = 0
    images: int = 0
    files: int = 0

    def __bool__(self) -> bool:
        return bool(self.tool_calls or self.images or self.files)

    def __add__(self, other: LeftOut) -> LeftOut:
        return LeftOut(
            tool_calls=self.tool_calls + other.tool_calls,
            images=self.images + other.images,
            files=self.files + other.files,
        )


class Fork(Frozen):
    """A new thread on the server holding a copy of another's history, and what it could not carry."""

    remote_id: str
    left_out: LeftOut = LeftOut()


class ThreadLog(Protocol):
    """The app's own record of its threads, for a backend that keeps no thread on the server (Chat
    Completions): the services layer builds it over the store, which is then the thread's source of truth."""

    async def messages(self, remote_id: str) -> Sequence[Message] | None:
        """The stored messages of the thread whose remote id is ``remote_id``, oldest first; None when the
        app holds no such thread."""
        ...


@runtime_checkable
class ConversationBackend(Protocol):
    """Thread state lives on the server; the app drives it through these calls.

    ``thread_id`` is always the *remote* id (``conv_…`` or ``thread_…``). ``run_ref`` is what a stream
    reported in ``RunStarted`` (a response id or a run id) and is needed to continue or cancel.
    """

    backend: Backend
    #: the app's store is the thread's only copy (Chat Completions): there is no server history to reload
    history_in_store: bool

    async def create_thread(self, assistant: AssistantDefinition) -> str: ...

    async def delete_thread(self, thread_id: str) -> None: ...

    async def fork(self, thread_id: str, assistant: AssistantDefinition, history: Sequence[Message]) -> Fork:
        """A new thread holding ``history``: the messages of ``thread_id`` up to and including the one the
        branch starts after, oldest first, as the app shows them. The original is not changed. What the
        API cannot hold in a new thread (e.g. tool calls on Assistants) is left out and counted."""
        ...

    async def load_history(
        self, thread_id: str, *, cursor: str | None = None, limit: int = 100
    ) -> HistoryPage:
        """One page of messages, oldest first. ``NotFound`` when the thread is gone."""
        ...

    async def add_messages(self, thread_id: str, messages: Sequence[Message]) -> list[str]:
        """Append user/assistant text messages without asking for a reply; returns their remote ids."""
        ...

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
        """Add the user's message (unless ``None``: regenerate from what is there) and stream the reply.

        ``attachments`` are uploaded files (``upload_file``) for file search or the code interpreter;
        ``images`` are images uploaded with ``tool="vision"``, sent in the message as image inputs.
        ``additional_instructions`` are appended to the assistant's instructions for this reply only.
        ``model`` replaces the assistant's model for this reply only (the one chosen for the thread).
        Always ends with ``RunDone``; API failures before the stream starts raise ``ApiError``.
        """
        ...

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
        """Answer ``ToolCallRequested`` events and keep streaming (with ``model`` and
        ``additional_instructions`` as ``stream_reply`` had them)."""
        ...

    async def cancel(self, thread_id: str, run_ref: str) -> None: ...

    async def rewind(self, thread_id: str, question: str, *, run_ref: str | None = None) -> bool:
        """Bring the thread back to its last user message, if that message is ``question``.

        First the reply ``run_ref`` (and, on Assistants, any run still going) is ended on the server and
        awaited; then whatever follows the last user message (a stale, partial or discarded reply) is
        deleted. True when the server holds ``question`` as its last user message, so a reply can be asked
        for with ``stream_reply(user_text=None)``; False (nothing deleted) when the server never took it.
        """
        ...

    async def upload_file(self, path: Path, *, tool: UploadUse = "file_search") -> UploadedFile:
        """Upload ``path`` for a tool, or (``"vision"``) as an image to put in a message."""
        ...

    async def download_file(self, file_id: str, *, container_id: str | None = None) -> bytes:
        """A file's bytes (e.g. a code-interpreter image: ``ImagePart.file_id`` and ``.container_id``)."""
        ...

    async def list_models(self) -> list[str]: ...

    async def sync_assistant(self, assistant: AssistantDefinition) -> str | None:
        """Create or update the server-side copy (Assistants backend); ``None`` where there is none."""
        ...

    async def list_remote_assistants(
        self, *, cursor: str | None = None, limit: int = 20
    ) -> tuple[list[AssistantDefinition], str | None]:
        """A page of assistants defined on the server (Assistants backend; empty elsewhere), next cursor.

        Each comes back as a local definition whose ``remote_ids`` names this profile's remote id.
        """
        ...

    async def list_vector_stores(self, *, limit: int = 100) -> list[VectorStoreInfo]:
        """The account's vector stores for the file-search tool, newest first."""
        ...

    async def create_vector_store(self, name: str) -> VectorStoreInfo: ...

    async def add_files_to_vector_store(self, vector_store_id: str, paths: Sequence[Path]) -> VectorStoreInfo:
        """Upload files and add them to the vector store; returns it with its new file count."""
        ...

    async def aclose(self) -> None: ...
