"""The request bodies the local API accepts, as pydantic models (types and ranges as the spec gives them).

Each model checks one endpoint's JSON body: which parameters it knows (``extra="forbid"`` where the spec has
``additionalProperties: false``), their JSON types (strict: no coercion, so ``"1"`` is not an integer and
``true`` not a number) and their ranges. ``validation.parse_body`` turns the first failure into OpenAI's
400 sentence. A parameter that may be left out but not sent as ``null`` has a default that is never read.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

JsonObject = dict[str, Any]
JsonArray = list[Any]
Temperature = Annotated[float | None, Field(ge=0, le=2)]
TopP = Annotated[float | None, Field(ge=0, le=1)]


class ClosedRequest(BaseModel):
    """A body whose unknown parameters are refused."""

    model_config = ConfigDict(extra="forbid", strict=True)


class OpenRequest(BaseModel):
    """A body whose unknown parameters are let through (the Responses family takes many this API ignores)."""

    model_config = ConfigDict(extra="allow", strict=True)


# --- Assistants ---------------------------------------------------------------------------------------


class AssistantUpdate(ClosedRequest):
    model: str = ""
    name: str | None = None
    description: str | None = None
    instructions: str | None = None
    reasoning_effort: str | None = None
    tools: JsonArray = []
    tool_resources: JsonObject | None = None
    metadata: JsonObject | None = None
    temperature: Temperature = None
    top_p: TopP = None
    response_format: str | JsonObject | None = None


class AssistantCreate(AssistantUpdate):
    model: str


# --- Threads, messages, runs --------------------------------------------------------------------------


class ThreadCreate(ClosedRequest):
    messages: JsonArray = []
    tool_resources: JsonObject | None = None
    metadata: JsonObject | None = None


class ThreadUpdate(ClosedRequest):
    tool_resources: JsonObject | None = None
    metadata: JsonObject | None = None


class MessageCreate(ClosedRequest):
    role: str
    content: str | JsonArray
    attachments: JsonArray | None = None
    metadata: JsonObject | None = None


class MetadataUpdate(ClosedRequest):
    """Modifying a message or a run: only its metadata."""

    metadata: JsonObject | None = None


class _RunOptions(ClosedRequest):
    assistant_id: str
    model: str | None = None
    reasoning_effort: str | None = None
    instructions: str | None = None
    tools: JsonArray | None = None
    metadata: JsonObject | None = None
    temperature: Temperature = None
    top_p: TopP = None
    stream: bool | None = None
    max_prompt_tokens: int | None = None
    max_completion_tokens: int | None = None
    truncation_strategy: JsonObject | None = None
    tool_choice: str | JsonObject | None = None
    parallel_tool_calls: bool = True
    response_format: str | JsonObject | None = None


class RunCreate(_RunOptions):
    additional_instructions: str | None = None
    additional_messages: JsonArray | None = None


class ThreadAndRunCreate(_RunOptions):
    thread: JsonObject = {}
    tool_resources: JsonObject | None = None


class ToolOutputsSubmit(ClosedRequest):
    tool_outputs: JsonArray
    stream: bool | None = None


# --- Responses and conversations ----------------------------------------------------------------------


class ResponseCreate(OpenRequest):
    model: str
    input: str | JsonArray = ""
    instructions: str | None = None
    tools: JsonArray | None = None
    tool_choice: str | JsonObject | None = None
    temperature: Temperature = None
    top_p: TopP = None
    text: JsonObject | None = None
    stream: bool | None = None
    stream_options: JsonObject | None = None
    conversation: str | JsonObject | None = None
    previous_response_id: str | None = None
    store: bool | None = None
    metadata: JsonObject | None = None
    max_output_tokens: int | None = None
    max_tool_calls: int | None = None
    parallel_tool_calls: bool | None = None
    include: JsonArray | None = None
    background: bool | None = None
    reasoning: JsonObject | None = None
    truncation: str | None = None
    service_tier: str | None = None
    top_logprobs: int | None = None
    user: str = ""
    safety_identifier: str | None = None
    prompt_cache_key: str | None = None
    prompt_cache_retention: str | None = None
    prompt: JsonObject | None = None
    context_management: JsonArray | None = None


class ConversationCreate(OpenRequest):
    metadata: JsonObject | None = None
    items: JsonArray | None = None


class ConversationUpdate(OpenRequest):
    metadata: JsonObject


class ConversationItemsCreate(OpenRequest):
    items: JsonArray


# --- Vector stores ------------------------------------------------------------------------------------


class VectorStoreCreate(ClosedRequest):
    name: str = ""
    description: str = ""
    file_ids: JsonArray = []
    metadata: JsonObject | None = None
    expires_after: JsonObject = {}
    chunking_strategy: JsonObject = {}


class VectorStoreUpdate(ClosedRequest):
    name: str | None = None
    expires_after: JsonObject | None = None
    metadata: JsonObject | None = None


class VectorStoreFileCreate(ClosedRequest):
    file_id: str
    attributes: JsonObject | None = None
    chunking_strategy: JsonObject = {}


class FileBatchCreate(ClosedRequest):
    file_ids: JsonArray = []
    files: JsonArray = []
    chunking_strategy: JsonObject = {}
    attributes: JsonObject | None = None


# --- Chat Completions ---------------------------------------------------------------------------------


class ChatCompletionCreate(OpenRequest):
    model: str
    messages: JsonArray
    tools: JsonArray | None = None
    tool_choice: str | JsonObject | None = None
    parallel_tool_calls: bool | None = None
    temperature: Temperature = None
    top_p: TopP = None
    stop: str | JsonArray | None = None
    seed: int | None = None
    n: Annotated[int | None, Field(ge=1, le=128)] = None
    max_tokens: int | None = None
    max_completion_tokens: int | None = None
    response_format: JsonObject | None = None
    reasoning_effort: str | None = None
    stream: bool | None = None
    stream_options: JsonObject | None = None
    store: bool | None = None
    metadata: JsonObject | None = None
    user: str = ""
    frequency_penalty: Annotated[float | None, Field(ge=-2, le=2)] = None
    presence_penalty: Annotated[float | None, Field(ge=-2, le=2)] = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    service_tier: str | None = None
