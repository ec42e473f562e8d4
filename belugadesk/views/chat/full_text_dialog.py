"""The whole text of a message too long for its bubble, as plain text (Qt lays plain text out lazily, so even
megabytes open quickly), selectable and copyable."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget


class FullTextDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("The whole text")
        self.setAccessibleName("The whole text of the message")
        self.resize(820, 640)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setAccessibleName("Message text")
        self.text_view.setReadOnly(True)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_view.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(buttons)
