"""The left pane: the assistant list above the thread list, with a New thread button."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.views.assistants.list_view import AssistantListPane
from belugadesk.views.threads.list_view import ThreadListPanel


class SidePane(QWidget):
    def __init__(self, vm: MainViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.assistants_pane = AssistantListPane(vm.assistants, self)
        self.assistant_list = self.assistants_pane.list

        self.new_thread_button = QPushButton("New thread", self)
        self.new_thread_button.setAccessibleName("New thread")
        self.new_thread_button.setToolTip("Start a new thread with the selected assistant (Ctrl+N)")

        self.threads_panel = ThreadListPanel(vm, self)
        self.thread_list = self.threads_panel.list_view

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.assistants_pane, 2)
        layout.addWidget(self.new_thread_button)
        layout.addWidget(self.threads_panel, 3)

        self.new_thread_button.clicked.connect(self._on_new_thread)

    def _on_new_thread(self) -> None:
        self.thread_list.clearSelection()
        self.vm.new_thread()
