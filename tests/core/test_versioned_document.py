"""The one versioned-document reader: newer versions refused with a sentence, older ones upgraded and read."""

from __future__ import annotations

import json
from typing import Any

import pytest

from belugadesk.core.assistant_io import ASSISTANT_FILE, AssistantFileError, parse_document
from belugadesk.core.thread_export import THREAD_FILE, ThreadFileInvalid
from belugadesk.core.versioned_document import Document, DocumentFormat
from belugadesk.domain.errors import BelugaError


class NoteFileError(BelugaError):
    pass


def _rename_body(document: Document) -> Document:
    return {**{k: v for k, v in document.items() if k != "body"}, "text": document["body"]}


NOTES_V2 = DocumentFormat(
    name="belugadesk.note", noun="note", version=2, error=NoteFileError, upgrades={1: _rename_body}
)


def _text(**document: Any) -> str:
    return json.dumps(document)


def test_a_document_written_is_read_back() -> None:
    written = NOTES_V2.dump({"text": "hello"})
    assert written == {"format": "belugadesk.note", "version": 2, "text": "hello"}
    assert NOTES_V2.read(json.dumps(written)) == written


def test_an_older_version_is_upgraded_and_read() -> None:
    old = _text(format="belugadesk.note", version=1, body="hello")
    assert NOTES_V2.read(old) == {"format": "belugadesk.note", "version": 2, "text": "hello"}


@pytest.mark.parametrize(
    ("kind", "error"),
    [(THREAD_FILE, ThreadFileInvalid), (ASSISTANT_FILE, AssistantFileError), (NOTES_V2, NoteFileError)],
)
def test_a_newer_version_is_refused_with_a_sentence(kind: DocumentFormat, error: type[BelugaError]) -> None:
    newer = _text(format=kind.name, version=kind.version + 1)
    with pytest.raises(error) as caught:
        kind.read(newer, source="future.json")
    assert str(caught.value) == (
        f"future.json was written by a newer BelugaDesk (format version {kind.version + 1}; "
        f"this version reads up to {kind.version}). Update BelugaDesk to import it."
    )


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("{not json", "x.json is not a BelugaDesk note: it is not valid JSON (line 1, column 2:"),
        ("[1]", 'x.json is not a BelugaDesk note export (it has no "format": "belugadesk.note").'),
        (_text(format="belugadesk.thread", version=1), "x.json is not a BelugaDesk note export"),
        (
            _text(format="belugadesk.note"),
            "x.json is damaged: its format version is missing or not a number.",
        ),
        (_text(format="belugadesk.note", version="2"), "x.json is damaged: its format version is missing"),
        (_text(format="belugadesk.note", version=True), "x.json is damaged: its format version is missing"),
        (_text(format="belugadesk.note", version=0), "x.json is damaged: its format version is missing"),
    ],
)
def test_what_is_not_a_document_says_why(text: str, sentence: str) -> None:
    with pytest.raises(NoteFileError) as caught:
        NOTES_V2.read(text, source="x.json")
    assert str(caught.value).startswith(sentence)


def test_a_format_without_every_upgrade_step_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match=r"no upgrade from version\(s\) \[2\]"):
        DocumentFormat(name="n", noun="n", version=3, error=NoteFileError, upgrades={1: _rename_body})


def test_both_file_kinds_use_the_reader() -> None:
    with pytest.raises(AssistantFileError, match="newer BelugaDesk"):
        parse_document(_text(format=ASSISTANT_FILE.name, version=2, assistant={}))
