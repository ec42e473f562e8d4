"""The main window: side pane on the left, chat on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from belugadesk import APP_NAME
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.views.about_dialog import AboutDialog
from belugadesk.views.chat.chat_view import ChatView
from belugadesk.views.side_pane import SidePane
from belugadesk.views.threads.banner import ThreadBanner


class MainWindow(QMainWindow):
    closed = Signal()
    firstPainted = Signal()  # once: start-up defers heavy imports until the user sees the window
    settingsRequested = Signal()

    def __init__(self, vm: MainViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self._painted = False
        self._log_dir = Path()
        self._versions: Callable[[], dict[str, str]] = dict
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(f"{APP_NAME} main window")
        self.side_pane = SidePane(vm, self)
        self.chat_view = ChatView(vm.chat, self)
        self.thread_banner = ThreadBanner(vm.resume, self)
        chat_area = QWidget(self)
        chat_layout = QVBoxLayout(chat_area)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_layout.setSpacing(0)
        chat_layout.addWidget(self.thread_banner)
        chat_layout.addWidget(self.chat_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.side_pane)
        splitter.addWidget(chat_area)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 810])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.resize(1100, 720)

        self.profile_label = QLabel(self)
        self.profile_label.setAccessibleName("Active profile")
        self.statusBar().addPermanentWidget(self.profile_label)
        self._show_profile(vm.profile_name)
        vm.profileNameChanged.connect(self._show_profile)
        vm.chat.threadChanged.connect(self._show_thread_title)
        vm.threads.threadUpdated.connect(self._show_thread_title)
        vm.resume.messageFocusRequested.connect(self._show_message)
        threads_panel = self.side_pane.threads_panel
        threads_panel.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.side_pane.folders_section.statusMessage.connect(
            lambda text: self.statusBar().showMessage(text, 5000)
        )
        self._build_menus()
        threads_menu = threads_panel.build_menu(self.menuBar())
        threads_menu.addSeparator()
        threads_menu.addAction(self.side_pane.folders_section.new_folder_action)
        self.help_menu = self.menuBar().addMenu("&Help")
        self.help_menu.addAction(self.chat_view.chat_actions.help)

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
        settings_action = self._settings_action()
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.actions_by_name = {"new_thread": new_thread, "focus_input": focus_input, "quit": quit_action}
        chat_menu = self.menuBar().addMenu("&Chat")
        chat_menu.addActions(self.chat_view.chat_actions.menu_actions())
        chat_menu.setToolTipsVisible(True)
        self.actions_by_name["settings"] = settings_action
        self.assistant_menu = self.side_pane.assistants_pane.fill_menu(self.menuBar().addMenu("A&ssistant"))
        self.assistant_menu.addSeparator()
        self.assistant_menu.addAction(self.side_pane.assistant_picker.library_action)

    # --- settings: the Settings action (Ctrl+,) and the send key --------------------------------------

    def _settings_action(self) -> QAction:
        action = QAction("&Settings…", self)
        action.setShortcut(QKeySequence("Ctrl+,"))
        action.setToolTip("Profiles and API keys, appearance, behaviour and prices (Ctrl+,)")
        action.triggered.connect(self.settingsRequested)
        return action

    def set_enter_sends(self, enter_sends: bool) -> None:
        """Enter sends (Shift+Enter: new line), or Ctrl+Enter sends (Enter: new line)."""
        self.chat_view.set_send_on("enter" if enter_sends else "ctrl_enter")

    def set_help_resources(self, *, log_dir: Path, versions: Callable[[], dict[str, str]]) -> None:
        """Add the Help menu: the log folder to open and what gives the versions the About dialog lists
        (asked each time the dialog opens, not at start-up: finding the OS's version runs ``uname``)."""
        self._log_dir = log_dir
        self._versions = versions
        help_menu = self.help_menu
        help_menu.addSeparator()
        open_logs = QAction("Open &log folder", self)
        open_logs.triggered.connect(self._open_log_folder)
        help_menu.addAction(open_logs)
        about = QAction(f"&About {APP_NAME}", self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.actions_by_name.update({"open_logs": open_logs, "about": about})

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_dir)))

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self._versions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def bring_to_front(self) -> None:
        """Show and raise the window (a second launch asks for this)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _show_profile(self, name: str) -> None:
        self.profile_label.setText(f"Profile: {name}")

    def _show_message(self, row: int) -> None:
        self.chat_view.show_message(row)

    def _show_thread_title(self, thread: object) -> None:
        open_thread = self.vm.chat.thread
        if thread is not None and (open_thread is None or getattr(thread, "id", None) != open_thread.id):
            return
        title = getattr(thread, "title", None)
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
