"""The assistant form's stop sequences, seed and reasoning effort widgets, from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from belugadesk.domain.models import AssistantDefinition, Backend
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import make_session, store_fixture  # noqa: F401
from tests.views.assistants.test_assistant_form_dialog import open_dialog


@pytest.fixture
def session(qtbot: Any, store: AsyncStore, local_api: Any) -> Iterator[Session]:
    made = make_session(store, local_api.base_url, backend=Backend.CHAT_COMPLETIONS)
    yield made
    run_coro(qtbot, made.aclose())


def test_typed_stop_seed_and_effort_are_saved(qtbot: Any, loop: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    qtbot.keyClicks(dialog.name_edit, "Terse")
    dialog.model_combo.setEditText("o4-mini")
    dialog.advanced.set_expanded(True)
    dialog.stop_edit.setFocus()
    qtbot.keyClicks(dialog.stop_edit, "\\n\\nUser:")
    qtbot.keyClick(dialog.stop_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.stop_edit, "END")
    qtbot.keyClicks(dialog.seed_edit, "12x")
    qtbot.waitUntil(lambda: dialog.errors.label("seed_text").isVisible())  # type: ignore[union-attr]
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.seed_edit, Qt.Key.Key_Backspace)
    dialog.effort_combo.setFocus()
    qtbot.keyClick(dialog.effort_combo, Qt.Key.Key_Down)  # Model default → Minimal
    qtbot.keyClick(dialog.effort_combo, Qt.Key.Key_Down)  # → Low
    assert vm.draft.reasoning_effort == "low"
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(vm.saved, timeout=10_000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    definition = saved.args[0]
    assert (definition.stop, definition.seed, definition.reasoning_effort) == (
        ("\n\nUser:", "END"),
        12,
        "low",
    )


def test_a_saved_assistant_shows_them_and_opens_advanced(qtbot: Any, loop: Any, session: Session) -> None:
    definition = AssistantDefinition(name="A", model="o4-mini", stop=("\n",), seed=3, reasoning_effort="high")
    dialog = open_dialog(qtbot, AssistantFormViewModel(session, definition))
    assert dialog.advanced.expanded
    assert dialog.stop_edit.toPlainText() == "\\n"
    assert dialog.seed_edit.text() == "3"
    assert dialog.effort_combo.currentText() == "High"
    for widget in (dialog.stop_edit, dialog.seed_edit, dialog.effort_combo):
        assert widget.accessibleName()
