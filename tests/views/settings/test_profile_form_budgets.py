"""The profile form's context budget table, from the keyboard: shown for Chat Completions only, rows typed
in place, a bad row's sentence under the table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from belugadesk.domain.models import Backend
from tests.views.settings.test_profile_form_presets import make_form, pick, visible

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def type_cell(qtbot: Any, table: QTableView, text: str) -> None:
    """Type ``text`` into the cell being edited (its editor has focus) and press Enter."""
    index = table.currentIndex()

    def editing() -> bool:
        editor = QApplication.focusWidget()
        return isinstance(editor, QLineEdit) and editor.isVisible() and table.isAncestorOf(editor)

    qtbot.waitUntil(editing)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data() == text)


def test_budgets_are_typed_into_the_table(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    dialog, form = make_form(qtbot, tmp_path)
    error = form.error_labels["context_budgets"]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert "context_budgets" not in visible(form)
    pick(form, "ollama")
    assert "context_budgets" in visible(form)
    editor = form.budget_editor
    assert editor.table.accessibleName() == "Context budgets"
    assert not editor.remove_button.isEnabled()
    editor.add_button.click()
    type_cell(qtbot, editor.table, "llama3.2")
    table = editor.table
    table.setCurrentIndex(form.vm.budgets.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_cell(qtbot, editor.table, "12")
    assert form.vm.build() is None

    assert error.isVisible() and error.text().startswith("Row 1: the budget of llama3.2 is 12 tokens")
    table.setCurrentIndex(form.vm.budgets.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_cell(qtbot, editor.table, "16000")
    assert not error.isVisible()
    profile = form.vm.build()
    assert profile is not None and profile.context_budgets == {"llama3.2": 16000}
    # another backend: the table goes away (the budgets only matter where the app trims the thread)
    form.backend_combo.setCurrentIndex(form.backend_combo.findData(Backend.RESPONSES.value))
    assert "context_budgets" not in visible(form)
    form.backend_combo.setCurrentIndex(form.backend_combo.findData(Backend.CHAT_COMPLETIONS.value))
    assert "context_budgets" in visible(form)
    editor.table.setCurrentIndex(form.vm.budgets.index(0, 0))
    editor.remove_button.click()
    assert form.vm.budgets.pairs == [] and not editor.remove_button.isEnabled()
    dialog.close()
