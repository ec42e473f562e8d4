"""Assistant definitions as portable JSON files: ``{"format": "belugadesk.assistant", "version": 1, ...}``.

An exported file carries the definition only: no local id, version, remote ids or timestamps. Importing makes
a new local assistant.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from belugadesk.domain.errors import BelugaError
from belugadesk.domain.models import AssistantDefinition
from belugadesk.files import atomic_write

FORMAT = "belugadesk.assistant"
FORMAT_VERSION = 1
_PORTABLE_FIELDS = (
    "name",
    "model",
    "description",
    "instructions",
    "tools",
    "temperature",
    "top_p",
    "response_format",
    "metadata",
)


class AssistantFileError(BelugaError):
    """A file that is not an assistant BelugaDesk can import; the message says why."""


def export_document(definition: AssistantDefinition) -> dict[str, Any]:
    data = definition.model_dump(mode="json", by_alias=True, include=set(_PORTABLE_FIELDS))
    return {"format": FORMAT, "version": FORMAT_VERSION, "assistant": data}


def export_text(definition: AssistantDefinition) -> str:
    return json.dumps(export_document(definition), indent=2, ensure_ascii=False) + "\n"


def parse_document(text: str, *, source: str = "The file") -> AssistantDefinition:
    """A new (unsaved) definition from an exported document, or ``AssistantFileError``."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AssistantFileError(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise AssistantFileError(f'{source} is not a BelugaDesk assistant (its "format" is not "{FORMAT}").')
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise AssistantFileError(f"{source} has no format version.")
    if version > FORMAT_VERSION:
        raise AssistantFileError(
            f"{source} uses format version {version}; this BelugaDesk reads version {FORMAT_VERSION}. "
            "Update BelugaDesk to import it."
        )
    data = document.get("assistant")
    if not isinstance(data, dict):
        raise AssistantFileError(f'{source} has no "assistant" object.')
    portable = {k: v for k, v in data.items() if k in _PORTABLE_FIELDS}
    try:
        return AssistantDefinition.model_validate(portable)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the assistant"
        raise AssistantFileError(f"{source} has an invalid assistant: {where}: {first['msg']}.") from exc


def read_file(path: Path) -> AssistantDefinition:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise AssistantFileError(f"{path.name} is not a text file.") from exc
    except OSError as exc:
        raise AssistantFileError(f"Could not read {path.name}: {exc.strerror or exc}.") from exc
    return parse_document(text, source=path.name)


def write_file(path: Path, definition: AssistantDefinition) -> None:
    try:
        atomic_write(path, export_text(definition))
    except OSError as exc:
        raise AssistantFileError(f"Could not write {path.name}: {exc.strerror or exc}.") from exc
