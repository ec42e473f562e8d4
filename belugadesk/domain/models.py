"""Assistants, threads and messages as the app understands them, independent of any API family."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from .mcp_access import McpToolGrant, RemoteMcpServer


def new_id() -> str:
    """A new local id (hex uuid4)."""
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Backend(StrEnum):
    """Which API family a profile talks to."""

    RESPONSES = "responses"
    ASSISTANTS = "assistants"
    #: ``/v1/chat/completions``: the thread lives in the local store only (no remote thread)
    CHAT_COMPLETIONS = "chat_completions"

    @property
    def label(self) -> str:
        """The API's name in a sentence: "Responses", "Assistants", "Chat Completions"."""
        return self.value.replace("_", " ").title()


#: a Chat Completions thread's "remote" id: a local name (the store holds the thread)
LOCAL_THREAD_PREFIX = "chat_"


def local_thread_id() -> str:
    return LOCAL_THREAD_PREFIX + uuid.uuid4().hex


class Role(StrEnum):
    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"
    TOOL = "tool"


class MessageStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    CANCELLED = "cancelled"
    FAILED = "failed"
    #: the app stopped (crash, kill) while this reply was being written: the partial text is kept
    INTERRUPTED = "interrupted"


# --- tools -------------------------------------------------------------------------------------------


class CodeInterpreterTool(Frozen):
    type: Literal["code_interpreter"] = "code_interpreter"


class FileSearchTool(Frozen):
    type: Literal["file_search"] = "file_search"
    vector_store_ids: tuple[str, ...] = ()
    max_num_results: int | None = None


class FunctionTool(Frozen):
    type: Literal["function"] = "function"
    name: str
    description: str = ""
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object", "properties": {}})
    strict: bool = False


Tool = Annotated[CodeInterpreterTool | FileSearchTool | FunctionTool, Field(discriminator="type")]


class JsonSchemaFormat(Frozen):
    name: str
    schema_: dict[str, Any] = Field(alias="schema")
    description: str = ""
    strict: bool = False

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)


class ResponseFormat(Frozen):
    """``text`` (default), ``json_object``, or ``json_schema`` with its schema."""

    type: Literal["text", "json_object", "json_schema"] = "text"
    json_schema: JsonSchemaFormat | None = None


# --- assistants -------------------------------------------------------------------------------------


ReasoningEffort = Literal["minimal", "low", "medium", "high"]
REASONING_EFFORTS: tuple[ReasoningEffort, ...] = ("minimal", "low", "medium", "high")
MAX_STOP_SEQUENCES = 4


class AssistantDefinition(Frozen):
    """An assistant as the app keeps it locally: the source of truth for both backends."""

    id: str = Field(default_factory=new_id)
    name: str
    model: str
    instructions: str = ""
    description: str = ""
    tools: tuple[Tool, ...] = ()
    temperature: float | None = None
    top_p: float | None = None
    # where the reply ends (Chat Completions only), the sampling seed, and reasoning models' effort
    stop: tuple[str, ...] = Field(default=(), max_length=MAX_STOP_SEQUENCES)
    seed: int | None = None
    reasoning_effort: ReasoningEffort | None = None
    response_format: ResponseFormat = Field(default_factory=ResponseFormat)
    metadata: dict[str, str] = Field(default_factory=dict)
    # which MCP servers' tools the assistant may use (none by default), and which calls need approval
    mcp_tools: tuple[McpToolGrant, ...] = ()
    # conversation starters: suggested first messages the empty chat offers (local only, never sent)
    starters: tuple[str, ...] = ()
    # remote MCP servers the Responses API calls itself (a ``{"type": "mcp"}`` tool each)
    remote_mcp: tuple[RemoteMcpServer, ...] = ()
    version: int = 1
    # remote assistant ids (Assistants backend), keyed by profile id
    remote_ids: dict[str, str] = Field(default_factory=dict)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    last_used_at: datetime | None = None

    def function_tool(self, name: str) -> FunctionTool | None:
        return next((t for t in self.tools if isinstance(t, FunctionTool) and t.name == name), None)


# --- content ----------------------------------------------------------------------------------------


class FileCitation(Frozen):
    """A file-search citation inside a text part (character offsets into ``TextPart.text``)."""

    type: Literal["file_citation"] = "file_citation"
    file_id: str
    filename: str = ""
    start: int | None = None
    end: int | None = None
    quote: str = ""


class TextPart(Frozen):
    type: Literal["text"] = "text"
    text: str
    annotations: tuple[FileCitation, ...] = ()


class ImagePart(Frozen):
    """An image by file id: produced by the assistant (e.g. the code interpreter), or put in a user's message
    (sent to the model as an image input)."""

    type: Literal["image"] = "image"
    file_id: str
    mime_type: str = "image/png"
    # Responses API: code-interpreter files live in a container (download via the container's files)
    container_id: str | None = None


