"""The ``messages`` of a chat-completions request: checked, and read for what the scripted engine needs
(the last user turn, the images it carried, and the tool outputs that answer the last tool calls)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from belugadesk.localapi.errors import invalid, missing

ROLES = ("system", "developer", "user", "assistant", "tool")


@dataclass(frozen=True)
class Conversation:
    """What the engine reads from the messages of one request."""

    user_text: str
    #: images of the last user message
    image_count: int
    #: images of every message (what the prompt's usage counts)
    prompt_images: int
    #: (function name, output) for each tool message after the last assistant message
    tool_outputs: tuple[tuple[str, str], ...]
    #: every text the prompt holds, for the usage count
    prompt_text: str


def _invalid_type(param: str, expected: str) -> Exception:
    return invalid(f"Invalid type for '{param}': expected {expected}.", param=param, code="invalid_type")


def _content_text(content: Any, param: str, role: str) -> tuple[str, int]:
    """The text of a message's ``content`` (string or array of parts) and how many images it holds."""
    if content is None:
        return "", 0
    if isinstance(content, str):
        return content, 0
    if not isinstance(content, list):
        raise _invalid_type(param, "one of a string or array of objects")
    texts: list[str] = []
    images = 0
    for i, part in enumerate(content):
        where = f"{param}[{i}]"
        if not isinstance(part, dict):
            raise _invalid_type(where, "an object")
        kind = part.get("type")
        if kind == "text":
            if not isinstance(part.get("text"), str):
                raise missing(f"{where}.text")
            texts.append(part["text"])
        elif kind == "image_url" and role == "user":
            url = (
                (part.get("image_url") or {}).get("url") if isinstance(part.get("image_url"), dict) else None
            )
            if not isinstance(url, str) or not url:
                raise missing(f"{where}.image_url.url")
            if not url.startswith(("http://", "https://", "data:image/")):
                raise invalid(
                    "Invalid image URL: expected an http(s) URL or a base64-encoded data URL with an image "
                    "MIME type.",
                    param=f"{where}.image_url.url",
                    code="invalid_image_url",
                )
            images += 1
        else:
            allowed = "'text' and 'image_url'" if role == "user" else "'text'"
            raise invalid(
                f"Invalid value: '{kind}'. Supported values are: {allowed}.",
                param=f"{where}.type",
                code="invalid_value",
            )
    return "\n".join(texts), images


def read_messages(raw: Any) -> Conversation:
    """Check ``messages`` as OpenAI does and read the conversation out of it."""
    if not isinstance(raw, list) or not raw:
        raise invalid(
            "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty "
            "array instead.",
            param="messages",
            code="empty_array",
        )
    calls: dict[str, str] = {}  # tool call id -> function name
    user_text = ""
    images = 0
    all_images = 0
    outputs: list[tuple[str, str]] = []
    texts: list[str] = []
    for i, message in enumerate(raw):
        param = f"messages[{i}]"
        if not isinstance(message, dict):
            raise _invalid_type(param, "an object")
        role = message.get("role")
        if role not in ROLES:
            raise invalid(
                f"Invalid value: '{role}'. Supported values are: 'system', 'assistant', 'user', 'tool', "
                "'developer'.",
                param=f"{param}.role",
                code="invalid_value",
            )
        text, found = _content_text(message.get("content"), f"{param}.content", role)
        texts.append(text)
        all_images += found
        if role == "user":
            user_text, images, outputs = text, found, []
        elif role == "assistant":
            outputs = []
            for call in message.get("tool_calls") or []:
                function = call.get("function") if isinstance(call, dict) else None
                if not isinstance(function, dict) or not isinstance(call.get("id"), str):
                    raise missing(f"{param}.tool_calls.function")
                calls[call["id"]] = str(function.get("name", ""))
                texts.append(str(function.get("arguments", "")))
        elif role == "tool":
            call_id = message.get("tool_call_id")
            if not isinstance(call_id, str):
                raise missing(f"{param}.tool_call_id")
            if call_id not in calls:
                raise invalid(
                    "Invalid parameter: messages with role 'tool' must be a response to a preceeding message "
                    "with 'tool_calls'.",
                    param=f"{param}.role",
                )
            outputs.append((calls[call_id], text))
    return Conversation(user_text, images, all_images, tuple(outputs), "\n".join(texts))
