"""The form of one MCP server (Settings → Tools → Add or Edit): a local program (stdio) or a web address
(streamable HTTP), with environment variables or headers, each of which may be a secret (kept in the keyring,
typed masked)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.viewmodels.settings.mcp_servers_vm import (
    McpServersViewModel,
    ServerDraft,
    ServerKind,
    Variable,
)
from belugadesk.views.icons import icon
from belugadesk.views.tone import set_tone

KINDS: tuple[tuple[ServerKind, str], ...] = (
    ("stdio", QT_TRANSLATE_NOOP("McpServerDialog", "Local program (stdio)")),
    ("http", QT_TRANSLATE_NOOP("McpServerDialog", "Web address (streamable HTTP)")),
)
KEPT_SECRET = QT_TRANSLATE_NOOP("McpServerDialog", "kept in the keyring; type to replace")


class VariableRow(QWidget):
    """One environment variable or header: name, value and its "Secret" switch (a secret is typed masked)."""

    def __init__(self, what: str, variable: Variable, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit(variable.name, self)
        self.name.setPlaceholderText("name")
        self.name.setAccessibleName(self.tr("{what} name").format(what=what))
        self.value = QLineEdit(variable.value, self)
        self.value.setAccessibleName(self.tr("{what} value").format(what=what))
        self.secret = QCheckBox(self.tr("Secret"), self)
        self.secret.setAccessibleName(self.tr("{what} is a secret").format(what=what))
        self.secret.setToolTip(self.tr("Keep the value in the system keyring, never in the settings file"))
        self.secret.setChecked(variable.secret)
        if variable.secret and not variable.value:
            self.value.setPlaceholderText(QCoreApplication.translate("McpServerDialog", KEPT_SECRET))
        self.remove = QPushButton(icon("trash"), "", self)
        self.remove.setAccessibleName(self.tr("Remove {what}").format(what=what.lower()))
        self.remove.setToolTip(self.tr("Remove this {what}").format(what=what.lower()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 2)
        row.addWidget(self.value, 3)
        row.addWidget(self.secret)
        row.addWidget(self.remove)
        self.secret.toggled.connect(self._mask)
        self._mask(variable.secret)

    def _mask(self, secret: bool) -> None:
        self.value.setEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)

    def variable(self) -> Variable:
        return Variable(self.name.text(), self.value.text(), self.secret.isChecked())


class VariablesEditor(QWidget):
    """The rows of environment variables (stdio) or headers (HTTP), with an Add button."""

    def __init__(self, what: str, variables: tuple[Variable, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.what = what
        self.rows: list[VariableRow] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("plus"), self.tr("Add {what}").format(what=what.lower()), self)
        self.add_button.setAccessibleName(self.tr("Add {what}").format(what=what.lower()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self._add_empty)
        for variable in variables:
            self.add(variable)

    def _add_empty(self) -> None:
        self.add(Variable("")).name.setFocus()

    def add(self, variable: Variable) -> VariableRow:
        row = VariableRow(self.what, variable, self)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def _remove(self, row: VariableRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.add_button.setFocus()

    def variables(self) -> tuple[Variable, ...]:
        return tuple(row.variable() for row in self.rows)


class McpServerDialog(QDialog):
    """Add or edit one server; Save hands the fields to the view-model, which closes the form when saved."""

    def __init__(self, vm: McpServersViewModel, draft: ServerDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.server_id = draft.server_id
        title = self.tr("Edit MCP server") if draft.server_id else self.tr("Add MCP server")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(620, 420)
        self.name = QLineEdit(draft.name, self)
        self.name.setAccessibleName(self.tr("Server name"))
        self.name.setPlaceholderText(self.tr("e.g. Files"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("How to reach the server"))
        for kind, text in KINDS:
            self.kind.addItem(self.tr(text), kind)
        self.command = QLineEdit(draft.command, self)
        self.command.setAccessibleName(self.tr("Command"))
        self.command.setPlaceholderText(self.tr("e.g. npx, uvx or python"))
        self.args = QLineEdit(draft.args, self)
        self.args.setAccessibleName(self.tr("Arguments"))
        self.args.setPlaceholderText(
            self.tr("as on a command line, e.g. -y @modelcontextprotocol/server-filesystem ~/Notes")
        )
        self.cwd = QLineEdit(draft.cwd, self)
        self.cwd.setAccessibleName(self.tr("Working folder"))
        self.cwd.setPlaceholderText("optional")
        self.url = QLineEdit(draft.url, self)
        self.url.setAccessibleName(self.tr("Server URL"))
        self.url.setPlaceholderText("https://example.com/mcp")
        stdio_vars = draft.variables if draft.kind == "stdio" else ()
        http_vars = draft.variables if draft.kind == "http" else ()
        self.env = VariablesEditor(self.tr("Environment variable"), stdio_vars, self)
        self.headers = VariablesEditor(self.tr("Header"), http_vars, self)
        stdio_page = QWidget(self)
        stdio_form = QFormLayout(stdio_page)
        stdio_form.setContentsMargins(0, 0, 0, 0)
        stdio_form.addRow(self.tr("&Command"), self.command)
        stdio_form.addRow(self.tr("&Arguments"), self.args)
        stdio_form.addRow(self.tr("&Working folder"), self.cwd)
        stdio_form.addRow(self.tr("Environment"), self.env)
        http_page = QWidget(self)
        http_form = QFormLayout(http_page)
        http_form.setContentsMargins(0, 0, 0, 0)
        http_form.addRow(self.tr("&URL"), self.url)
        http_form.addRow(self.tr("Headers"), self.headers)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(stdio_page)
        self.pages.addWidget(http_page)
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.kind.setCurrentIndex(0 if draft.kind == "stdio" else 1)
        note = QLabel(
            self.tr("Values marked Secret go to the system keyring, never to the settings file."), self
        )
        note.setWordWrap(True)
        set_tone(note, "muted")
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save server"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Reach it as"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages)
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        vm.errorChanged.connect(self._on_error)
        vm.saved.connect(self._on_saved)
        vm.clear_error()

    def draft(self) -> ServerDraft:
        kind: ServerKind = self.kind.currentData()
        return ServerDraft(
            name=self.name.text(),
            kind=kind,
            command=self.command.text(),
            args=self.args.text(),
            cwd=self.cwd.text(),
            url=self.url.text(),
            variables=(self.env if kind == "stdio" else self.headers).variables(),
            server_id=self.server_id,
        )

    def _save(self) -> None:
        self.vm.request_save(self.draft())

    def _on_error(self, message: str) -> None:
        if self.isVisible():
            self.error_label.setText(message)
            self.error_label.setVisible(bool(message))

    def _on_saved(self, server_id: str) -> None:
        if self.isVisible() and (self.server_id is None or self.server_id == server_id):
            self.vm.errorChanged.disconnect(self._on_error)
            self.vm.saved.disconnect(self._on_saved)
            self.accept()
