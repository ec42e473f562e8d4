"""Saved prompts of the prompt library: a title, a body that may hold ``{{variables}}``, and tags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pydantic import Field, field_validator

from .errors import BelugaError
from .models import Frozen, new_id, utcnow

MAX_TITLE = 200
MAX_BODY = 100_000
MAX_TAGS = 20


@dataclass(frozen=True)
class Variable:
    """A blank in a prompt's body (``core.prompt_template`` finds them): its name and its default."""

    name: str
    default: str = ""


class PromptFileInvalid(BelugaError):
    """A prompt library file that cannot be imported."""


def clean_tags(tags: object) -> tuple[str, ...]:
    """Tags trimmed, lower-cased, without blanks or repeats, in their first order."""
    if isinstance(tags, str):
        tags = tags.split(",")
    if not isinstance(tags, list | tuple):
        raise ValueError("tags must be a list of words")
    seen: dict[str, None] = {}
    for tag in tags:
        if not isinstance(tag, str):
            raise ValueError("each tag must be text")
        word = " ".join(tag.split()).lower()
        if word:
            seen.setdefault(word, None)
    return tuple(seen)


class SavedPrompt(Frozen):
    id: str = Field(default_factory=new_id)
    title: str = Field(min_length=1, max_length=MAX_TITLE)
    body: str = Field(min_length=1, max_length=MAX_BODY)
    tags: tuple[str, ...] = Field(default=(), max_length=MAX_TAGS)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    use_count: int = 0
    last_used_at: datetime | None = None

    @field_validator("title")
    @classmethod
    def _title(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("a prompt needs a title")
        return value

    @field_validator("body")
    @classmethod
    def _body(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a prompt needs some text")
        return value

    @field_validator("tags", mode="before")
    @classmethod
    def _tags(cls, value: object) -> tuple[str, ...]:
        return clean_tags(value)
