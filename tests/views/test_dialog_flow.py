"""The one way to ask: awaitable dialogs and file choosers, answered by the test while the loop runs."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from belugadesk.views.dialog_flow import Questions
from tests.views.choosers import choose


def asked(qtbot: Any, loop: Any, question: Any) -> tuple[Questions, asyncio.Task[Any]]:
    """Start ``question(questions)`` and wait until its dialog is on screen."""
    parent = QWidget()
    qtbot.addWidget(parent)
    questions = Questions(parent)
    task = loop.create_task(question(questions))
    qtbot.waitUntil(lambda: questions.active is not None and questions.active.isVisible(), timeout=5000)
    return questions, task


def answer(qtbot: Any, task: asyncio.Task[Any]) -> Any:
    qtbot.waitUntil(task.done, timeout=5000)
    return task.result()


def test_a_save_chooser_adds_the_suffix_and_is_window_modal(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    questions, task = asked(
        qtbot, loop, lambda q: q.save_path("Export thing", tmp_path / "thing.json", "JSON (*.json)", "json")
    )
    dialog = questions.active
    assert isinstance(dialog, QFileDialog) and dialog.windowTitle() == "Export thing"
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave and dialog.isModal()
    choose(dialog, "renamed")
    assert answer(qtbot, task) == tmp_path / "renamed.json"
    assert questions.active is None


def test_a_cancelled_chooser_answers_none_or_nothing(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    questions, task = asked(qtbot, loop, lambda q: q.open_path("Import thing", "JSON (*.json)", tmp_path))
    assert questions.active is not None
    questions.active.reject()
    assert answer(qtbot, task) is None
    questions, task = asked(qtbot, loop, lambda q: q.open_paths("Attach files", start=tmp_path))
    assert questions.active is not None
    questions.active.reject()
    assert answer(qtbot, task) == []


def test_several_existing_files_can_be_chosen(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    questions, task = asked(qtbot, loop, lambda q: q.open_paths("Attach files", start=tmp_path))
    dialog = questions.active
    assert isinstance(dialog, QFileDialog) and dialog.fileMode() is QFileDialog.FileMode.ExistingFiles
    choose(dialog, "a.txt", "b.txt")
    assert sorted(answer(qtbot, task)) == [tmp_path / "a.txt", tmp_path / "b.txt"]


def test_a_problem_is_shown_until_read(qtbot: Any, loop: Any) -> None:
    questions, task = asked(qtbot, loop, lambda q: q.show_problem("Not done", "Because of a reason."))
    box = questions.active
    assert isinstance(box, QMessageBox) and box.text() == "Because of a reason."
    assert not task.done()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert answer(qtbot, task) is None


def test_a_line_of_text_is_asked_for(qtbot: Any, loop: Any) -> None:
    questions, task = asked(qtbot, loop, lambda q: q.text("Name it", "Name of the thing:"))
    box = questions.active
    assert isinstance(box, QInputDialog) and box.labelText() == "Name of the thing:"
    qtbot.keyClicks(box.findChild(QLineEdit), "Krill")
    box.accept()
    assert answer(qtbot, task) == "Krill"
    questions, task = asked(qtbot, loop, lambda q: q.text("Name it", "Name of the thing:"))
    assert questions.active is not None
    questions.active.reject()
    assert answer(qtbot, task) is None
