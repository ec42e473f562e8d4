"""Assistant files: conversation starters travel with an exported assistant."""

from __future__ import annotations

import json

from belugadesk.core.assistant_io import export_text, parse_document
from belugadesk.domain.models import AssistantDefinition


def test_starters_are_exported_and_imported() -> None:
    definition = AssistantDefinition(name="Guide", model="gpt-4.1", starters=("Plan a trip", "Explain APIs"))
    text = export_text(definition)
    assert json.loads(text)["assistant"]["starters"] == ["Plan a trip", "Explain APIs"]
    assert parse_document(text).starters == ("Plan a trip", "Explain APIs")


def test_a_file_without_starters_imports_with_none() -> None:
    document = {
        "format": "belugadesk.assistant",
        "version": 1,
        "assistant": {"name": "Old", "model": "gpt-4.1"},
    }
    assert parse_document(json.dumps(document)).starters == ()
