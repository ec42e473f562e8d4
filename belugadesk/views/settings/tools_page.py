"""Settings → Tools: the MCP servers, their status, and Add / Edit / Remove / Test / Restart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.mcp import McpServer
from belugadesk.viewmodels.settings.mcp_servers_vm import McpServersViewModel, ServerDraft, draft_of
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.icons import icon
from belugadesk.views.settings.mcp_server_dialog import McpServerDialog
from belugadesk.views.tone import set_tone


class ToolsDialogs(Questions):
    """What the Tools page asks; tests answer ``active``."""

    async def confirm_remove(self, server: McpServer) -> bool:
        return await self.confirm_destructive(
            QCoreApplication.translate("ToolsDialogs", "Remove MCP server"),
            QCoreApplication.translate("ToolsDialogs", "Remove the MCP server “{name}”?").format(
                name=server.name
            ),
            QCoreApplication.translate(
                "ToolsDialogs", "It is stopped, and its secrets are removed from the keyring."
            ),
            QCoreApplication.translate("ToolsDialogs", "&Remove"),
            QCoreApplication.translate("ToolsDialogs", "Remove server"),
        )


def _button(text: str, icon_name: str, tip: str, parent: QWidget) -> QPushButton:
    button = QPushButton(icon(icon_name), text, parent)
    button.setAccessibleName(text.replace("&", "").removesuffix("…"))
    button.setToolTip(tip)
    return button


class ToolsPage(QWidget):
    def __init__(self, vm: McpServersViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.questions = ToolsDialogs(self)
        self.editor: McpServerDialog | None = None
        intro = QLabel(
            self.tr(
                "MCP servers give assistants tools. Add a server here, then choose which assistant may "
                "use its "
                "tools in the assistant's form (Tools from MCP servers). Every call is shown to you "
                "before it "
                "runs."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(vm.model)
        self.table.setAccessibleName(self.tr("MCP servers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel(self)
        self.details.setAccessibleName(self.tr("Selected server"))
        self.details.setWordWrap(True)
        self.add_button = _button(self.tr("&Add…"), "plus", self.tr("Add an MCP server"), self)
        self.edit_button = _button(self.tr("&Edit…"), "pencil", self.tr("Change the selected server"), self)
        self.remove_button = _button(self.tr("Re&move"), "trash", self.tr("Remove the selected server"), self)
        self.test_button = _button(
            self.tr("&Test"), "check", self.tr("Start the selected server and list its tools"), self
        )
        self.restart_button = _button(
            self.tr("Re&start"), "refresh", self.tr("Stop the selected server and start it again"), self
        )
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.restart_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self.add_button.clicked.connect(self.add_server)
        self.edit_button.clicked.connect(self.edit_server)
        self.table.doubleClicked.connect(lambda _index: self.edit_server())
        self.remove_button.clicked.connect(self._remove)
        self.test_button.clicked.connect(self._test)
        self.restart_button.clicked.connect(self._restart)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        vm.model.modelReset.connect(self._show_selected)
        vm.model.dataChanged.connect(lambda *_: self._show_selected())
        vm.detailsChanged.connect(lambda _id: self._show_selected())
        vm.errorChanged.connect(self._on_error)
        vm.saved.connect(self.select)
        if vm.model.rows:
            self.table.selectRow(0)
        self._show_selected()

    def showEvent(self, event: QShowEvent) -> None:
        """A server may have stopped working (in a chat) while the page was hidden: its status is re-read."""
        super().showEvent(event)
        self.vm.model.refresh_status()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        rows = self.vm.model.rows
        return rows[index.row()].id if index.isValid() and index.row() < len(rows) else None

    def select(self, server_id: str) -> None:
        row = self.vm.model.row_of(server_id)
        if row >= 0:
            self.table.setCurrentIndex(self.vm.model.index(row, 0))

    def _show_selected(self) -> None:
        server_id = self.selected_id()
        for button in (self.edit_button, self.remove_button, self.test_button, self.restart_button):
            button.setEnabled(server_id is not None)
        if server_id is None:
            self.details.setText(self.tr("No server yet: Add one.") if not self.vm.model.rows else "")
            set_tone(self.details, "muted")
            return
        text, problem = self.vm.details(server_id)
        self.details.setText(text or self.vm.status_sentence(server_id))
        set_tone(self.details, "error" if problem else "muted")

    def add_server(self) -> McpServerDialog:
        return self._open(ServerDraft(name=""))

    def edit_server(self) -> McpServerDialog | None:
        server = self.vm.server(self.selected_id() or "")
        return None if server is None else self._open(draft_of(server))

    def _open(self, draft: ServerDraft) -> McpServerDialog:
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = McpServerDialog(self.vm, draft, self)
        self.editor.open()
        self.editor.name.setFocus()
        return self.editor

    def _remove(self) -> None:
        server = self.vm.server(self.selected_id() or "")
        if server is not None:
            self.vm.request_remove_asking(server.id, self.questions)

    def _test(self) -> None:
        server_id = self.selected_id()
        if server_id is not None:
            self.vm.request_test(server_id)

    def _restart(self) -> None:
        server_id = self.selected_id()
        if server_id is not None:
            self.vm.request_restart(server_id)

    def _on_error(self, message: str) -> None:
        shown = bool(message) and not (self.editor is not None and self.editor.isVisible())
        self.error_label.setText(message if shown else "")
        self.error_label.setVisible(shown)
