"""The left pane: the assistant list above the thread list, with a New thread button."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.views.thread_list_view import ThreadListPanel


class SidePane(QWidget):
    def __init__(self, vm: MainViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        assistants_label = QLabel("&Assistants", self)
        self.assistant_list = QListView(self)
        self.assistant_list.setAccessibleName("Assistants")
        self.assistant_list.setModel(vm.assistants.model)
        self.assistant_list.setMaximumHeight(180)
        assistants_label.setBuddy(self.assistant_list)

        self.new_thread_button = QPushButton("New thread", self)
        self.new_thread_button.setAccessibleName("New thread")
        self.new_thread_button.setToolTip("Start a new thread with the selected assistant (Ctrl+N)")

        self.threads_panel = ThreadListPanel(vm, self)
        self.thread_list = self.threads_panel.list_view

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(assistants_label)
        layout.addWidget(self.assistant_list)
        layout.addWidget(self.new_thread_button)
        layout.addWidget(self.threads_panel, 1)

        self.new_thread_button.clicked.connect(self._on_new_thread)
        self.assistant_list.selectionModel().currentChanged.connect(self._on_assistant_current)
        vm.assistants.currentChanged.connect(self._show_current_assistant)

    def _on_new_thread(self) -> None:
        self.thread_list.clearSelection()
        self.vm.new_thread()

    def _on_assistant_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.vm.assistants.select_row(current.row())

    def _show_current_assistant(self, _assistant: object) -> None:
        current = self.vm.assistants.current
        row = self.vm.assistants.model.row_of(current.id) if current else -1
        if row >= 0 and self.assistant_list.currentIndex().row() != row:
            self.assistant_list.setCurrentIndex(self.vm.assistants.model.index(row))
