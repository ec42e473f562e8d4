"""The sidebar, one pane: search at the top, the New chat button (with the assistant it uses), the compact
assistant picker, the folders (which filter the threads), then the threads grouped by date."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from belugadesk.domain.models import AssistantDefinition
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.views.assistants.list_view import AssistantListPane
from belugadesk.views.assistants.picker import AssistantPicker
from belugadesk.views.folders.section import FolderSection
from belugadesk.views.icons import tinted_icon
from belugadesk.views.threads.list_view import ThreadListPanel

LIBRARY_SHARE = 0.3  # the open assistant library takes at most this share of the sidebar's height
NEW_CHAT_STYLE = (
    "QPushButton#newChat { background: palette(highlight); border: none; border-radius: 8px;"
    " padding: 6px 10px; text-align: left; }"
    "QPushButton#newChat:hover { background: palette(dark); }"
    "QPushButton#newChat:focus { border: 2px solid palette(highlighted-text); }"
)


class NewChatButton(QPushButton):
    """A prominent button: "New chat" over the name of the assistant it starts the chat with."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newChat")
        self.setStyleSheet(NEW_CHAT_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(self.tr("New chat"), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.title.setFont(font)
        self.assistant_label = QLabel(self)
        icon = QLabel(self)
        on_accent = self.palette().color(QPalette.ColorRole.HighlightedText)
        icon.setPixmap(tinted_icon("plus", on_accent).pixmap(20, 20))
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.title)
        texts.addWidget(self.assistant_label)
        layout = self._box = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(texts, 1)
        layout.addWidget(icon)
        for label in (self.title, self.assistant_label, icon):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setForegroundRole(QPalette.ColorRole.HighlightedText)
        self._with = ""
        self.show_assistant(None)

    def show_assistant(self, assistant: AssistantDefinition | None) -> None:
        name = assistant.name if assistant else ""
        self._with = (
            self.tr("with {name}").format(name=name) if assistant else self.tr("with no assistant yet")
        )
        self._elide()
        self.setAccessibleName(
            self.tr("New chat with {name}").format(name=name) if assistant else self.tr("New chat")
        )
        self.setToolTip(self.tr("Start a new chat with {name} (Ctrl+N)").format(name=name))

    def _elide(self) -> None:
        """A long assistant name ends in "…" within the button; the tooltip has it whole."""
        width = max(40, self.width() - 60)
        metrics = self.assistant_label.fontMetrics()
        self.assistant_label.setText(metrics.elidedText(self._with, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    # its size is its two lines' (a QPushButton measures only its own, empty, text), in the fonts in effect
    def sizeHint(self) -> QSize:
        return self._box.totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._box.totalMinimumSize()


class SidePane(QWidget):
    def __init__(self, vm: MainViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(self.tr("Sidebar"))
        self.assistants_pane = AssistantListPane(vm.assistants, self)
        self.assistant_list = self.assistants_pane.list
        self.assistant_picker = AssistantPicker(self.assistants_pane, self)

        self.new_chat_button = NewChatButton(self)

        self.folders_section = FolderSection(vm.folders, self)
        self.threads_panel = ThreadListPanel(vm, self)
        self.thread_list = self.threads_panel.list_view

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.threads_panel.search_row)
        layout.addWidget(self.new_chat_button)
        layout.addWidget(self.assistant_picker)
        layout.addWidget(self.folders_section)
        layout.addWidget(self.threads_panel, 1)
        panel, picker = self.threads_panel, self.assistant_picker
        chain = [
            panel.search_box,
            panel.filter_button,
            self.new_chat_button,
            picker.combo,
            picker.menu_button,
            self.assistants_pane.search,
            self.assistants_pane.sort,
            self.assistant_list,
            self.folders_section.header,
            self.folders_section.new_folder_button,
            self.folders_section.list_view,
            panel.assistant_filter,
            panel.show_archived,
            self.thread_list,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)  # reading order, top to bottom

        self.new_chat_button.clicked.connect(self._on_new_thread)
        vm.assistants.currentChanged.connect(self.new_chat_button.show_assistant)
        self.new_chat_button.show_assistant(vm.assistants.current)

    def _on_new_thread(self) -> None:
        self.thread_list.clearSelection()
        self.vm.new_thread()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.assistants_pane.setMaximumHeight(max(160, int(self.height() * LIBRARY_SHARE)))
