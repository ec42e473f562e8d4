"""Settings → Tools: the MCP servers the person configured, their status, and Add/Edit/Remove/Test/Restart.

A server's definition goes to the settings file (``AppSettings.mcp_servers``) with the *names* of its secret
environment variables and headers only; their values go to the keyring (``McpServerAccess.store_secrets``,
off the UI thread).
"""

from __future__ import annotations

import asyncio
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from pydantic import SecretStr, ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.mcp import (
    HttpTransport,
    McpServer,
    McpServerState,
    McpServerStatus,
    SecretKind,
    StdioTransport,
)
from belugadesk.viewmodels.mcp_servers import McpServerAccess
from belugadesk.viewmodels.settings.state import SettingsState
from belugadesk.viewmodels.view_model import ViewModel

ModelIndex = QModelIndex | QPersistentModelIndex
ServerKind = Literal["stdio", "http"]
COLUMNS = (
    QT_TRANSLATE_NOOP("ServerTableModel", "Server"),
    QT_TRANSLATE_NOOP("ServerTableModel", "Kind"),
    QT_TRANSLATE_NOOP("ServerTableModel", "Status"),
)
KIND_TEXT = {
    "stdio": QT_TRANSLATE_NOOP("ServerTableModel", "Local program"),
    "http": QT_TRANSLATE_NOOP("ServerTableModel", "Web address"),
}


class RemoveQuestion(Protocol):
    async def confirm_remove(self, server: McpServer) -> bool: ...


@dataclass(frozen=True)
class Variable:
    """An environment variable (stdio) or a header (HTTP) as typed in the form.

    For a secret, ``value`` is a new value, or empty to keep the one already in the keyring.
    """

    name: str
    value: str = ""
    secret: bool = False


@dataclass(frozen=True)
class ServerDraft:
    """The server form's fields; ``server_id`` is the server being edited (None: a new one)."""

    name: str
    kind: ServerKind = "stdio"
    command: str = ""
    args: str = ""  # as typed, split like a shell line
    cwd: str = ""
    url: str = ""
    variables: tuple[Variable, ...] = ()
    server_id: str | None = None


def draft_of(server: McpServer) -> ServerDraft:
    """The form's fields for an existing server (secret values are not read: they stay in the keyring)."""
    transport = server.transport
    if isinstance(transport, StdioTransport):
        plain, secret = transport.env, transport.sensitive_env
        fields: dict[str, Any] = {
            "kind": "stdio",
            "command": transport.command,
            "args": shlex.join(transport.args),
            "cwd": transport.cwd or "",
        }
    else:
        plain, secret = transport.headers, transport.sensitive_headers
        fields = {"kind": "http", "url": transport.url}
    variables = tuple(Variable(name, value) for name, value in plain.items())
    variables += tuple(Variable(name, secret=True) for name in secret)
    return ServerDraft(name=server.name, variables=variables, server_id=server.id, **fields)


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    where = error.get("loc", ())
    if where and where[-1] == "command":
        return QCoreApplication.translate(
            "McpServersViewModel", "Enter the command that starts the server, e.g. npx or python."
        )
    if where and where[-1] == "name":
        return QCoreApplication.translate("McpServersViewModel", "Give the server a name.")
    return message or QCoreApplication.translate(
        "McpServersViewModel", "The server's settings are not valid."
    )


