"""The prompt library's view-model over a real store: search, tag filter, add/edit/delete, insert with
variables, import and export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from belugadesk.domain.prompts import SavedPrompt, Variable
from belugadesk.store.schema import DEFAULT_PROMPTS
from belugadesk.viewmodels.prompts.library_vm import PromptLibraryViewModel
from tests.support import run_coro
from tests.viewmodels.prompts.prompt_support import ScriptedPerson


def _titles(prompts: Any) -> list[str]:
    return [p.title for p in prompts]


def test_search_covers_title_body_and_tags_and_the_tag_filter_narrows(
    library: PromptLibraryViewModel,
) -> None:
    assert len(library.visible) == len(DEFAULT_PROMPTS)
    assert library.tags == ["code", "git", "language", "writing"]
    library.set_query("proofread")  # a title
    assert _titles(library.visible) == ["Proofread"]
    library.set_query("DIFF")  # the body of "Write a commit message", any case
    assert _titles(library.visible) == ["Write a commit message"]
    library.set_query("git")  # a tag
    assert _titles(library.visible) == ["Write a commit message"]
    library.set_query("")
    library.set_tag("code")
    assert _titles(library.visible) == ["Explain code", "Write a commit message"]
    library.set_query("step by")  # every word, within the tag
    assert _titles(library.visible) == ["Explain code"]


def test_add_edit_and_delete_through_the_questions(qtbot: Any, library: PromptLibraryViewModel) -> None:
    person = ScriptedPerson(edited=SavedPrompt(title="Haiku", body="A haiku about {{topic}}", tags=("fun",)))
    added = run_coro(qtbot, library.edit(None, person))
    assert person.asked[0] == ("edit", (None, ["code", "git", "language", "writing"]))
    assert "Haiku" in _titles(library.prompts) and "fun" in library.tags
    person.edited = added.model_copy(update={"title": "Two haiku"})
    run_coro(qtbot, library.edit(added, person))
    assert "Two haiku" in _titles(library.prompts) and "Haiku" not in _titles(library.prompts)

    person.confirm = False
    assert not run_coro(qtbot, library.delete(person.edited, person))
    assert "Two haiku" in _titles(library.prompts)
    person.confirm = True
    assert run_coro(qtbot, library.delete(person.edited, person))
    assert "Two haiku" not in _titles(library.prompts) and "fun" not in library.tags


def test_insert_asks_for_variables_fills_them_and_counts_the_use(
    qtbot: Any, library: PromptLibraryViewModel
) -> None:
    translate = next(p for p in library.prompts if p.id == "default-translate")
    person = ScriptedPerson(values={"language": "German"})
    inserted: list[str] = []
    assert run_coro(qtbot, library.insert(translate, person, inserted.append))
    assert person.asked == [("variables", [Variable("language", "French")])]
    assert inserted == ["Translate the following text into German, keeping its tone and formatting:\n\n"]
    used = next(p for p in library.prompts if p.id == "default-translate")
    assert used.use_count == 1 and used.last_used_at is not None
    # the recently used prompt comes first among equal matches
    assert library.picks("")[0].id == "default-translate"

    person.values = None  # cancelled: nothing inserted, no use counted
    assert not run_coro(qtbot, library.insert(translate, person, inserted.append))
    assert len(inserted) == 1

    plain = run_coro(
        qtbot, library.edit(None, ScriptedPerson(edited=SavedPrompt(title="Plain", body="No vars")))
    )
    asker = ScriptedPerson()
    assert run_coro(qtbot, library.insert(plain, asker, inserted.append))
    assert asker.asked == [] and inserted[-1] == "No vars"


def test_export_then_import_merges(qtbot: Any, library: PromptLibraryViewModel, tmp_path: Path) -> None:
    path = tmp_path / "prompts.json"
    messages: list[str] = []
    library.statusMessage.connect(messages.append)
    assert run_coro(qtbot, library.export_asking(ScriptedPerson(path=path)))
    assert messages[-1] == f"Exported {len(DEFAULT_PROMPTS)} prompts to {path}"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["prompts"].append({"title": "Haiku", "body": "A haiku about {{topic}}", "tags": ["fun"]})
    path.write_text(json.dumps(document), encoding="utf-8")

    plan = run_coro(qtbot, library.import_asking(ScriptedPerson(path=path)))
    assert _titles(plan.added) == ["Haiku"] and len(plan.skipped) == len(DEFAULT_PROMPTS)
    assert messages[-1] == f"Added 1 prompt; skipped {len(DEFAULT_PROMPTS)} already in the library."
    assert _titles(library.prompts).count("Haiku") == 1


def test_a_malformed_file_is_refused_with_a_sentence_and_nothing_added(
    qtbot: Any, library: PromptLibraryViewModel, tmp_path: Path
) -> None:
    before = list(library.prompts)
    path = tmp_path / "broken.json"
    path.write_text('{"format": "belugadesk.prompts", "version": 1, "prompts": [{"title": "x"}]}')
    person = ScriptedPerson(path=path)
    assert run_coro(qtbot, library.import_asking(person)) is None
    assert person.problems == [
        "Prompts not imported: The file broken.json is damaged: prompt 1 has a bad body (Field required). "
        "Nothing was imported."
    ]
    path.write_bytes(b"\xff\xfe not text")
    run_coro(qtbot, library.import_asking(person))
    assert "it is not UTF-8 text" in person.problems[-1]
    run_coro(qtbot, library.import_asking(ScriptedPerson(path=tmp_path / "missing.json")))
    assert library.prompts == before


def test_an_unwritable_export_says_so(qtbot: Any, library: PromptLibraryViewModel, tmp_path: Path) -> None:
    person = ScriptedPerson(path=tmp_path / "no such folder" / "prompts.json")
    assert not run_coro(qtbot, library.export_asking(person))
    assert person.problems[0].startswith("Prompts not exported: The file ")
    assert "could not be written" in person.problems[0]
