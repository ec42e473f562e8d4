"""A JSON-schema editor: monospace text, "Validate" and "Insert template" buttons, and a result line."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from belugadesk.views.tone import set_tone


class _CodeEdit(QPlainTextEdit):
    """Asks for no more height than its minimum; it grows into whatever room the form has."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class SchemaEditor(QWidget):
    """Emits ``edited(text)`` on user edits; ``set_text`` (from the view-model) does not emit it."""

    edited = Signal(str)
    validateRequested = Signal()
    templateRequested = Signal()

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.text_edit = _CodeEdit(self)
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setAccessibleName(label)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_edit.setMinimumHeight(110)
        self.validate_button = QPushButton(self.tr("Validate"), self)
        self.validate_button.setAccessibleName(self.tr("Validate {label}").format(label=label.lower()))
        self.validate_button.setToolTip(self.tr("Check that this is valid JSON and a valid JSON schema"))
        self.template_button = QPushButton(self.tr("Insert template"), self)
        self.template_button.setAccessibleName(
            self.tr("Insert a template into {label}").format(label=label.lower())
        )
        self.template_button.setToolTip(self.tr("Replace the text with an example schema to start from"))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("{label} check result").format(label=label))

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.validate_button)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_edit)
        layout.addLayout(buttons)

        self._updating = False
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.validate_button.clicked.connect(self.validateRequested)
        self.template_button.clicked.connect(self.templateRequested)

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def set_text(self, text: str) -> None:
        if text == self.text_edit.toPlainText():
            return
        self._updating = True
        try:
            self.text_edit.setPlainText(text)
        finally:
            self._updating = False
        self.result.clear()

    def show_result(self, ok: bool, message: str, line: int | None = None, column: int | None = None) -> None:
        """Show the Validate outcome; on a syntax error put the cursor where the problem is."""
        set_tone(self.result, "success" if ok else "error")
        self.result.setText(("✓ " if ok else "") + message)
        if line is not None:
            block = self.text_edit.document().findBlockByLineNumber(line - 1)
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor, max(0, (column or 1) - 1)
            )
            self.text_edit.setTextCursor(cursor)
            self.text_edit.setFocus()

    def _on_text_changed(self) -> None:
        if not self._updating:
            self.result.clear()
            self.edited.emit(self.text_edit.toPlainText())