def build_server(
    draft: ServerDraft, previous: McpServer | None
) -> tuple[McpServer, dict[tuple[SecretKind, str], SecretStr], list[tuple[SecretKind, str]]]:
    """The server a draft describes, its new secret values, and the secrets kept as they are in the keyring.

    Raises ValueError with a sentence for the person.
    """
    kind: SecretKind = "env" if draft.kind == "stdio" else "header"
    what = "environment variable" if kind == "env" else "header"
    plain: dict[str, str] = {}
    secret_names: list[str] = []
    values: dict[tuple[SecretKind, str], SecretStr] = {}
    kept: list[tuple[SecretKind, str]] = []
    had = set(previous.secret_names()) if previous is not None else set()
    for variable in draft.variables:
        name = variable.name.strip()
        if not name:
            if variable.value.strip():
                raise ValueError(f"A {what} has a value but no name; name it or remove the row.")
            continue
        if name in plain or name in secret_names:
            raise ValueError(f"The {what} {name} is listed twice; keep one.")
        if not variable.secret:
            plain[name] = variable.value
            continue
        secret_names.append(name)
        if variable.value:
            values[(kind, name)] = SecretStr(variable.value)
        elif (kind, name) in had:
            kept.append((kind, name))
        else:
            raise ValueError(f"Enter a value for the secret {what} {name}.")
    try:
        transport: StdioTransport | HttpTransport
        if draft.kind == "stdio":
            try:
                args = tuple(shlex.split(draft.args))
            except ValueError:
                raise ValueError("The arguments have an unclosed quote; close it or remove it.") from None
            transport = StdioTransport(
                command=draft.command.strip(),
                args=args,
                cwd=draft.cwd.strip() or None,
                env=plain,
                sensitive_env=tuple(secret_names),
            )
        else:
            transport = HttpTransport(
                url=draft.url.strip(), headers=plain, sensitive_headers=tuple(secret_names)
            )
        fields: dict[str, Any] = {"name": draft.name.strip(), "transport": transport}
        if previous is not None:
            fields.update(id=previous.id, enabled=previous.enabled)
        server = McpServer(**fields)
    except ValidationError as exc:
        raise ValueError(_first_error(exc)) from None
    return server, values, kept


class ServerTableModel(QAbstractTableModel):
    """The configured servers: name, kind and status (the status's sentence as its tool tip)."""

    def __init__(self, owner: McpServersViewModel):
        super().__init__(owner)
        self.owner = owner
        self.rows: list[McpServer] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        server = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return server.name
            if column == 1:
                return self.tr(KIND_TEXT[server.transport.type])
            return self.owner.status_text(server.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.owner.status_sentence(server.id)
        return None

    def load(self, servers: Sequence[McpServer]) -> None:
        self.beginResetModel()
        self.rows = list(servers)
        self.endResetModel()

    def refresh_status(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.rows) - 1, 2))

    def row_of(self, server_id: str) -> int:
        return next((i for i, s in enumerate(self.rows) if s.id == server_id), -1)


