"""Asks the person whether an MCP tool call may run: the server, the tool, the arguments (pretty JSON,
editable, checked as JSON), and Allow once / Allow for this thread / Always allow this tool / Deny (with an
optional message to the model). Closing it (Esc) denies the call."""

from __future__ import annotations

import html

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.mcp_approval import ApprovalAnswer, ApprovalChoice, ApprovalRequest, arguments_problem
from belugadesk.views.tone import set_tone


class ToolApprovalDialog(QDialog):
    """``answer`` is the person's choice once a button was pressed (None when the dialog was closed)."""

    def __init__(self, request: ApprovalRequest, parent: QWidget | None = None):
        super().__init__(parent)
        self.request = request
        self.answer: ApprovalAnswer | None = None
        self.setWindowTitle(self.tr("Run {tool_name}?").format(tool_name=request.tool_name))
        self.setAccessibleName(self.tr("Approve a tool call"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        text = (
            self.tr("The assistant wants to run <b>{tool}</b> on the remote MCP server <b>{server}</b>.")
            if request.remote
            else self.tr("The assistant wants to run <b>{tool}</b> on the MCP server <b>{server}</b>.")
        ).format(tool=html.escape(request.tool_name), server=html.escape(request.server_name))
        if request.read_only:
            text += " " + self.tr("The server says this tool only reads.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("What the assistant wants to run"))
        description = QLabel(request.description, self)
        description.setWordWrap(True)
        description.setVisible(bool(request.description))
        set_tone(description, "muted")

        args_label = QLabel(self.tr("&Arguments (you may edit them)"), self)
        self.arguments = QPlainTextEdit(request.arguments, self)
        self.arguments.setFont(mono)
        self.arguments.setAccessibleName(self.tr("Arguments"))
        self.arguments.setTabChangesFocus(True)
        self.arguments.setReadOnly(request.remote)  # the API runs a remote call with its own arguments
        args_label.setBuddy(self.arguments)
        self.hint = QLabel(self)
        self.hint.setAccessibleName(self.tr("Arguments check"))
        self.hint.setWordWrap(True)

        message_label = QLabel(self.tr("&Message to the assistant if you deny (optional)"), self)
        self.message = QLineEdit(self)
        self.message.setAccessibleName(self.tr("Message to the assistant"))
        message_label.setBuddy(self.message)

        buttons = QDialogButtonBox(self)
        self.once_button = self._button(self.tr("Allow &once"), self.tr("Run this call"), ApprovalChoice.ONCE)
        self.thread_button = self._button(
            self.tr("Allow for this &thread"),
            self.tr("Run this tool's calls in this conversation without asking"),
            ApprovalChoice.THREAD,
        )
        self.always_button = self._button(
            self.tr("Al&ways allow this tool"),
            self.tr("Never ask again for this tool (saved in the assistant)"),
            ApprovalChoice.ALWAYS,
        )
        self.deny_button = self._button(
            self.tr("&Deny"), self.tr("Do not run it; the assistant is told"), ApprovalChoice.DENY
        )
        self.once_button.setDefault(True)
        for button in (self.once_button, self.thread_button, self.always_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.deny_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.thread_button.setVisible(not request.remote)
        self.always_button.setVisible(not request.remote)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(description)
        layout.addWidget(args_label)
        layout.addWidget(self.arguments, 1)
        layout.addWidget(self.hint)
        layout.addWidget(message_label)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 440)

        self.arguments.textChanged.connect(self._check)
        self._check()
        self.once_button.setFocus()

    def _button(self, text: str, tip: str, choice: ApprovalChoice) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._answer(choice))
        return button

    def _check(self) -> None:
        problem = arguments_problem(self.arguments.toPlainText())
        self.hint.setText(problem or self.tr("Valid JSON."))
        set_tone(self.hint, "error" if problem else "muted")
        for button in (self.once_button, self.thread_button, self.always_button):
            button.setEnabled(problem is None)

    def _answer(self, choice: ApprovalChoice) -> None:
        if choice is not ApprovalChoice.DENY and arguments_problem(self.arguments.toPlainText()):
            return
        edited = self.arguments.toPlainText()
        arguments = "" if edited == self.request.arguments or choice is ApprovalChoice.DENY else edited
        message = self.message.text().strip() if choice is ApprovalChoice.DENY else ""
        self.answer = ApprovalAnswer(choice, arguments=arguments, message=message)
        self.accept()
