"""The `/` picker on a real message box: typing `/` opens it, typing filters, arrows and Enter choose,
the variables form fills the blanks, Esc closes it and leaves the text; nothing is sent."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from belugadesk.store.schema import DEFAULT_PROMPTS
from belugadesk.viewmodels.prompts.library_vm import PromptLibraryViewModel
from belugadesk.views.chat.message_input import MessageInput
from belugadesk.views.prompts.questions import PromptDialogs
from belugadesk.views.prompts.slash_picker import SlashPicker
from belugadesk.views.prompts.variables_form import VariablesForm


class Window(QWidget):
    def __init__(self, library: PromptLibraryViewModel):
        super().__init__()
        self.resize(700, 500)
        self.box = MessageInput(self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.box)  # at the bottom, as in the chat: the picker opens above it
        self.sent: list[str] = []
        self.box.submitted.connect(self.sent.append)
        self.stops: list[bool] = []
        stop = QAction("Stop", self)  # the chat's Esc action, a window shortcut
        stop.setShortcut(QKeySequence("Esc"))
        stop.triggered.connect(lambda: self.stops.append(True))
        self.addAction(stop)
        self.dialogs = PromptDialogs(self)
        self.picker = SlashPicker(self.box, library, self.dialogs)


@pytest.fixture
def window(qtbot: Any, library: PromptLibraryViewModel) -> Iterator[Window]:
    shown = Window(library)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    shown.box.setFocus()
    qtbot.waitUntil(shown.box.hasFocus)
    yield shown


def test_slash_opens_the_picker_typing_filters_and_enter_inserts(qtbot: Any, window: Window) -> None:
    picker, box = window.picker, window.box
    qtbot.keyClicks(box, "/")
    qtbot.waitUntil(picker.isVisible)
    assert len(picker.titles()) == len(DEFAULT_PROMPTS)
    assert picker.list.accessibleName() == "Saved prompts"
    # above the box (the box is at the window's bottom), inside the window
    assert picker.geometry().bottom() <= box.mapTo(window, box.cursorRect().topLeft()).y()
    qtbot.keyClicks(box, "cmt")  # fuzzy: c…m…t
    assert picker.titles()[0] == "Write a commit message"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    body = next(b for pid, _t, b, _tags in DEFAULT_PROMPTS if pid == "default-commit-message")
    qtbot.waitUntil(lambda: box.toPlainText() == body)
    assert box.textCursor().position() == len(body)
    assert window.sent == [] and not picker.isVisible()


def test_tags_match_and_arrows_choose(qtbot: Any, window: Window) -> None:
    picker, box = window.picker, window.box
    qtbot.keyClicks(box, "/code")  # the tag "code" and the title "Explain code"
    qtbot.waitUntil(picker.isVisible)
    assert set(picker.titles()) == {"Explain code", "Write a commit message"}
    second = picker.titles()[1]
    qtbot.keyClick(box, Qt.Key.Key_Down)
    current = picker.current()
    assert current is not None and current.title == second
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Up)  # stays on the first
    assert picker.list.currentRow() == 0
    qtbot.keyClicks(box, "zzzz")  # nothing matches: the picker hides, the text stays
    assert not picker.isVisible() and box.toPlainText() == "/codezzzz"


def test_a_prompt_with_variables_is_filled_in_the_form_first(
    qtbot: Any, window: Window, library: PromptLibraryViewModel
) -> None:
    box = window.box
    qtbot.keyClicks(box, "/transl")
    qtbot.waitUntil(window.picker.isVisible)
    assert window.picker.titles() == ["Translate"]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, VariablesForm))
    form = window.dialogs.active
    assert isinstance(form, VariablesForm)
    assert list(form.fields) == ["language"]
    field = form.fields["language"]
    assert field.text() == "French" and field.accessibleName() == "language"
    field.setText("Icelandic")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Insert is the default button
    expected = "Translate the following text into Icelandic, keeping its tone and formatting:\n\n"
    qtbot.waitUntil(lambda: box.toPlainText() == expected)
    assert box.textCursor().position() == len(expected) and window.sent == []
    qtbot.waitUntil(lambda: next(p for p in library.prompts if p.id == "default-translate").use_count == 1)


def test_cancelling_the_form_keeps_the_typed_text(qtbot: Any, window: Window) -> None:
    qtbot.keyClicks(window.box, "/sum")
    qtbot.waitUntil(window.picker.isVisible)
    qtbot.keyClick(window.box, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, VariablesForm))
    assert window.dialogs.active is not None
    window.dialogs.active.reject()
    qtbot.waitUntil(lambda: window.dialogs.active is None)
    assert window.box.toPlainText() == "/sum"


def test_esc_closes_and_leaves_the_slash_without_stopping_anything(qtbot: Any, window: Window) -> None:
    picker, box = window.picker, window.box
    qtbot.keyClicks(box, "/")
    qtbot.waitUntil(picker.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not picker.isVisible() and box.toPlainText() == "/" and window.stops == []
    qtbot.keyClicks(box, "pro")  # stays closed while the `/` is there
    assert not picker.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # closed: Esc is the window's again
    assert window.stops == [True]
    box.clear()
    qtbot.keyClicks(box, "/")
    qtbot.waitUntil(picker.isVisible)


def test_only_a_slash_at_the_start_of_the_box_opens_it(qtbot: Any, window: Window) -> None:
    qtbot.keyClicks(window.box, "see a/b")
    assert not window.picker.isVisible()
    window.box.clear()
    qtbot.keyClicks(window.box, "/")
    qtbot.waitUntil(window.picker.isVisible)
    # Shift+Enter is a line break, not a choice: the query ends there and the picker closes
    qtbot.keyClick(window.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.box.toPlainText() == "/\n" and not window.picker.isVisible()
    qtbot.keyClicks(window.box, "sum")  # the cursor is on the second line: still closed
    assert not window.picker.isVisible()


def test_the_picker_opens_under_a_box_at_the_top_of_its_window(
    qtbot: Any, library: PromptLibraryViewModel
) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    top.resize(600, 500)
    box = MessageInput(top)
    box.move(10, 10)
    box.resize(580, box.height())
    picker = SlashPicker(box, library, PromptDialogs(top))
    top.show()
    qtbot.waitExposed(top)
    top.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "/")
    qtbot.waitUntil(picker.isVisible)
    assert picker.geometry().top() >= box.mapTo(top, box.cursorRect().bottomLeft()).y()
    assert picker.geometry().bottom() <= top.height()


def test_typing_more_chooses_the_best_match_again(qtbot: Any, window: Window) -> None:
    picker, box = window.picker, window.box
    qtbot.keyClicks(box, "/")
    qtbot.waitUntil(picker.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    moved_to = picker.current()
    assert moved_to is not None and picker.list.currentRow() == 1
    qtbot.keyClicks(box, "w")
    assert moved_to.title in picker.titles(), "the prompt moved to still matches"
    assert picker.list.currentRow() == 0 and picker.titles()[0] == "Write a commit message"
