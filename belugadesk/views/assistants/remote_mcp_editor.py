"""The "Remote MCP servers" part of the assistant form's MCP section: the MCP servers the Responses API
calls itself (``AssistantDefinition.remote_mcp``). A list with Add, Save changes and Remove; each server
has a label, an address, the tools it may use and whether each call waits for the person. Greyed, with the
reason, on a backend that cannot run them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.mcp_access import RemoteMcpServer
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel, RemoteEntry, entry_for
from belugadesk.views.icons import icon
from belugadesk.views.tone import set_tone


def describe(server: RemoteMcpServer) -> str:
    tools = (
        QCoreApplication.translate("RemoteMcpEditor", "all tools")
        if server.allowed_tools is None
        else ", ".join(server.allowed_tools)
    )
    asks = (
        QCoreApplication.translate("RemoteMcpEditor", "asks before each call")
        if server.require_approval == "always"
        else QCoreApplication.translate("RemoteMcpEditor", "runs calls without asking")
    )
    return f"{server.server_label} — {server.server_url} ({tools}; {asks})"


class RemoteMcpEditor(QWidget):
    def __init__(self, vm: AssistantFormViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.heading = QLabel(self.tr("Remote MCP &servers (the API calls them itself)"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.editor = QWidget(self)
        self.servers = QListWidget(self.editor)
        self.servers.setAccessibleName(self.tr("Remote MCP servers of this assistant"))
        self.servers.setMaximumHeight(96)
        self.label = QLineEdit(self.editor)
        self.label.setAccessibleName(self.tr("Remote server label"))
        self.label.setPlaceholderText("docs_search")
        self.url = QLineEdit(self.editor)
        self.url.setAccessibleName(self.tr("Remote server URL"))
        self.url.setPlaceholderText("https://mcp.example.com/mcp")
        self.tools = QPlainTextEdit(self.editor)
        self.tools.setAccessibleName(self.tr("Allowed tools of the remote server"))
        self.tools.setAccessibleDescription(
            self.tr("Tool names separated by commas or lines; empty: all its tools")
        )
        self.tools.setPlaceholderText(self.tr("Empty: all its tools. Or names separated by commas or lines."))
        self.tools.setTabChangesFocus(True)
        self.tools.setMaximumHeight(60)
        self.ask = QCheckBox(self.tr("Ask before each call"), self.editor)
        self.ask.setAccessibleName(self.tr("Ask before each call of the remote server"))
        self.ask.setChecked(True)
        self.add = QPushButton(icon("plus"), self.tr("Add server"), self.editor)
        self.add.setAccessibleName(self.tr("Add remote server"))
        self.apply = QPushButton(self.tr("Save changes"), self.editor)
        self.apply.setAccessibleName(self.tr("Save changes to the selected remote server"))
        self.remove = QPushButton(icon("trash"), self.tr("Remove"), self.editor)
        self.remove.setAccessibleName(self.tr("Remove the selected remote server"))
        self.problem = QLabel(self.editor)
        self.problem.setAccessibleName(self.tr("Remote server problem"))
        self.problem.setWordWrap(True)
        set_tone(self.problem, "error")
        self.problem.hide()

        fields = QFormLayout()
        for text, widget in (
            (self.tr("Label"), self.label),
            (self.tr("URL"), self.url),
            (self.tr("Allowed tools"), self.tools),
        ):
            caption = QLabel(text, self.editor)
            caption.setBuddy(widget)
            fields.addRow(caption, widget)
        fields.addRow("", self.ask)
        buttons = QHBoxLayout()
        for button in (self.add, self.apply, self.remove):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QVBoxLayout(self.editor)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.servers)
        inner.addLayout(fields)
        inner.addLayout(buttons)
        inner.addWidget(self.problem)
        self.heading.setBuddy(self.servers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        self.reason = QLabel(vm.unavailable_reason("remote_mcp"), self)
        self.reason.setObjectName("unavailable_remote_mcp")
        self.reason.setAccessibleName(self.tr("Why remote MCP servers are unavailable"))
        self.reason.setWordWrap(True)
        set_tone(self.reason, "muted")
        self.reason.setVisible(bool(self.reason.text()))
        self.editor.setEnabled(not self.reason.text())
        if self.reason.text():
            self.servers.setAccessibleDescription(self.reason.text())
            self.servers.setToolTip(self.reason.text())
        layout.addWidget(self.reason)
        layout.addWidget(self.editor)

        self.servers.currentRowChanged.connect(self._select)
        self.add.clicked.connect(lambda: self._save(None))
        self.apply.clicked.connect(lambda: self._save(self.servers.currentRow()))
        self.remove.clicked.connect(lambda: vm.remove_remote_server(self.servers.currentRow()))
        vm.fieldChanged.connect(lambda key: self.load() if key == "remote_mcp" else None)
        vm.loaded.connect(self.load)
        self.load()

    def entry(self) -> RemoteEntry:
        return RemoteEntry(self.label.text(), self.url.text(), self.tools.toPlainText(), self.ask.isChecked())

    def load(self) -> None:
        """Show the draft's servers; the fields keep what is typed unless a server is selected."""
        row = self.servers.currentRow()
        self.servers.blockSignals(True)
        self.servers.clear()
        for server in self.vm.draft.remote_mcp:
            self.servers.addItem(describe(server))
        self.servers.blockSignals(False)
        count = self.servers.count()
        self.servers.setCurrentRow(min(row, count - 1) if row >= 0 else -1)
        self._show_selection()

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.vm.draft.remote_mcp):
            entry = entry_for(self.vm.draft.remote_mcp[row])
            self.label.setText(entry.label)
            self.url.setText(entry.url)
            self.tools.setPlainText(entry.tools_text)
            self.ask.setChecked(entry.ask)
        self._show_selection()

    def _show_selection(self) -> None:
        selected = self.servers.currentRow() >= 0
        self.apply.setEnabled(selected)
        self.remove.setEnabled(selected)

    def _save(self, index: int | None) -> None:
        problem = self.vm.save_remote_server(self.entry(), index)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            return
        if index is None:
            self.servers.setCurrentRow(self.servers.count() - 1)
