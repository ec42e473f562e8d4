"""The main window: side pane on the left, chat on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from belugadesk import APP_NAME
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.views.chat_view import ChatView
from belugadesk.views.side_pane import SidePane


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, vm: MainViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(f"{APP_NAME} main window")
        self.side_pane = SidePane(vm, self)
        self.chat_view = ChatView(vm.chat, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.side_pane)
        splitter.addWidget(self.chat_view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.resize(1100, 720)

        self.profile_label = QLabel(self)
        self.profile_label.setAccessibleName("Active profile")
        self.statusBar().addPermanentWidget(self.profile_label)
        self._show_profile(vm.profile_name)
        vm.profileNameChanged.connect(self._show_profile)
        vm.chat.threadChanged.connect(self._show_thread_title)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        new_thread = QAction("&New thread", self)
        new_thread.setShortcut(QKeySequence.StandardKey.New)
        new_thread.triggered.connect(self.side_pane._on_new_thread)
        file_menu.addAction(new_thread)
        focus_input = QAction("&Focus message box", self)
        focus_input.setShortcut(QKeySequence("Ctrl+L"))
        focus_input.triggered.connect(lambda: self.chat_view.input.setFocus())
        file_menu.addAction(focus_input)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.actions_by_name = {"new_thread": new_thread, "focus_input": focus_input, "quit": quit_action}
        self.assistant_menu = self.side_pane.assistants_pane.fill_menu(self.menuBar().addMenu("A&ssistant"))

    def _show_profile(self, name: str) -> None:
        self.profile_label.setText(f"Profile: {name}")

    def _show_thread_title(self, thread: object) -> None:
        title = getattr(thread, "title", None)
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
