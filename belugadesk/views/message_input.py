"""The multi-line message box: Enter sends, Shift+Enter starts a new line (or Ctrl+Enter sends)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class MessageInput(QPlainTextEdit):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, enter_sends: bool = True):
        super().__init__(parent)
        self.enter_sends = enter_sends
        self.setAccessibleName("Message")
        self.setPlaceholderText("Message the assistant — Enter to send, Shift+Enter for a new line")
        self.setTabChangesFocus(True)
        self.setMaximumHeight(160)
        self.setMinimumHeight(56)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if (self.enter_sends and not shift and not ctrl) or (not self.enter_sends and ctrl):
                self.submit()
                return
        super().keyPressEvent(event)

    def submit(self) -> None:
        text = self.toPlainText()
        if text.strip():
            self.submitted.emit(text)
