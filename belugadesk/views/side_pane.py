"""The left pane: the assistant list above the thread list, with a New thread button."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.views.assistant_list_view import AssistantListPane


class SidePane(QWidget):
    def __init__(self, vm: MainViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.assistants_pane = AssistantListPane(vm.assistants, self)
        self.assistant_list = self.assistants_pane.list

        self.new_thread_button = QPushButton("New thread", self)
        self.new_thread_button.setAccessibleName("New thread")
        self.new_thread_button.setToolTip("Start a new thread with the selected assistant (Ctrl+N)")

        threads_label = QLabel("&Threads", self)
        self.thread_list = QListView(self)
        self.thread_list.setAccessibleName("Threads")
        self.thread_list.setModel(vm.threads.model)
        self.thread_list.setUniformItemSizes(True)
        threads_label.setBuddy(self.thread_list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.assistants_pane, 2)
        layout.addWidget(self.new_thread_button)
        layout.addWidget(threads_label)
        layout.addWidget(self.thread_list, 3)

        self.new_thread_button.clicked.connect(self._on_new_thread)
        self.thread_list.activated.connect(self._on_thread_activated)
        self.thread_list.clicked.connect(self._on_thread_activated)
        vm.chat.threadChanged.connect(self._show_current_thread)

    def _on_new_thread(self) -> None:
        self.thread_list.clearSelection()
        self.vm.new_thread()

    def _on_thread_activated(self, index: QModelIndex) -> None:
        self.vm.threads.activate_row(index.row())

    def _show_current_thread(self, thread: object) -> None:
        chat_thread = self.vm.chat.thread
        row = self.vm.threads.model.row_of(chat_thread.id) if chat_thread else -1
        if row >= 0:
            self.thread_list.setCurrentIndex(self.vm.threads.model.index(row))
