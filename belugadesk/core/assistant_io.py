"""Assistant definitions as portable JSON files: ``{"format": "belugadesk.assistant", "version": 1, ...}``.

An exported file carries the definition only: no local id, version, remote ids or timestamps. Importing makes
a new local assistant.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from belugadesk.core.versioned_document import DocumentFormat
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.models import AssistantDefinition
from belugadesk.files import atomic_write

_PORTABLE_FIELDS = (
    "name",
    "model",
    "description",
    "instructions",
    "tools",
    "temperature",
    "top_p",
    "stop",
    "seed",
    "reasoning_effort",
    "response_format",
    "metadata",
    "mcp_tools",
    "starters",
    "remote_mcp",
)


class AssistantFileError(BelugaError):
    """A file that is not an assistant BelugaDesk can import; the message says why."""


ASSISTANT_FILE = DocumentFormat(
    name="belugadesk.assistant", noun="assistant", version=1, error=AssistantFileError
)


def export_document(definition: AssistantDefinition) -> dict[str, Any]:
    data = definition.model_dump(mode="json", by_alias=True, include=set(_PORTABLE_FIELDS))
    return ASSISTANT_FILE.dump({"assistant": data})


def export_text(definition: AssistantDefinition) -> str:
    return json.dumps(export_document(definition), indent=2, ensure_ascii=False) + "\n"


def parse_document(text: str, *, source: str = "The file") -> AssistantDefinition:
    """A new (unsaved) definition from an exported document, or ``AssistantFileError``."""
    document = ASSISTANT_FILE.read(text, source=source)
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
