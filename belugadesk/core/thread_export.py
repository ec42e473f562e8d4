"""A thread as a file and back: Markdown to read, versioned JSON to move between machines.

Pure conversion (strings and models in, strings and models out): no Qt, no I/O. The JSON document is
``{"format": "belugadesk.thread", "version": 1, "thread": {...}, "messages": [...]}``, built from the domain
models. Local ids are left out: they mean nothing on another machine, and an import gives new ones.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from belugadesk.core.thread_groups import full_time
from belugadesk.core.versioned_document import DocumentFormat
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.models import (
    AttachmentPart,
    Backend,
    ImagePart,
    Message,
    MessageStatus,
    Role,
    TextPart,
    Thread,
    ToolCallPart,
    local_thread_id,
)

_THREAD_LOCAL = {
    "id",
    "compare_group",
    "branched_from_thread_id",
    "branched_from_message_id",
    "folder_id",
}  # ids of this database only; a comparison not decided yet; folders are this computer's filing
_MESSAGE_LOCAL = {"id", "thread_id"}


class ThreadFileInvalid(BelugaError):
    """A file that is not a thread BelugaDesk can import; the sentence says why."""


THREAD_FILE = DocumentFormat(name="belugadesk.thread", noun="thread", version=1, error=ThreadFileInvalid)


@dataclass(frozen=True)
class ThreadDocument:
    thread: Thread
    messages: tuple[Message, ...]


# --- JSON ---------------------------------------------------------------------------------------------


def _exported_away(message: Message) -> set[str]:
    """Fields a message's JSON leaves out: local ids, and ``raw_parts`` unless it was unreadable."""
    return _MESSAGE_LOCAL if message.unreadable else _MESSAGE_LOCAL | {"raw_parts"}


def to_json_dict(thread: Thread, messages: list[Message] | tuple[Message, ...]) -> dict[str, Any]:
    return THREAD_FILE.dump(
        {
            "thread": thread.model_dump(mode="json", exclude=_THREAD_LOCAL),
            "messages": [m.model_dump(mode="json", exclude=_exported_away(m)) for m in messages],
        }
    )


def to_json(thread: Thread, messages: list[Message] | tuple[Message, ...]) -> str:
    return json.dumps(to_json_dict(thread, messages), ensure_ascii=False, indent=2) + "\n"


def _problems(exc: ValidationError, where: str) -> str:
    shown = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(p) for p in (where, *err["loc"]))
        shown.append(f"{loc}: {err['msg']}")
    more = len(exc.errors()) - len(shown)
    return "; ".join(shown) + (f" (and {more} more)" if more > 0 else "")


def from_json(text: str) -> ThreadDocument:
    """Parse and validate an exported thread; new local ids for the thread and every message.

    Raises ThreadFileInvalid with a sentence naming what is wrong.
    """
    doc = THREAD_FILE.read(text)
    raw_thread, raw_messages = doc.get("thread"), doc.get("messages")
    if not isinstance(raw_thread, dict) or not isinstance(raw_messages, list):
        raise ThreadFileInvalid(
            'This thread file is damaged: it needs a "thread" object and a "messages" list.'
        )
    try:
        thread = Thread.model_validate({k: v for k, v in raw_thread.items() if k not in _THREAD_LOCAL})
    except ValidationError as exc:
        raise ThreadFileInvalid(f"This thread file is damaged: {_problems(exc, 'thread')}.") from exc
    messages = []
    for i, raw in enumerate(raw_messages):
        if not isinstance(raw, dict):
            raise ThreadFileInvalid(f"This thread file is damaged: messages.{i} is not an object.")
        fields = {k: v for k, v in raw.items() if k not in _MESSAGE_LOCAL}
        try:
            messages.append(Message.model_validate({**fields, "thread_id": thread.id}))
        except ValidationError as exc:
            raise ThreadFileInvalid(
                f"This thread file is damaged: {_problems(exc, f'messages.{i}')}."
            ) from exc
    return ThreadDocument(thread=thread, messages=tuple(messages))


