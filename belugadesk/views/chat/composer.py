"""The composer: one rounded box holding the message box (growing with its text up to a limit, then
scrolling) and, under it, the attach button, the model switcher and Send, which turns into Stop while a reply
streams (one button: its text, icon, accessible name and tooltip change; Esc stops too)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.message_input import MessageInput
from belugadesk.views.chat.model_switcher import ModelSwitcher
from belugadesk.views.icons import icon


class Composer(QFrame):
    def __init__(self, vm: ChatViewModel, parent: QWidget | None = None, *, send_on: str = "enter"):
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("composer")  # the rounded box (app style sheet)
        self.setAccessibleName(self.tr("Composer"))
        self.streaming = False
        self._send_tip = ""

        self.input = MessageInput(self, send_on=send_on)
        self.attach_button = QToolButton(self)
        self.attach_button.setAutoRaise(True)
        self.attach_button.setIcon(icon("paperclip"))
        self.attach_button.setIconSize(QSize(20, 20))
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        self.attach_button.setToolTip(
            self.tr("Attach files for file search or the code interpreter (Ctrl+Shift+A)")
        )
        self.model_switcher = ModelSwitcher(vm.model_choice, vm.set_model, self)
        self.compare_button = QToolButton(self)  # shown by a window that opens comparisons (the main one)
        self.compare_button.hide()
        self.compare_button.setAutoRaise(True)
        self.compare_button.setIcon(icon("columns"))
        self.compare_button.setIconSize(QSize(20, 20))
        self.compare_button.setAccessibleName(self.tr("Compare assistants"))
        self.compare_button.setToolTip(
            self.tr("Send one prompt to two to four assistants side by side (Ctrl+Shift+K)")
        )
        self.send_button = QPushButton(self)
        self.send_button.setProperty("primary", True)  # the accent button (app style sheet)

        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(6)
        tools.addWidget(self.attach_button)
        tools.addWidget(self.model_switcher)
        tools.addWidget(self.compare_button)
        tools.addStretch(1)
        tools.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.input)
        layout.addLayout(tools)

        self.send_button.clicked.connect(self._on_button)
        self.input.textChanged.connect(self._update_send)
        self.setFocusProxy(self.input)
        self.set_send_on(send_on)
        self.set_streaming(False)

    def set_send_on(self, send_on: str) -> None:
        """``"enter"`` or ``"ctrl_enter"`` (settings: behaviour.send_on)."""
        self.input.set_send_on(send_on)
        keys = "Enter" if send_on == "enter" else "Ctrl+Enter"
        self._send_tip = self.tr("Send the message ({keys})").format(keys=keys)
        if not self.streaming:
            self.send_button.setToolTip(self._send_tip)

    def set_streaming(self, streaming: bool) -> None:
        """Send while idle; Stop (always enabled) while a reply is written. The model cannot change then."""
        self.streaming = streaming
        button = self.send_button
        if streaming:
            button.setText(self.tr("Stop"))
            button.setIcon(icon("stop"))
            button.setAccessibleName(self.tr("Stop reply"))
            button.setToolTip(self.tr("Stop the reply being written (Esc)"))
            button.setEnabled(True)
        else:
            button.setText(self.tr("Send"))
            button.setIcon(icon("arrow-up"))
            button.setAccessibleName(self.tr("Send message"))
            button.setToolTip(self._send_tip)
            button.setAccessibleDescription("")
            self._update_send()
        self.model_switcher.setEnabled(not streaming and self.vm.assistant is not None)

    def set_activity(self, text: str) -> None:
        """What the reply being written is doing, on Stop (its row shows it too)."""
        if self.streaming:
            stop = self.tr("Stop the reply being written (Esc)")
            self.send_button.setToolTip(f"{text}\n{stop}" if text else stop)
            self.send_button.setAccessibleDescription(text)

    def set_can_send(self) -> None:
        no_assistant = self.vm.assistant is None
        self.input.setEnabled(not no_assistant)
        self.attach_button.setEnabled(not no_assistant)
        self.model_switcher.setEnabled(not no_assistant and not self.streaming)
        self._update_send()

    def _update_send(self) -> None:
        """Send is offered when a message can be sent and there is one in the box; Stop always."""
        if not self.streaming:
            ready = self.vm.can_send()[0] and bool(self.input.toPlainText().strip())
            self.send_button.setEnabled(ready)

    def _on_button(self) -> None:
        if self.streaming:
            self.vm.request_stop()
        else:
            self.input.submit()
