"""The sidebar's compact assistant choice: a combo over the library's model, a menu with every assistant
action, and the full library (search, sort, tool badges) as a short section that opens on demand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QToolButton, QVBoxLayout, QWidget

from belugadesk.views.assistants.delegate import AssistantDelegate
from belugadesk.views.assistants.list_view import AssistantListPane
from belugadesk.views.icons import icon


class AssistantPicker(QWidget):
    def __init__(self, pane: AssistantListPane, parent: QWidget | None = None):
        super().__init__(parent)
        self.pane = pane
        vm = pane.vm

        self.combo = QComboBox(self)
        self.combo.setModel(vm.model)
        self.combo.setItemDelegate(AssistantDelegate(self.combo))  # the popup shows model and tool badges
        self.combo.setAccessibleName(self.tr("Assistant"))
        self.combo.setToolTip(self.tr("The assistant of new chats"))
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.library_action = QAction(self.tr("Assistant &library"), self)
        self.library_action.setCheckable(True)
        self.library_action.setToolTip(self.tr("Show every assistant with search, sorting and tool badges"))
        self.library_action.toggled.connect(self.show_library)
        self.menu = pane.fill_menu(QMenu(self))
        self.menu.setAccessibleName(self.tr("Assistant actions"))
        self.menu.addSeparator()
        self.menu.addAction(self.library_action)
        self.menu_button = QToolButton(self)
        self.menu_button.setIcon(icon("more"))
        self.menu_button.setAutoRaise(True)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # popped up by hand, not setMenu(): a menu owned by a focusable button would make the library
        # list's focus-only shortcuts (Del, Ctrl+D, F4) fire while that button has focus
        self.menu_button.clicked.connect(self.open_menu)
        self.menu_button.setAccessibleName(self.tr("Assistant actions"))
        self.menu_button.setToolTip(self.tr("New, edit, duplicate, delete, export and import assistants"))

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.combo, 1)
        row.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(pane)
        layout.addWidget(pane.notice)  # what just happened stays in view while the library is closed
        pane.hide()

        self.combo.activated.connect(vm.select_row)
        for signal in (vm.model.modelReset, vm.model.rowsInserted, vm.model.rowsRemoved):
            signal.connect(self._show_current)
        vm.currentChanged.connect(lambda _assistant: self._show_current())
        self._show_current()

    def open_menu(self) -> None:
        self.menu.popup(self.menu_button.mapToGlobal(self.menu_button.rect().bottomLeft()))

    def show_library(self, shown: bool) -> None:
        self.pane.setVisible(shown)
        if self.library_action.isChecked() != shown:
            self.library_action.setChecked(shown)
        if shown:
            self.pane.search.setFocus()

    def _show_current(self, *_args: object) -> None:
        current = self.pane.vm.current
        row = self.pane.vm.model.row_of(current.id) if current else -1
        if self.combo.currentIndex() != row:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(row)
            self.combo.blockSignals(False)
