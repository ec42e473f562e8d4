"""The assistant form's "Tools from MCP servers" section: per configured server, a checkbox for all its tools,
"Show tools" (which starts the server) and then a checkbox and an approval choice per tool, and whether tools
the server marks read-only run without asking. Closed unless the assistant uses MCP tools."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.mcp import McpServer
from belugadesk.viewmodels.assistants.mcp_grants_vm import NO_SERVERS, McpGrantsViewModel
from belugadesk.views.collapsible import CollapsibleSection
from belugadesk.views.icons import icon
from belugadesk.views.tone import set_tone

APPROVALS = (
    (QT_TRANSLATE_NOOP("ToolRow", "Ask first"), False),
    (QT_TRANSLATE_NOOP("ToolRow", "Always allow"), True),
)


class ToolRow:
    """One listed tool: may the assistant use it, and does a call wait for approval."""

    def __init__(
        self, parent: QWidget, grid: QGridLayout, row: int, name: str, description: str, read_only: bool
    ):
        label = f"{name} (read-only)" if read_only else name
        self.use = QCheckBox(label, parent)
        self.use.setAccessibleName(QCoreApplication.translate("ToolRow", "Use {name}").format(name=name))
        self.use.setToolTip(description or name)
        self.approval = QComboBox(parent)
        self.approval.setAccessibleName(
            QCoreApplication.translate("ToolRow", "Approval for {name}").format(name=name)
        )
        self.approval.setToolTip(
            QCoreApplication.translate(
                "ToolRow", "Ask before each call, or let calls of this tool run without asking"
            )
        )
        for text, always in APPROVALS:
            self.approval.addItem(QCoreApplication.translate("ToolRow", text), always)
        grid.addWidget(self.use, row, 0)
        grid.addWidget(self.approval, row, 1)


class ServerBlock(QWidget):
    def __init__(self, vm: McpGrantsViewModel, server: McpServer, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.server = server
        self.use_all = QCheckBox(self.tr("{name}: all its tools").format(name=server.name), self)
        self.use_all.setAccessibleName(self.tr("Use all tools of {name}").format(name=server.name))
        self.use_all.setToolTip(self.tr("The assistant may use every tool this server offers, now and later"))
        self.show_tools = QPushButton(icon("search"), self.tr("Show tools"), self)
        self.show_tools.setAccessibleName(self.tr("Show the tools of {name}").format(name=server.name))
        self.show_tools.setToolTip(
            self.tr("Lists the server's tools; this starts the server if it is not running")
        )
        self.read_only = QCheckBox(self.tr("Run read-only tools without asking"), self)
        self.read_only.setAccessibleName(
            self.tr("Run read-only tools of {name} without asking").format(name=server.name)
        )
        self.read_only.setToolTip(
            self.tr("Tools the server marks as read-only run without asking for approval")
        )
        self.state = QLabel(self)
        self.state.setAccessibleName(self.tr("Tools of {name}").format(name=server.name))
        self.state.setWordWrap(True)
        self.tools_grid = QGridLayout()
        self.tools_grid.setContentsMargins(24, 0, 0, 0)
        self.tools_grid.setColumnStretch(2, 1)  # the name and the approval choice stay side by side
        self.tool_rows: dict[str, ToolRow] = {}
        top = QHBoxLayout()
        top.addWidget(self.use_all, 1)
        top.addWidget(self.show_tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.read_only)
        layout.addWidget(self.state)
        layout.addLayout(self.tools_grid)
        self.use_all.clicked.connect(lambda: vm.set_server_granted(server.id, vm.granted(server.id) != "all"))
        self.read_only.toggled.connect(lambda on: vm.set_read_only_without_asking(server.id, on))
        self.show_tools.clicked.connect(lambda: vm.request_listing(server.id))
        self.show_listing()

    def show_listing(self) -> None:
        listing = self.vm.listing(self.server.id)
        for row in self.tool_rows.values():
            for widget in (row.use, row.approval):
                self.tools_grid.removeWidget(widget)
                widget.deleteLater()
        self.tool_rows = {}
        texts = {
            "unlisted": self.tr("Show tools to choose single tools (this starts the server)."),
            "listing": self.tr("Starting the server and listing its tools…"),
            "listed": self.tr("It lists no tools.") if not listing.tools else "",
            "failed": listing.problem,
        }
        self.state.setText(texts[listing.state])
        self.state.setVisible(bool(texts[listing.state]))
        set_tone(self.state, "error" if listing.state == "failed" else "muted")
        self.show_tools.setEnabled(listing.state != "listing")
        for index, tool in enumerate(listing.tools):
            row = ToolRow(self, self.tools_grid, index, tool.name, tool.description, tool.read_only)
            name = tool.name
            row.use.toggled.connect(lambda on, name=name: self.vm.set_tool_granted(self.server.id, name, on))
            row.approval.currentIndexChanged.connect(
                lambda i, row=row, name=name: self.vm.set_always_allowed(
                    self.server.id, name, bool(row.approval.itemData(i))
                )
            )
            self.tool_rows[name] = row
        self.show_grant()

    def show_grant(self) -> None:
        server_id = self.server.id
        granted = self.vm.granted(server_id)
        grant = self.vm.grant(server_id)
        with QSignalBlocker(self.use_all):
            state = {"all": Qt.CheckState.Checked, "some": Qt.CheckState.PartiallyChecked}
            self.use_all.setCheckState(state.get(granted, Qt.CheckState.Unchecked))
        with QSignalBlocker(self.read_only):
            self.read_only.setChecked(grant is not None and grant.read_only_without_asking)
        self.read_only.setEnabled(grant is not None)
        for name, row in self.tool_rows.items():
            used = self.vm.tool_granted(server_id, name)
            with QSignalBlocker(row.use):
                row.use.setChecked(used)
            with QSignalBlocker(row.approval):
                row.approval.setCurrentIndex(1 if self.vm.always_allowed(server_id, name) else 0)
            row.approval.setEnabled(used)


class McpToolsSection(CollapsibleSection):
    def __init__(self, vm: McpGrantsViewModel, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("McpToolsSection", "Too&ls from MCP servers"),
            QCoreApplication.translate(
                "McpToolsSection",
                "Which tools of the MCP servers (Settings → Tools) this assistant may use, and which "
                "calls run "
                "without asking",
            ),
            parent,
            expanded=vm.uses_servers(),
        )
        self.vm = vm
        self.blocks: dict[str, ServerBlock] = {}
        layout = QVBoxLayout()
        intro = QLabel(
            QCoreApplication.translate("McpGrantsViewModel", NO_SERVERS)
            if not vm.servers
            else self.tr("Each call of a tool is shown to you before it runs, unless you allow it here."),
            self.content,
        )
        intro.setWordWrap(True)
        set_tone(intro, "muted")
        layout.addWidget(intro)
        for server in vm.servers:
            block = ServerBlock(vm, server, self.content)
            self.blocks[server.id] = block
            layout.addWidget(block)
        self.set_content_layout(layout)
        vm.grantsChanged.connect(lambda _grants: self._show_grants())
        vm.listingChanged.connect(self._show_listing)

    def _show_grants(self) -> None:
        for block in self.blocks.values():
            block.show_grant()

    def _show_listing(self, server_id: str) -> None:
        block = self.blocks.get(server_id)
        if block is not None:
            block.show_listing()
