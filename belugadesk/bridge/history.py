"""Tidying shared by both backends' history pages."""

from __future__ import annotations

from belugadesk.domain.models import ImagePart, Message, TextPart


def without_repeated_images(messages: list[Message]) -> list[Message]:
    """A chart the code interpreter made is shown again by the message after it: keep it with the message."""
    shown = {p.file_id for m in messages if _has_text(m) for p in m.parts if isinstance(p, ImagePart)}
    out = []
    for message in messages:
        if not _has_text(message):
            parts = tuple(p for p in message.parts if not (isinstance(p, ImagePart) and p.file_id in shown))
            if len(parts) != len(message.parts):
                message = message.model_copy(update={"parts": parts})
        out.append(message)
    return out


def _has_text(message: Message) -> bool:
    return any(isinstance(p, TextPart) for p in message.parts)
