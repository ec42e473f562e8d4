"""Stop sequences, seed and reasoning effort travel with an exported assistant, and bad ones are refused."""

from __future__ import annotations

import json

import pytest

from belugadesk.core.assistant_io import AssistantFileError, export_text, parse_document
from belugadesk.domain.models import AssistantDefinition


def test_export_and_import_keep_stop_seed_and_effort() -> None:
    definition = AssistantDefinition(
        name="Terse", model="o4-mini", stop=("\n\n", "END"), seed=-5, reasoning_effort="medium"
    )
    document = json.loads(export_text(definition))
    assert document["assistant"]["stop"] == ["\n\n", "END"]
    assert document["assistant"]["seed"] == -5
    assert document["assistant"]["reasoning_effort"] == "medium"
    imported = parse_document(export_text(definition))
    assert (imported.stop, imported.seed, imported.reasoning_effort) == (("\n\n", "END"), -5, "medium")
    assert imported.id != definition.id


def test_an_older_file_without_them_imports_with_none_set() -> None:
    text = json.dumps(
        {"format": "belugadesk.assistant", "version": 1, "assistant": {"name": "A", "model": "m"}}
    )
    imported = parse_document(text)
    assert (imported.stop, imported.seed, imported.reasoning_effort) == ((), None, None)


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        ("stop", ["a", "b", "c", "d", "e"], "stop"),
        ("reasoning_effort", "extreme", "reasoning_effort"),
        ("seed", "forty-two", "seed"),
    ],
)
def test_a_file_with_a_bad_value_is_refused_with_the_field_named(
    field: str, value: object, where: str
) -> None:
    assistant = {"name": "A", "model": "m", field: value}
    text = json.dumps({"format": "belugadesk.assistant", "version": 1, "assistant": assistant})
    with pytest.raises(AssistantFileError, match=f"invalid assistant: {where}"):
        parse_document(text, source="a.json")
