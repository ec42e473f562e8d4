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
from belugadesk.views.compare.compare_window import CompareWindow
from belugadesk.views.prompts.library_dialog import PromptLibraryDialog
from belugadesk.views.prompts.questions import PromptDialogs
from belugadesk.views.prompts.slash_picker import SlashPicker
from belugadesk.views.side_pane import SidePane
from belugadesk.views.threads.banner import ThreadBanner
from belugadesk.views.threads.branch_bar import BranchBar


class MainWindow(QMainWindow):
    closed = Signal()
    firstPainted = Signal()  # once: start-up defers heavy imports until the user sees the window
    settingsRequested = Signal()
    quickAskRequested = Signal()

    def __init__(self, vm: MainViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self._painted = False
        self._log_dir = Path()
        self._versions: Callable[[], dict[str, str]] = dict
        self.compare_window: CompareWindow | None = None
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(self.tr("{app_name} main window").format(app_name=APP_NAME))
        self.side_pane = SidePane(vm, self)
        self.chat_view = ChatView(vm.chat, self)
        self.thread_banner = ThreadBanner(vm.resume, self)
        self.branch_bar = BranchBar(vm.branches, self)
        chat_area = QWidget(self)
        chat_layout = QVBoxLayout(chat_area)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_layout.setSpacing(0)
        chat_layout.addWidget(self.thread_banner)
        chat_layout.addWidget(self.branch_bar)
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
        self.profile_label.setAccessibleName(self.tr("Active profile"))
        self.statusBar().addPermanentWidget(self.profile_label)
        self._show_profile(vm.profile_name)
        vm.profileNameChanged.connect(self._show_profile)
        vm.chat.threadChanged.connect(self._show_thread_title)
        vm.threads.threadUpdated.connect(self._show_thread_title)
        vm.resume.messageFocusRequested.connect(self._show_message)
        self.prompt_picker = SlashPicker(self.chat_view.input, vm.prompts, PromptDialogs(self))
        self.prompt_library: PromptLibraryDialog | None = None
        threads_panel = self.side_pane.threads_panel
        threads_panel.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.side_pane.folders_section.statusMessage.connect(
            lambda text: self.statusBar().showMessage(text, 5000)
        )
        self._build_menus()
        threads_menu = threads_panel.build_menu(self.menuBar())
        threads_menu.addSeparator()
        threads_menu.addAction(self.side_pane.folders_section.new_folder_action)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.chat_view.chat_actions.help)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_thread = QAction(self.tr("&New thread"), self)
        new_thread.setShortcut(QKeySequence.StandardKey.New)
        new_thread.triggered.connect(self.side_pane._on_new_thread)
        file_menu.addAction(new_thread)
        focus_input = QAction(self.tr("&Focus message box"), self)
        focus_input.setShortcut(QKeySequence("Ctrl+L"))
        focus_input.triggered.connect(lambda: self.chat_view.input.setFocus())
        file_menu.addAction(focus_input)
        quick_ask = QAction(self.tr("Quick &ask window"), self)
        quick_ask.setToolTip(self.tr("The small always-on-top window that belugadesk --quick-ask shows"))
        quick_ask.triggered.connect(self.quickAskRequested)
        file_menu.addAction(quick_ask)
        file_menu.addSeparator()
        settings_action = self._settings_action()
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.actions_by_name = {
            "new_thread": new_thread,
            "focus_input": focus_input,
            "quick_ask": quick_ask,
            "quit": quit_action,
        }
        self._build_go_menu()
        chat_menu = self.menuBar().addMenu(self.tr("&Chat"))
        chat_menu.addActions(self.chat_view.chat_actions.menu_actions())
        compare = QAction(self.tr("&Compare assistants…"), self)
        compare.setShortcut(QKeySequence("Ctrl+Shift+K"))
        compare.setToolTip(
            self.tr("Send one prompt to two to four assistants and see the replies side by side")
        )
        compare.triggered.connect(self.open_comparison)
        chat_menu.addSeparator()
        chat_menu.addAction(compare)
        self.chat_view.composer.compare_button.clicked.connect(compare.trigger)
        self.chat_view.composer.compare_button.show()
        chat_menu.addSeparator()
        prompt_library = QAction(self.tr("&Prompt library…"), self)
        prompt_library.setShortcut(QKeySequence("Ctrl+Shift+I"))
        prompt_library.setToolTip(
            self.tr(
                "Saved prompts to insert, edit, import and export (Ctrl+Shift+I; or type / in an empty box)"
            )
        )
        prompt_library.triggered.connect(self.show_prompt_library)
        chat_menu.addAction(prompt_library)
        self.actions_by_name["prompt_library"] = prompt_library
        chat_menu.setToolTipsVisible(True)
        self.actions_by_name["settings"] = settings_action
        self.actions_by_name["compare"] = compare
        self.assistant_menu = self.side_pane.assistants_pane.fill_menu(
            self.menuBar().addMenu(self.tr("A&ssistant"))
        )
        self.assistant_menu.addSeparator()
        self.assistant_menu.addAction(self.side_pane.assistant_picker.library_action)

    # --- moving between the window's areas from the keyboard ------------------------------------------

    def _build_go_menu(self) -> None:
        """Each area by its own key, and F6 / Shift+F6 through them in reading order."""
        menu = self.menuBar().addMenu(self.tr("&Go"))
        go = [
            (self.tr("&Thread list"), "Ctrl+Shift+L", self.focus_thread_list),
            (self.tr("&Messages"), "Ctrl+Shift+M", self.focus_messages),
            (self.tr("Next &area"), "F6", lambda: self.cycle_area(1)),
            (self.tr("&Previous area"), "Shift+F6", lambda: self.cycle_area(-1)),
        ]
        for text, keys, slot in go:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.actions_by_name["focus_input"])  # also in File, where it has always been

    def areas(self) -> list[QWidget]:
        """The window's areas in reading order: thread search, thread list, messages, message box."""
        panel = self.side_pane.threads_panel
        return [
            panel.search_box,
            self.side_pane.thread_list,
            self.chat_view.message_list,
            self.chat_view.input,
        ]

    def cycle_area(self, step: int) -> None:
        areas = [a for a in self.areas() if a.isVisible() and a.isEnabled()]
        if not areas:
            return
        focus = self.focusWidget()
        here = next((i for i, a in enumerate(areas) if focus is a or a.isAncestorOf(focus)), -1)
        target = areas[(here + step) % len(areas)] if here >= 0 else areas[0 if step > 0 else -1]
        if target is self.chat_view.message_list:
            self.focus_messages()
        else:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_thread_list(self) -> None:
        view = self.side_pane.thread_list
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid():
            rows = self.vm.threads.model.thread_rows()
            if rows:
                view.setCurrentIndex(self.vm.threads.model.index(rows[0]))

    def focus_messages(self) -> None:
        """The message list, its newest message current (the Menu key then opens its menu)."""
        view = self.chat_view.message_list
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        count = self.vm.chat.messages.rowCount()
        if count and not view.currentIndex().isValid():
            view.setCurrentIndex(self.vm.chat.messages.index(count - 1))

    # --- compare: one prompt to several assistants, in a window of its own ---------------------------

    def open_comparison(self) -> CompareWindow:
        """Open the Compare window (or raise the one open); the thread continued with opens here."""
        if self.compare_window is not None:
            self.compare_window.raise_()
            self.compare_window.activateWindow()
            return self.compare_window
        vm = self.vm.new_comparison()
        window = CompareWindow(
            vm, self.vm.assistants.all_assistants, self, send_on=self.chat_view.input.send_on
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(vm.deleteLater)
        window.destroyed.connect(self._comparison_closed)
        self.compare_window = window
        window.show()
        return window

    def _comparison_closed(self) -> None:
        self.compare_window = None

    def show_prompt_library(self) -> PromptLibraryDialog:
        """The prompt library window (one, kept while the main window lives), raised."""
        if self.prompt_library is None:
            self.prompt_library = PromptLibraryDialog(self.vm.prompts, self.chat_view.input, self)
        self.prompt_library.show()
        self.prompt_library.raise_()
        self.prompt_library.activateWindow()
        self.prompt_library.search.setFocus()
        return self.prompt_library

    # --- settings: the Settings action (Ctrl+,) and the send key --------------------------------------

    def _settings_action(self) -> QAction:
        action = QAction(self.tr("&Settings…"), self)
        action.setShortcut(QKeySequence("Ctrl+,"))
        action.setToolTip(self.tr("Profiles and API keys, appearance, behaviour and prices (Ctrl+,)"))
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
        open_logs = QAction(self.tr("Open &log folder"), self)
        open_logs.triggered.connect(self._open_log_folder)
        help_menu.addAction(open_logs)
        about = QAction(self.tr("&About {app_name}").format(app_name=APP_NAME), self)
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
        self.profile_label.setText(self.tr("Profile: {name}").format(name=name))

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
