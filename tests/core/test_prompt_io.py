"""The prompt library file: a round trip keeps title, body and tags; import merges; a malformed file is
refused whole with a sentence."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belugadesk.core.prompt_io import export_text, parse, plan_import
from belugadesk.domain.prompts import PromptFileInvalid, SavedPrompt

_text = st.text(min_size=1, max_size=60).filter(lambda s: s.strip())
_tag = st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=12)
prompts = st.builds(
    SavedPrompt,
    title=_text,
    body=_text,
    tags=st.lists(_tag, max_size=5).map(tuple),
)


@given(st.lists(prompts, max_size=8))
def test_round_trip_keeps_title_body_and_tags(saved: list[SavedPrompt]) -> None:
    back = parse(export_text(saved))
    assert [(p.title, p.body, p.tags) for p in back] == [(p.title, p.body, p.tags) for p in saved]
    # ids, dates and use counts stay behind: the imported prompts are new ones
    assert not {p.id for p in back} & {p.id for p in saved}


def test_the_file_is_a_versioned_document() -> None:
    document = json.loads(export_text([SavedPrompt(title="T", body="B", tags=("x",), use_count=3)]))
    assert document == {
        "format": "belugadesk.prompts",
        "version": 1,
        "prompts": [{"title": "T", "body": "B", "tags": ["x"]}],
    }


def _file(entries: object) -> str:
    return json.dumps({"format": "belugadesk.prompts", "version": 1, "prompts": entries})


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("not json", "is not a BelugaDesk prompt library: it is not valid JSON"),
        ('{"format": "belugadesk.thread", "version": 1}', 'has no "format": "belugadesk.prompts"'),
        ('{"format": "belugadesk.prompts", "version": 9, "prompts": []}', "Update BelugaDesk to import it"),
        ('{"format": "belugadesk.prompts", "version": 1}', 'it has no list of "prompts"'),
        (_file(["text"]), "prompt 1 is not an object"),
        (_file([{"title": "ok", "body": "ok"}, {"title": "", "body": "x"}]), "prompt 2 has a bad title"),
        (_file([{"title": "t"}]), "prompt 1 has a bad body"),
        (_file([{"title": "t", "body": "b", "tags": "x"}]), None),  # a comma-separated string is accepted
        (_file([{"title": "t", "body": "b", "tags": [1]}]), "prompt 1 has a bad tags"),
        (_file([{"title": "t", "body": "b", "id": "x"}]), "prompt 1 has unknown fields (id)"),
    ],
)
def test_a_malformed_file_is_refused_with_a_sentence(text: str, sentence: str | None) -> None:
    if sentence is None:
        assert parse(text)[0].tags == ("x",)
        return
    with pytest.raises(PromptFileInvalid) as raised:
        parse(text, source="The file prompts.json")
    assert sentence in str(raised.value)
    assert str(raised.value).startswith("The file prompts.json ")


def test_import_skips_what_the_library_or_the_file_already_has() -> None:
    library = [SavedPrompt(title="Summarize", body="Summarize this:\n\n")]
    incoming = [
        SavedPrompt(title="summarize", body="Summarize this:"),  # same title (any case) and body: skipped
        SavedPrompt(title="Summarize", body="A different body"),  # same title, new body: added
        SavedPrompt(title="New", body="new"),
        SavedPrompt(title="New", body="new"),  # repeated in the file: skipped
    ]
    plan = plan_import(library, incoming)
    assert [p.body for p in plan.added] == ["A different body", "new"]
    assert [p.title for p in plan.skipped] == ["summarize", "New"]