class McpServersViewModel(ViewModel):
    """Settings → Tools. ``saved(server id)`` when the form's server was saved; ``detailsChanged(server id)``
    when a server's Test or Restart has something to show."""

    saved = Signal(str)
    detailsChanged = Signal(str)

    def __init__(self, state: SettingsState, access: McpServerAccess, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.access = access
        self.model = ServerTableModel(self)
        self.model.load(state.settings.mcp_servers)
        # server id -> (text, is a problem, the server's problem sentence when the text was set)
        self._details: dict[str, tuple[str, bool, str | None]] = {}
        self._started: set[str] = set()  # servers seen running while this page was open

    # --- status --------------------------------------------------------------------------------------

    def status(self, server_id: str) -> McpServerStatus:
        status = self.access.status(server_id)
        if status.state in (McpServerState.RUNNING, McpServerState.FAILED):
            self._started.add(server_id)
        return status

    def status_text(self, server_id: str) -> str:
        status = self.status(server_id)
        if status.state is McpServerState.STOPPED:
            return self.tr("Stopped") if server_id in self._started else self.tr("Not started")
        return {
            McpServerState.STARTING: "Starting…",
            McpServerState.RUNNING: "Running",
            McpServerState.FAILED: "Failed",
        }[status.state]

    def status_sentence(self, server_id: str) -> str:
        status = self.status(server_id)
        if status.problem:
            return status.problem
        if status.state is McpServerState.STOPPED and server_id not in self._started:
            return self.tr("Not started: a server starts when an assistant first uses it, or with Test.")
        return self.status_text(server_id)

    def details(self, server_id: str) -> tuple[str, bool]:
        """What Test or Restart found for a server (the tools it lists, or the sentence why not); a problem
        that came after it (the server stopped working in a chat) is shown instead."""
        status = self.status(server_id)
        found = self._details.get(server_id)
        if found is not None and found[2] == status.problem:
            return found[0], found[1]
        if status.problem:
            return status.problem, True
        return (found[0], found[1]) if found is not None else ("", False)

    def server(self, server_id: str) -> McpServer | None:
        return self.state.settings.mcp_server(server_id)

    # --- Test and Restart ----------------------------------------------------------------------------

    def request_test(self, server_id: str) -> None:
        self.start(self.test(server_id), failure=self.tr("The server could not be tested."))

    async def test(self, server_id: str) -> None:
        """Start the server (if it is not running) and list its tools, or say why it could not."""
        self._set_details(server_id, self.tr("Starting the server and listing its tools…"), False)
        catalog = await self.access.manager().list_tools([server_id])
        problem = catalog.problems.get(server_id)
        if problem is not None:
            self._set_details(server_id, problem, True)
            return
        names = [tool.name for tool in catalog.tools if tool.server_id == server_id]
        if not names:
            self._set_details(server_id, self.tr("The server runs but lists no tools."), False)
        else:
            listed = self.tr("%n tool(s): {names}", "", len(names)).format(names=", ".join(names))
            self._set_details(server_id, listed, False)

    def request_restart(self, server_id: str) -> None:
        self.start(self.restart(server_id), failure=self.tr("The server could not be restarted."))

    async def restart(self, server_id: str) -> None:
        self._set_details(server_id, self.tr("Restarting the server…"), False)
        status = await self.access.manager().restart(server_id)
        if status.problem:
            self._set_details(server_id, status.problem, True)
        else:
            await self.test(server_id)

    def _set_details(self, server_id: str, text: str, problem: bool) -> None:
        self._details[server_id] = (text, problem, self.access.status(server_id).problem)
        self.model.refresh_status()
        self.detailsChanged.emit(server_id)

    # --- Add, Edit, Remove ---------------------------------------------------------------------------

    def request_save(self, draft: ServerDraft) -> None:
        self.start(self.save(draft), failure=self.tr("The MCP server was not saved."))

    async def save(self, draft: ServerDraft) -> bool:
        """Check the draft, put its secrets in the keyring, save the definition; False with a sentence."""
        self.clear_error()
        previous = self.server(draft.server_id) if draft.server_id else None
        try:
            server, values, kept = build_server(draft, previous)
        except ValueError as exc:
            self.set_error(str(exc))
            return False

        def keyring() -> None:
            self.access.store_secrets(server, dict(values), kept=kept)
            if previous is not None:
                self.access.forget_secrets(previous, keep=server.secret_names())

        await asyncio.to_thread(keyring)
        await self._commit(self.state.settings.with_mcp_server(server).mcp_servers)
        self._details.pop(server.id, None)
        self.saved.emit(server.id)
        return True

    def request_remove_asking(self, server_id: str, ask: RemoveQuestion) -> None:
        self.start(self.remove(server_id, ask), failure=self.tr("The MCP server was not removed."))

    async def remove(self, server_id: str, ask: RemoveQuestion) -> bool:
        """Ask, stop the server, forget its definition and its secrets."""
        server = self.server(server_id)
        if server is None or not await ask.confirm_remove(server):
            return False
        self.clear_error()
        await self._commit(self.state.settings.without_mcp_server(server_id).mcp_servers)
        await asyncio.to_thread(self.access.forget_secrets, server)
        self._details.pop(server_id, None)
        return True

    async def _commit(self, servers: tuple[McpServer, ...]) -> None:
        await self.state.change(mcp_servers=servers)
        self.model.load(self.state.settings.mcp_servers)
        await self.access.apply(self.state.settings.mcp_servers)
        self.model.refresh_status()
