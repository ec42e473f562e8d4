"""The assistant form's "Tools from MCP servers" section, with real MCP servers: closed unless the assistant
uses MCP tools; "Show tools" starts a server and lists its tools (or shows the sentence why not); the
checkboxes and approval choices, driven from the keyboard, become the assistant's stored grants."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from belugadesk.credentials import ApiKeys, McpSecrets
from belugadesk.domain.mcp import McpServer, StdioTransport
from belugadesk.domain.mcp_access import Approval, McpToolGrant
from belugadesk.services.mcp_tools import McpTools
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.viewmodels.assistants.mcp_grants_vm import NO_SERVERS
from belugadesk.viewmodels.session import Session
from tests.mcp_support import stdio_server
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import session_fixture, store_fixture  # noqa: F401
from tests.views.assistants.test_assistant_form_dialog import open_dialog


@pytest.fixture
def tools(qtbot: Any, loop: Any, session: Session, tmp_path: Path) -> Iterator[McpTools]:
    broken = tmp_path / "broken_server.py"
    broken.write_text("import sys\nsys.exit(3)\n", encoding="utf-8")
    servers = (
        stdio_server("Test tools"),
        McpServer(name="Broken", transport=StdioTransport(command=sys.executable, args=(str(broken),))),
    )
    made = McpTools(McpSecrets(ApiKeys(keyring.backends.fail.Keyring(), environ={})), servers)
    session.mcp = made
    yield made
    run_coro(qtbot, made.aclose())


def press(qtbot: Any, widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    """Reach ``widget`` with the keyboard focus and press ``key`` on it."""
    assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, (
        f"{widget.accessibleName()} is not reachable by Tab"
    )
    assert widget.accessibleName(), "every control has an accessible name"
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, key)


def test_tools_are_listed_on_request_and_the_choices_are_saved_as_grants(
    qtbot: Any, session: Session, tools: McpTools
) -> None:
    good, broken = tools.servers
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    section = dialog.mcp_section
    assert not section.expanded, "closed: the assistant uses no MCP tools"
    press(qtbot, section.header)
    assert section.expanded
    block = section.blocks[good.id]
    assert "starts the server" in block.state.text()
    assert tools.status(good.id).state == "stopped", "nothing starts before the person asks"

    press(qtbot, block.show_tools)
    qtbot.waitUntil(lambda: len(block.tool_rows) == 8, timeout=30_000)
    assert not block.state.isVisible()
    add = block.tool_rows["add"]
    assert add.use.text() == "add (read-only)" and not add.approval.isEnabled()
    failing = section.blocks[broken.id]
    press(qtbot, failing.show_tools)
    qtbot.waitUntil(lambda: "Broken" in failing.state.text(), timeout=30_000)
    assert failing.state.property("tone") == "error" and failing.tool_rows == {}

    press(qtbot, add.use)
    assert vm.draft.mcp_tools == (McpToolGrant(server_id=good.id, tools=("add",)),)
    assert block.use_all.checkState() == Qt.CheckState.PartiallyChecked
    assert add.approval.isEnabled()
    press(qtbot, add.approval, Qt.Key.Key_Down)
    assert add.approval.currentText() == "Always allow"
    press(qtbot, block.read_only)
    press(qtbot, block.tool_rows["pid"].use)
    expected = McpToolGrant(
        server_id=good.id,
        tools=("add", "pid"),
        approval={"add": Approval.ALWAYS_ALLOW},
        read_only_without_asking=True,
    )
    assert vm.draft.mcp_tools == (expected,)
    assert vm.dirty

    vm.set_field("name", "Calculator")
    vm.set_field("model", "gpt-4o-mini")
    stored = run_coro(qtbot, vm.save())
    assert stored is not None and stored.mcp_tools == (expected,)

    reopened = open_dialog(qtbot, AssistantFormViewModel(session, stored))
    assert reopened.mcp_section.expanded, "open: the assistant uses MCP tools"
    again = reopened.mcp_section.blocks[good.id]
    assert again.use_all.checkState() == Qt.CheckState.PartiallyChecked and again.read_only.isChecked()


def test_the_whole_server_or_all_but_one_tool(qtbot: Any, session: Session, tools: McpTools) -> None:
    good, _broken = tools.servers
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    block = dialog.mcp_section.blocks[good.id]
    dialog.mcp_section.set_expanded(True)
    press(qtbot, block.use_all)
    assert vm.draft.mcp_tools == (McpToolGrant(server_id=good.id),), "all its tools, now and later"
    assert block.read_only.isEnabled()
    run_coro(qtbot, vm.mcp.list_tools(good.id), timeout=30_000)
    assert all(row.use.isChecked() for row in block.tool_rows.values())
    press(qtbot, block.tool_rows["crash"].use)
    (grant,) = vm.draft.mcp_tools
    assert grant.tools is not None and "crash" not in grant.tools and len(grant.tools) == 7
    press(qtbot, block.use_all)
    assert vm.draft.mcp_tools == (McpToolGrant(server_id=good.id),)
    press(qtbot, block.use_all)
    assert vm.draft.mcp_tools == ()
    assert not vm.dirty, "back to no grant: nothing to save"


def test_without_servers_the_section_says_where_to_add_one(qtbot: Any, session: Session) -> None:
    dialog = open_dialog(qtbot, AssistantFormViewModel(session))
    section = dialog.mcp_section
    section.set_expanded(True)
    assert section.blocks == {}
    local = [
        label.text()
        for label in section.content.findChildren(QLabel)
        if not dialog.remote_mcp.isAncestorOf(label)  # the remote servers' part needs no local server
    ]
    assert local == [NO_SERVERS]
