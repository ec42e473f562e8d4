"""The assistant form fits a 1280×800 screen without scrolling in the common case: what is rarely needed
(sampling, response format, metadata) is under "Advanced", closed unless the assistant uses it, and the
schema editor shows only for the JSON schema format."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout

from belugadesk.domain.models import AssistantDefinition
from belugadesk.settings import Appearance
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.views.assistants.form_dialog import AssistantFormDialog
from belugadesk.views.settings.theme import AppLook
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import session_fixture, store_fixture  # noqa: F401
from tests.views.assistants.test_assistant_form_dialog import open_dialog

# a 1280×800 screen less a desktop panel, the title bar and the window frame
ROOM = (1240, 700)
DEFAULT_FONT_PT = Appearance().font_size


def scrolls(dialog: AssistantFormDialog) -> bool:
    return (
        dialog.scroll_area.verticalScrollBar().maximum() > 0
        or dialog.scroll_area.horizontalScrollBar().maximum() > 0
    )


@pytest.fixture
def app_look(qapp: Any) -> Iterator[AppLook]:
    """The app's own look (font, style sheet) at the default font size, as the form is shown in the app."""
    look = AppLook()
    look.apply("light", DEFAULT_FONT_PT)
    yield look
    look.close()


def test_the_common_case_fits_1280_by_800_without_scrolling(
    qtbot: Any, session: Session, app_look: AppLook
) -> None:
    dialog = open_dialog(qtbot, AssistantFormViewModel(session))
    assert not dialog.advanced.expanded
    dialog.resize(*ROOM)
    assert dialog.columns.direction() == QBoxLayout.Direction.LeftToRight, "side by side where there is room"
    needed = dialog.content.sizeHint()
    assert needed.width() <= ROOM[0] and needed.height() <= ROOM[1] - 60, needed
    qtbot.waitUntil(lambda: not scrolls(dialog))  # once the layout has settled at this size
    qtbot.mouseClick(dialog.functions.add_button, Qt.MouseButton.LeftButton)
    assert dialog.functions.editor.isVisible(), "a chosen function shows its editor"
    qtbot.waitUntil(lambda: not scrolls(dialog))  # one function being edited still fits
    qtbot.mouseClick(dialog.advanced.header, Qt.MouseButton.LeftButton)
    assert dialog.advanced.expanded and dialog.temperature.isVisible()
    qtbot.waitUntil(lambda: scrolls(dialog))  # the open Advanced section scrolls into view


def test_a_narrow_window_puts_the_tools_under_the_assistant(qtbot: Any, session: Session) -> None:
    dialog = open_dialog(qtbot, AssistantFormViewModel(session))
    dialog.resize(860, 540)
    qtbot.waitUntil(lambda: dialog.columns.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(lambda: dialog.scroll_area.verticalScrollBar().maximum() > 0)  # it scrolls down…
    assert dialog.scroll_area.horizontalScrollBar().maximum() == 0, "…never sideways"


def test_the_schema_editor_shows_only_for_json_schema(qtbot: Any, session: Session) -> None:
    dialog = open_dialog(qtbot, AssistantFormViewModel(session))
    dialog.advanced.set_expanded(True)
    assert dialog.format_combo.isVisible() and not dialog.schema_editor.isVisible()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json_object"))
    assert not dialog.schema_editor.isVisible()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json_schema"))
    assert dialog.schema_editor.isVisible() and dialog.schema_name_edit.isVisible()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("text"))
    assert not dialog.schema_editor.isVisible()


def test_the_function_editor_shows_only_while_a_function_is_chosen(qtbot: Any, session: Session) -> None:
    dialog = open_dialog(qtbot, AssistantFormViewModel(session))
    assert not dialog.functions.editor.isVisible()
    qtbot.mouseClick(dialog.functions.add_button, Qt.MouseButton.LeftButton)
    assert dialog.functions.editor.isVisible()
    qtbot.mouseClick(dialog.functions.remove_button, Qt.MouseButton.LeftButton)
    assert not dialog.functions.editor.isVisible()


def test_advanced_opens_for_an_assistant_that_uses_it(qtbot: Any, session: Session) -> None:
    plain = AssistantDefinition(id="plain", name="Plain", model="gpt-4.1-mini")
    tuned = AssistantDefinition(id="tuned", name="Tuned", model="gpt-4.1-mini", temperature=0.3)
    run_coro(qtbot, session.store.run(lambda s: [s.assistants.save(a) for a in (plain, tuned)]))
    assert not open_dialog(qtbot, AssistantFormViewModel(session, plain)).advanced.expanded
    assert open_dialog(qtbot, AssistantFormViewModel(session, tuned)).advanced.expanded


def test_a_problem_under_advanced_opens_it(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    qtbot.keyClicks(dialog.name_edit, "Checker")
    vm.set_field("temperature", 2.5)  # e.g. from an imported file
    assert dialog.advanced.expanded and dialog.errors.label("temperature").isVisible()  # type: ignore[union-attr]


def test_the_advanced_header_works_from_the_keyboard(qtbot: Any, session: Session) -> None:
    dialog = open_dialog(qtbot, AssistantFormViewModel(session))
    header = dialog.advanced.header
    assert header.accessibleName().startswith("Advanced") and header.focusPolicy() & Qt.FocusPolicy.TabFocus
    header.setFocus()
    qtbot.keyClick(header, Qt.Key.Key_Space)
    assert dialog.advanced.expanded
    qtbot.keyClick(header, Qt.Key.Key_Space)
    assert not dialog.advanced.expanded


def test_every_alt_key_of_the_form_reaches_one_field(qtbot: Any, session: Session) -> None:
    """No two labels, buttons or section headers of the form share a mnemonic (Alt+letter)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = open_dialog(qtbot, AssistantFormViewModel(session))
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    keys: dict[str, list[str]] = {}
    for text in texts:
        found = re.search(r"&([^&\s])", text)
        if found:
            keys.setdefault(found.group(1).lower(), []).append(text)
    clashes = {key: owners for key, owners in keys.items() if len(owners) > 1}
    assert not clashes, f"Alt keys used twice: {clashes}"