class ToolImage(Frozen):
    """An image an MCP tool returned, kept with its call (base64, bounded) to show in its block."""

    mime_type: str
    data: str  # base64
    width: int = 0
    height: int = 0


class ToolCallPart(Frozen):
    """A tool call and, once known, its output."""

    type: Literal["tool_call"] = "tool_call"
    call_id: str
    # "mcp": a remote MCP server's item the API ran (Responses): its tool list (``tool`` ""), a call, or an
    # approval request (no output yet)
    kind: Literal["function", "code_interpreter", "file_search", "mcp"] = "function"
    name: str = ""
    arguments: str = ""
    output: str | None = None
    # a call of an MCP tool: the server's name and its own name for the tool ("" for other calls)
    server: str = ""
    tool: str = ""
    is_error: bool = False  # the output is an error (a failed, refused or denied call)
    images: tuple[ToolImage, ...] = ()  # what an MCP tool returned besides text


class AttachmentPart(Frozen):
    """A file the user attached to a message."""

    type: Literal["attachment"] = "attachment"
    file_id: str
    filename: str
    tool: Literal["file_search", "code_interpreter"] = "file_search"
    size: int | None = None


ContentPart = Annotated[TextPart | ImagePart | ToolCallPart | AttachmentPart, Field(discriminator="type")]


class Usage(Frozen):
    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


class Message(Frozen):
    """One message of a thread, cached locally; ``remote_id`` ties it to the server's copy."""

    id: str = Field(default_factory=new_id)
    thread_id: str = ""
    remote_id: str | None = None
    role: Role
    parts: tuple[ContentPart, ...] = ()
    status: MessageStatus = MessageStatus.COMPLETED
    created_at: datetime = Field(default_factory=utcnow)
    model: str | None = None
    usage: Usage | None = None
    error: str | None = None
    #: the stored parts as raw text when they could not be read (damaged data); ``parts`` is then empty
    raw_parts: str | None = None

    @property
    def unreadable(self) -> bool:
        return self.raw_parts is not None

    @property
    def text(self) -> str:
        """All text parts joined: what search, previews and copy use."""
        return "\n\n".join(p.text for p in self.parts if isinstance(p, TextPart))

    @property
    def retryable(self) -> bool:
        """A reply that ended in an error or was interrupted: the user can ask for it again."""
        return self.role is Role.ASSISTANT and (bool(self.error) or self.status is MessageStatus.INTERRUPTED)

    @classmethod
    def user(cls, text: str, **kwargs: Any) -> Message:
        return cls(role=Role.USER, parts=(TextPart(text=text),), **kwargs)

    @classmethod
    def assistant(cls, text: str, **kwargs: Any) -> Message:
        return cls(role=Role.ASSISTANT, parts=(TextPart(text=text),), **kwargs)


class Thread(Frozen):
    """A conversation as indexed by the app (neither API can list them)."""

    id: str = Field(default_factory=new_id)
    remote_id: str | None = None
    backend: Backend = Backend.RESPONSES
    profile_id: str = ""
    assistant_id: str | None = None
    assistant_version: int | None = None
    title: str = "New thread"
    pinned: bool = False
    archived: bool = False
    remote_gone: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    last_message_preview: str = ""
    #: the model chosen for this thread's replies ("": the assistant's own model)
    model: str = ""
    #: the comparison this thread is one column of, until one is kept (None: an ordinary thread)
    compare_group: str | None = None
    #: a branch: the thread it was made from and the last message of that thread it holds (None: no branch)
    branched_from_thread_id: str | None = None
    branched_from_message_id: str | None = None
    #: the folder the thread is filed in (None: "No folder"); see ``domain.folders``
    folder_id: str | None = None


class HistoryPage(Frozen):
    """A page of remote history, oldest first; pass ``next_cursor`` back to continue."""

    messages: tuple[Message, ...]
    next_cursor: str | None = None

    @property
    def has_more(self) -> bool:
        return self.next_cursor is not None


class UploadedFile(Frozen):
    id: str
    filename: str
    bytes: int
    purpose: str = "assistants"


class ToolOutput(Frozen):
    call_id: str
    output: str
    # set: the answer to a remote MCP approval request (``call_id`` its id; ``output`` why it was denied)
    approve: bool | None = None


class ConnectionConfig(Frozen):
    """Everything the bridge needs to reach a server. The key is a SecretStr: it never prints."""

    base_url: str | None = None
    api_key: SecretStr = SecretStr("")
    organization: str | None = None
    project: str | None = None
    timeout_s: float = 60.0
    max_retries: int = 2
    proxy: str | None = None
    # Azure OpenAI
    azure_endpoint: str | None = None
    azure_api_version: str | None = None
    azure_deployments: dict[str, str] = {}  # model name -> deployment name, sent as the request's model
    backend: Backend = Backend.RESPONSES
    #: Chat Completions: the tokens of history each model may be sent (model -> tokens)
    context_budgets: dict[str, int] = Field(default_factory=dict)
