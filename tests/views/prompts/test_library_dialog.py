"""The prompt library window on a real store: search and tag filter, add, edit, delete (confirmed), insert
into the message box (variables first), import and export through the file choosers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from belugadesk.store.schema import DEFAULT_PROMPTS
from belugadesk.viewmodels.prompts.library_vm import PromptLibraryViewModel
from belugadesk.views.prompts.edit_dialog import PromptEditDialog
from belugadesk.views.prompts.library_dialog import PromptLibraryDialog
from belugadesk.views.prompts.variables_form import VariablesForm
from tests.views.choosers import choose


@pytest.fixture
def dialog(qtbot: Any, library: PromptLibraryViewModel) -> Iterator[PromptLibraryDialog]:
    window = QWidget()
    qtbot.addWidget(window)
    box = QPlainTextEdit(window)
    window.show()
    shown = PromptLibraryDialog(library, box, window)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def _select(dialog: PromptLibraryDialog, title: str) -> None:
    dialog.list.setCurrentRow(dialog.titles().index(title))


def _answer_box(qtbot: Any, dialog: PromptLibraryDialog, button_name: str) -> str:
    qtbot.waitUntil(lambda: isinstance(dialog.ask.active, QMessageBox))
    box = dialog.ask.active
    assert isinstance(box, QMessageBox)
    text = f"{box.text()} {box.informativeText()}"
    button = next(b for b in box.buttons() if b.accessibleName() == button_name or b.text() == button_name)
    button.click()
    qtbot.waitUntil(lambda: dialog.ask.active is None)
    return text


def test_search_and_tag_filter(qtbot: Any, dialog: PromptLibraryDialog) -> None:
    assert len(dialog.titles()) == len(DEFAULT_PROMPTS)
    assert dialog.search.accessibleName() == "Search prompts" and dialog.list.accessibleName() == "Prompts"
    qtbot.keyClicks(dialog.search, "tone")  # in a body only
    assert dialog.titles() == ["Translate"]
    assert "{{language|French}}" in dialog.preview.toPlainText()
    assert dialog.tags_label.text() == "Tags: writing, language"
    dialog.search.clear()
    dialog.tag_filter.setCurrentIndex(dialog.tag_filter.findText("git"))
    assert dialog.titles() == ["Write a commit message"]
    dialog.tag_filter.setCurrentIndex(0)
    assert dialog.tag_filter.currentText() == "All tags" and len(dialog.titles()) == len(DEFAULT_PROMPTS)


def test_from_the_search_down_then_enter_inserts(qtbot: Any, dialog: PromptLibraryDialog) -> None:
    dialog.activateWindow()
    dialog.search.setFocus()
    qtbot.waitUntil(dialog.search.hasFocus)
    qtbot.keyClicks(dialog.search, "proof")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.list.hasFocus() and dialog.current() is not None
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.box.toPlainText().startswith("Proofread the following text"))


def test_add_edit_and_delete(qtbot: Any, dialog: PromptLibraryDialog) -> None:
    dialog.add_button.click()
    qtbot.waitUntil(lambda: isinstance(dialog.ask.active, PromptEditDialog))
    editor = dialog.ask.active
    assert isinstance(editor, PromptEditDialog)
    save = editor.buttons.buttons()[0]
    assert save.accessibleName() == "Save prompt" and not save.isEnabled()
    qtbot.keyClicks(editor.title_edit, "Haiku")
    qtbot.keyClicks(editor.body_edit, "A haiku about {{topic}}")
    qtbot.keyClicks(editor.tags_edit, "Fun, poems")
    assert save.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: "Haiku" in dialog.titles())
    assert "fun" in [dialog.tag_filter.itemText(i) for i in range(dialog.tag_filter.count())]

    _select(dialog, "Haiku")
    dialog.edit_button.click()
    qtbot.waitUntil(lambda: isinstance(dialog.ask.active, PromptEditDialog))
    editor = dialog.ask.active
    assert isinstance(editor, PromptEditDialog) and editor.tags_edit.text() == "fun, poems"
    editor.title_edit.setText("Two haiku")
    editor.accept()
    qtbot.waitUntil(lambda: "Two haiku" in dialog.titles() and "Haiku" not in dialog.titles())

    _select(dialog, "Two haiku")
    dialog.delete_button.click()
    assert "Delete the prompt “Two haiku”?" in _answer_box(qtbot, dialog, "Cancel")
    assert "Two haiku" in dialog.titles()
    dialog.activateWindow()
    dialog.list.setFocus()
    qtbot.waitUntil(dialog.list.hasFocus)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)  # the Delete key asks the same
    _answer_box(qtbot, dialog, "Delete prompt")
    qtbot.waitUntil(lambda: "Two haiku" not in dialog.titles())


def test_insert_fills_the_variables_then_puts_the_text_in_the_box(
    qtbot: Any, dialog: PromptLibraryDialog
) -> None:
    dialog.box.setPlainText("Already typed. ")
    dialog.box.moveCursor(dialog.box.textCursor().MoveOperation.End)
    _select(dialog, "Explain code")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(dialog.ask.active, VariablesForm))
    form = dialog.ask.active
    assert isinstance(form, VariablesForm) and form.fields["language"].text() == "Python"
    form.fields["language"].setText("Rust")
    form.accept()
    qtbot.waitUntil(lambda: "Rust code" in dialog.box.toPlainText())
    text = dialog.box.toPlainText()
    assert text.startswith("Already typed. Explain what the following Rust code does")
    assert dialog.box.textCursor().position() == len(text)
    assert not dialog.isVisible()


def test_export_then_import_through_the_choosers(
    qtbot: Any, dialog: PromptLibraryDialog, tmp_path: Path
) -> None:
    target = tmp_path / "mine.json"
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.ask.active is not None)
    choose(dialog.ask.active, str(target))
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: dialog.status.text().startswith(f"Exported {len(DEFAULT_PROMPTS)} prompts"))

    document = json.loads(target.read_text(encoding="utf-8"))
    document["prompts"].append({"title": "Imported one", "body": "From a file", "tags": ["shared"]})
    target.write_text(json.dumps(document), encoding="utf-8")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.ask.active is not None)
    choose(dialog.ask.active, str(target))
    qtbot.waitUntil(lambda: "Imported one" in dialog.titles())
    assert dialog.status.text() == f"Added 1 prompt; skipped {len(DEFAULT_PROMPTS)} already in the library."

    broken = tmp_path / "broken.json"
    broken.write_text("{ nope", encoding="utf-8")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.ask.active is not None)
    choose(dialog.ask.active, str(broken))
    sentence = _answer_box(qtbot, dialog, "OK")
    assert "The file broken.json is not a BelugaDesk prompt library: it is not valid JSON" in sentence
    assert len(dialog.titles()) == len(DEFAULT_PROMPTS) + 1
