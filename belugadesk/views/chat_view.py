"""The chat pane: the message list, a status line, and the input with Send and Stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.viewmodels.chat_vm import ChatViewModel
from belugadesk.views.message_delegate import MessageDelegate
from belugadesk.views.message_input import MessageInput


class ChatView(QWidget):
    def __init__(self, vm: ChatViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.message_list = QListView(self)
        self.message_list.setAccessibleName("Messages")
        self.message_list.setModel(vm.messages)
        self.message_list.setItemDelegate(MessageDelegate(self.message_list))
        self.message_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.message_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.message_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.message_list.setWordWrap(True)
        self.message_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.empty_label = QLabel("Start a conversation: type a message below and press Enter.", self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName("Empty thread hint")

        self.status_label = QLabel(self)
        self.status_label.setAccessibleName("Reply status")
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName("Error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.input = MessageInput(self)
        self.send_button = QPushButton("Send", self)
        self.send_button.setAccessibleName("Send message")
        self.send_button.setToolTip("Send the message (Enter)")
        self.stop_button = QPushButton("Stop", self)
        self.stop_button.setAccessibleName("Stop reply")
        self.stop_button.setToolTip("Stop the reply being written (Esc)")
        self.stop_button.setEnabled(False)

        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        input_row = QHBoxLayout()
        input_row.addWidget(self.input, 1)
        input_row.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message_list, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(input_row)

        self.input.submitted.connect(self._on_submitted)
        self.send_button.clicked.connect(self.input.submit)
        self.stop_button.clicked.connect(vm.request_stop)
        stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        stop_shortcut.activated.connect(vm.request_stop)
        vm.statusChanged.connect(self.status_label.setText)
        vm.errorChanged.connect(self._on_error)
        vm.streamingChanged.connect(self._on_streaming)
        vm.draftReturned.connect(self._on_draft_returned)
        vm.messages.rowsInserted.connect(self._on_rows_changed)
        vm.messages.modelReset.connect(self._on_rows_changed)
        vm.messages.dataChanged.connect(self._follow_bottom)
        self._on_rows_changed()

    def _on_submitted(self, text: str) -> None:
        if self.vm.streaming:
            return
        self.input.clear()
        self.vm.submit(text)

    def _on_draft_returned(self, text: str) -> None:
        if not self.input.toPlainText().strip():
            self.input.setPlainText(text)

    def _on_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_streaming(self, streaming: bool) -> None:
        self.send_button.setEnabled(not streaming)
        self.stop_button.setEnabled(streaming)

    def _on_rows_changed(self) -> None:
        has_messages = self.vm.messages.rowCount() > 0
        self.message_list.setVisible(has_messages)
        self.empty_label.setVisible(not has_messages)
        self._follow_bottom()

    def _follow_bottom(self) -> None:
        self.message_list.scrollToBottom()
