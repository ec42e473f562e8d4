"""The prompt library in the real main window: Chat → Prompt library… (Ctrl+Shift+I) opens it, and the
chat's own message box has the `/` picker; Enter there inserts without sending."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from belugadesk.views.main_window import MainWindow
from tests.viewmodels.threads.thread_helpers import session, store
from tests.views.test_side_pane import window

__all__ = ["session", "store", "window"]


def test_the_menu_action_and_its_shortcut_open_the_library(qtbot: Any, window: MainWindow) -> None:
    action = window.actions_by_name["prompt_library"]
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    chat_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Chat")
    assert action in chat_menu.actions()
    window.activateWindow()
    window.chat_view.input.setFocus()
    qtbot.waitUntil(window.chat_view.input.hasFocus)
    qtbot.keyClick(
        window.chat_view.input,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.prompt_library is not None and window.prompt_library.isVisible())
    assert window.prompt_library is not None and len(window.prompt_library.titles()) == 5


def test_the_chat_box_has_the_picker_and_enter_does_not_send(qtbot: Any, window: MainWindow) -> None:
    box = window.chat_view.input
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "/proof")
    qtbot.waitUntil(window.prompt_picker.isVisible)
    assert window.prompt_picker.titles() == ["Proofread"]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.toPlainText().startswith("Proofread the following text"))
    assert window.vm.chat.messages.rowCount() == 0, "inserted, not sent"
