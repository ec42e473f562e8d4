"""The prompt library as a portable JSON file, and what importing one adds.

Format (version 1)::

    {"format": "belugadesk.prompts", "version": 1,
     "prompts": [{"title": "Summarize", "body": "Summarize …", "tags": ["writing"]}, …]}

Only title, body and tags travel (no ids, dates or use counts). Importing merges: a prompt whose title and
body are already in the library (or earlier in the file) is skipped, every other one is added as a new
prompt. A file with any malformed entry is refused whole, with a sentence naming the entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from belugadesk.core.versioned_document import DocumentFormat
from belugadesk.domain.prompts import PromptFileInvalid, SavedPrompt

PROMPTS_FILE = DocumentFormat(
    name="belugadesk.prompts", noun="prompt library", version=1, error=PromptFileInvalid
)
_FIELDS = {"title", "body", "tags"}


def export_text(prompts: Iterable[SavedPrompt]) -> str:
    entries = [p.model_dump(mode="json", include=_FIELDS) for p in prompts]
    return json.dumps(PROMPTS_FILE.dump({"prompts": entries}), indent=2, ensure_ascii=False) + "\n"


def parse(text: str, *, source: str = "The file") -> list[SavedPrompt]:
    """New (unsaved) prompts from an exported file, or ``PromptFileInvalid`` with a sentence."""
    document = PROMPTS_FILE.read(text, source=source)
    entries = document.get("prompts")
    if not isinstance(entries, list):
        raise PromptFileInvalid(f'{source} is damaged: it has no list of "prompts".')
    return [_entry(source, number, entry) for number, entry in enumerate(entries, start=1)]


def _entry(source: str, number: int, entry: Any) -> SavedPrompt:
    if not isinstance(entry, dict):
        raise PromptFileInvalid(
            f"{source} is damaged: prompt {number} is not an object. Nothing was imported."
        )
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        raise PromptFileInvalid(
            f"{source} is damaged: prompt {number} has unknown fields ({', '.join(unknown)}). "
            "Nothing was imported."
        )
    try:
        return SavedPrompt.model_validate({"tags": [], **entry})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the prompt"
        raise PromptFileInvalid(
            f"{source} is damaged: prompt {number} has a bad {where} ({first['msg']}). Nothing was imported."
        ) from exc


def _key(prompt: SavedPrompt) -> tuple[str, str]:
    return prompt.title.casefold(), prompt.body.strip()


@dataclass(frozen=True)
class ImportPlan:
    added: list[SavedPrompt]
    skipped: list[SavedPrompt]  # already in the library, or repeated in the file


def plan_import(existing: Sequence[SavedPrompt], incoming: Sequence[SavedPrompt]) -> ImportPlan:
    seen = {_key(p) for p in existing}
    added: list[SavedPrompt] = []
    skipped: list[SavedPrompt] = []
    for prompt in incoming:
        key = _key(prompt)
        (skipped if key in seen else added).append(prompt)
        seen.add(key)
    return ImportPlan(added, skipped)