def as_local_chat(document: ThreadDocument, profile_id: str) -> ThreadDocument:
    """The imported thread as a Chat Completions thread of ``profile_id``, which can go on from here: the
    store is its only copy (a new local thread id; the messages' remote ids, which name another server's
    copies, are dropped)."""
    thread = document.thread.model_copy(
        update={
            "backend": Backend.CHAT_COMPLETIONS,
            "profile_id": profile_id,
            "remote_id": local_thread_id(),
            "remote_gone": False,
        }
    )
    messages = tuple(m.model_copy(update={"remote_id": None}) for m in document.messages)
    return ThreadDocument(thread=thread, messages=messages)


# --- Markdown -----------------------------------------------------------------------------------------

_ROLE_NAMES = {Role.USER: "You", Role.ASSISTANT: "Assistant", Role.SYSTEM: "System", Role.TOOL: "Tool"}


def _fence(text: str, lang: str = "") -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{lang}\n{text}\n{ticks}"


def _text_part(part: TextPart) -> list[str]:
    out = [part.text]
    if part.annotations:
        out.append("Sources:")
        for n, c in enumerate(part.annotations, 1):
            name = c.filename or c.file_id
            quote = f" — “{c.quote}”" if c.quote else ""
            out.append(f"{n}. {name} (`{c.file_id}`){quote}")
    return out


def _tool_part(part: ToolCallPart) -> list[str]:
    title = part.name or part.kind.replace("_", " ")
    out = [f"**Tool call** `{title}` ({part.kind}, call `{part.call_id}`)"]
    if part.arguments:
        out.append(_fence(part.arguments, "json" if part.kind == "function" else ""))
    if part.output is not None:
        out.append("Output:")
        out.append(_fence(part.output))
    return out


def _part_lines(part: object) -> list[str]:
    if isinstance(part, TextPart):
        return _text_part(part)
    if isinstance(part, ToolCallPart):
        return _tool_part(part)
    if isinstance(part, ImagePart):
        where = f" in container `{part.container_id}`" if part.container_id else ""
        return [f"*Image `{part.file_id}` ({part.mime_type}){where}*"]
    if isinstance(part, AttachmentPart):
        size = f", {part.size} bytes" if part.size is not None else ""
        return [f"*Attachment: {part.filename} (`{part.file_id}`, {part.tool}{size})*"]
    return []


def _message_block(message: Message) -> list[str]:
    heading = _ROLE_NAMES[message.role]
    if message.model:
        heading += f" ({message.model})"
    lines = [f"## {heading} — {full_time(message.created_at)}", ""]
    for part in message.parts:
        lines += [*_part_lines(part), ""]
    if message.raw_parts is not None:
        lines += ["*This message could not be read; its stored data, as it is:*", ""]
        lines += [_fence(message.raw_parts), ""]
    notes = []
    if message.status is not MessageStatus.COMPLETED:
        notes.append(f"status: {message.status.value.replace('_', ' ')}")
    if message.error:
        notes.append(f"error: {message.error}")
    if message.usage is not None:
        u = message.usage
        notes.append(f"tokens: {u.input_tokens} in, {u.output_tokens} out, {u.cached_tokens} cached")
    if notes:
        lines += ["*" + "; ".join(notes) + "*", ""]
    return lines


def to_markdown(
    thread: Thread, messages: list[Message] | tuple[Message, ...], *, assistant_name: str | None = None
) -> str:
    """A readable transcript: a heading, what the thread is, then every message with all its parts."""
    lines = [f"# {thread.title}", ""]
    if assistant_name:
        lines.append(f"- Assistant: {assistant_name}")
    lines.append(f"- Created: {full_time(thread.created_at)}; updated: {full_time(thread.updated_at)}")
    if thread.remote_id:
        lines.append(f"- Remote id: `{thread.remote_id}` ({thread.backend.label} API)")
    lines += ["", "---", ""]
    for message in messages:
        lines += _message_block(message)
    return "\n".join(lines).rstrip() + "\n"
