"""The app's thread and assistant as a ``chat.completions.create`` request: the system message, the stored
history as chat messages (tool calls and their outputs included, images as content parts), sampling."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from belugadesk.domain import capabilities
from belugadesk.domain.models import (
    AssistantDefinition,
    AttachmentPart,
    FunctionTool,
    Message,
    MessageStatus,
    Role,
    TextPart,
    ToolCallPart,
)

ChatMessage = dict[str, Any]

#: an attached image is referred to by its place on this computer (there is no file store to upload to)
LOCAL_IMAGE_SCHEME = "file://"


def image_file_id(path: Path) -> str:
    return path.resolve().as_uri()


def image_path(file_id: str) -> Path | None:
    if not file_id.startswith(LOCAL_IMAGE_SCHEME):
        return None
    return Path(unquote(urlparse(file_id).path))


def image_type(path: Path) -> str | None:
    return capabilities.image_type(path.name)


def _image_content(part: AttachmentPart) -> dict[str, Any]:
    """An attached image as an ``image_url`` part (a data URL read now), or a sentence if it is gone."""
    path = image_path(part.file_id)
    kind = image_type(path) if path is not None else None
    try:
        if path is None or kind is None:
            raise OSError("not an image on this computer")
        data = base64.b64encode(path.read_bytes()).decode("ascii")
    except OSError:
        return {"type": "text", "text": f"[The image {part.filename} is no longer on this computer.]"}
    return {"type": "image_url", "image_url": {"url": f"data:{kind};base64,{data}"}}


def user_message(text: str, attachments: Sequence[AttachmentPart] = ()) -> ChatMessage:
    if not attachments:
        return {"role": "user", "content": text}
    parts: list[dict[str, Any]] = [{"type": "text", "text": text}] if text else []
    parts.extend(_image_content(a) for a in attachments)
    return {"role": "user", "content": parts}


def _tool_calls_message(calls: Sequence[ToolCallPart]) -> list[ChatMessage]:
    """An assistant turn's function calls and, after it, one tool message per output."""
    assistant = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": c.call_id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in calls
        ],
    }
    return [
        assistant,
        *({"role": "tool", "tool_call_id": c.call_id, "content": c.output or ""} for c in calls),
    ]


def _assistant_messages(message: Message) -> list[ChatMessage]:
    """An assistant reply as chat messages, in the order its parts came: text, answered function calls.
    A call with no output (the user stopped it) is left out: the server would refuse a call left open."""
    out: list[ChatMessage] = []
    calls: list[ToolCallPart] = []
    texts: list[str] = []
    for part in message.parts:
        if isinstance(part, ToolCallPart) and part.kind == "function" and part.output is not None:
            if texts:
                out.append({"role": "assistant", "content": "\n\n".join(texts)})
                texts = []
            calls.append(part)
        elif isinstance(part, TextPart) and part.text:
            if calls:
                out.extend(_tool_calls_message(calls))
                calls = []
            texts.append(part.text)
    if calls:
        out.extend(_tool_calls_message(calls))
    if texts:
        out.append({"role": "assistant", "content": "\n\n".join(texts)})
    return out


def history_messages(messages: Sequence[Message]) -> list[ChatMessage]:
    """The stored thread as chat messages. A reply still being written and unreadable rows are left out."""
    out: list[ChatMessage] = []
    for message in messages:
        if message.unreadable or message.status is MessageStatus.IN_PROGRESS:
            continue
        if message.role is Role.USER:
            attachments = [p for p in message.parts if isinstance(p, AttachmentPart)]
            out.append(user_message(message.text, attachments))
        elif message.role is Role.ASSISTANT:
            out.extend(_assistant_messages(message))
    return out


def system_message(assistant: AssistantDefinition, additional_instructions: str | None) -> ChatMessage | None:
    instructions = "\n\n".join(i for i in (assistant.instructions, additional_instructions) if i)
    return {"role": "system", "content": instructions} if instructions else None


def request_params(assistant: AssistantDefinition) -> dict[str, Any]:
    """What the assistant definition contributes to each request besides the messages."""
    params: dict[str, Any] = {"model": assistant.model, "stream_options": {"include_usage": True}}
    functions = [t for t in assistant.tools if isinstance(t, FunctionTool)]
    if functions:
        params["tools"] = [
            {
                "type": "function",
                "function": {
                    "name": t.name,
                    "description": t.description,
                    "parameters": t.parameters,
                    **({"strict": True} if t.strict else {}),
                },
            }
            for t in functions
        ]
    fmt = assistant.response_format
    if fmt.type == "json_object":
        params["response_format"] = {"type": "json_object"}
    elif fmt.type == "json_schema" and fmt.json_schema is not None:
        schema = fmt.json_schema
        params["response_format"] = {
            "type": "json_schema",
            "json_schema": {
                "name": schema.name,
                "schema": schema.schema_,
                "strict": schema.strict,
                **({"description": schema.description} if schema.description else {}),
            },
        }
    if assistant.temperature is not None:
        params["temperature"] = assistant.temperature
    if assistant.top_p is not None:
        params["top_p"] = assistant.top_p
    if assistant.stop:
        params["stop"] = list(assistant.stop)
    if assistant.seed is not None:
        params["seed"] = assistant.seed
    if assistant.reasoning_effort is not None:
        params["reasoning_effort"] = assistant.reasoning_effort
    return params
