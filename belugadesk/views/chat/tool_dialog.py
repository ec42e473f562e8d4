"""Asks the user for a function call's output: shows the name and arguments, hints whether it is JSON."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.mcp_approval import pretty_arguments
from belugadesk.domain.models import ToolCallPart


def json_hint(text: str) -> str:
    if not text.strip():
        return QCoreApplication.translate(
            "ToolOutputDialog", "Type or paste the output the function returned."
        )
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return QCoreApplication.translate(
            "ToolOutputDialog", "Not valid JSON ({problem}, line {line}); it will be sent as plain text."
        ).format(problem=exc.msg, line=exc.lineno)
    return QCoreApplication.translate("ToolOutputDialog", "Valid JSON.")


class ToolOutputDialog(QDialog):
    """``answered(call_id, output)``: the output to send, or None when the user declines to run the tool.
    Closing the dialog (Esc, "Later") leaves the call waiting."""

    answered = Signal(str, object)

    def __init__(self, call: ToolCallPart, parent: QWidget | None = None):
        super().__init__(parent)
        self.call = call
        self.setWindowTitle(self.tr("Output of {name}").format(name=call.name))
        self.setAccessibleName(self.tr("Function call output"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        intro = QLabel(
            self.tr(
                "The assistant called the function <b>{name}</b>. Run it yourself and give its output; "
                "the reply continues with it."
            ).format(name=call.name),
            self,
        )
        intro.setWordWrap(True)
        args_label = QLabel(self.tr("&Arguments"), self)
        self.arguments = QPlainTextEdit(pretty_arguments(call.arguments), self)
        self.arguments.setReadOnly(True)
        self.arguments.setFont(mono)
        self.arguments.setAccessibleName(self.tr("Arguments"))
        self.arguments.setMaximumHeight(140)
        args_label.setBuddy(self.arguments)
        output_label = QLabel(self.tr("&Output"), self)
        self.output = QPlainTextEdit(self)
        self.output.setFont(mono)
        self.output.setAccessibleName(self.tr("Output"))
        self.output.setPlaceholderText(self.tr('For example {"temperature": 21, "unit": "C"}'))
        self.output.setTabChangesFocus(True)
        output_label.setBuddy(self.output)
        self.hint = QLabel(json_hint(""), self)
        self.hint.setAccessibleName(self.tr("Output hint"))
        self.hint.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.send_button = QPushButton(self.tr("&Send output"), self)
        self.send_button.setAccessibleName(self.tr("Send output"))
        self.send_button.setToolTip(self.tr("Send this output to the assistant (Ctrl+Enter)"))
        self.send_button.setDefault(True)
        self.decline_button = QPushButton(self.tr("&Decline"), self)
        self.decline_button.setAccessibleName(self.tr("Decline"))
        self.decline_button.setToolTip(self.tr("Tell the assistant the function was not run"))
        self.later_button = QPushButton(self.tr("&Later"), self)
        self.later_button.setAccessibleName(self.tr("Later"))
        self.later_button.setToolTip(self.tr("Close; the call keeps waiting (Esc)"))
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(args_label)
        layout.addWidget(self.arguments)
        layout.addWidget(output_label)
        layout.addWidget(self.output, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(520, 420)

        self.output.textChanged.connect(lambda: self.hint.setText(json_hint(self.output.toPlainText())))
        self.send_button.clicked.connect(self._send)
        self.decline_button.clicked.connect(self._decline)
        self.later_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._send)
        self.output.setFocus()

    def _send(self) -> None:
        self.answered.emit(self.call.call_id, self.output.toPlainText())
        self.accept()

    def _decline(self) -> None:
        self.answered.emit(self.call.call_id, None)
        self.accept()
