"""The assistant form's remote MCP servers, driven from the keyboard: typed, added, selected, edited and
removed, a wrong address said in a sentence; greyed with the reason on a backend that cannot run them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from belugadesk.domain.mcp_access import RemoteMcpServer
from belugadesk.domain.models import Backend
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import make_session, store_fixture  # noqa: F401
from tests.views.assistants.test_assistant_form_dialog import open_dialog
from tests.views.assistants.test_assistant_form_mcp import press


def session_for(qtbot: Any, store: AsyncStore, local_api: Any, backend: Backend) -> Iterator[Session]:
    made = make_session(store, local_api.base_url, backend=backend)
    yield made
    run_coro(qtbot, made.aclose())


@pytest.fixture
def responses(qtbot: Any, store: AsyncStore, local_api: Any) -> Iterator[Session]:
    yield from session_for(qtbot, store, local_api, Backend.RESPONSES)


@pytest.fixture
def chat(qtbot: Any, store: AsyncStore, local_api: Any) -> Iterator[Session]:
    yield from session_for(qtbot, store, local_api, Backend.CHAT_COMPLETIONS)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: widget.hasFocus())
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_servers_are_added_edited_and_removed_from_the_keyboard(
    qtbot: Any, loop: Any, responses: Session
) -> None:
    vm = AssistantFormViewModel(responses)
    dialog = open_dialog(qtbot, vm)
    press(qtbot, dialog.mcp_section.header)
    editor = dialog.remote_mcp
    assert editor.editor.isEnabled() and not editor.reason.isVisible()
    assert not editor.apply.isEnabled() and not editor.remove.isEnabled(), "nothing selected yet"

    type_into(qtbot, editor.label, "docs")
    type_into(qtbot, editor.url, "http://mcp.example.com/mcp")
    press(qtbot, editor.add)
    assert editor.problem.isVisible() and "https://" in editor.problem.text()
    assert vm.draft.remote_mcp == ()

    type_into(qtbot, editor.url, "https://mcp.example.com/mcp")
    type_into(qtbot, editor.tools, "search, fetch")
    press(qtbot, editor.ask)
    press(qtbot, editor.add)
    assert not editor.problem.isVisible()
    docs = RemoteMcpServer(
        server_label="docs",
        server_url="https://mcp.example.com/mcp",
        allowed_tools=("search", "fetch"),
        require_approval="never",
    )
    assert vm.draft.remote_mcp == (docs,) and editor.servers.count() == 1
    assert editor.servers.currentRow() == 0 and editor.apply.isEnabled()

    type_into(qtbot, editor.label, "local")
    type_into(qtbot, editor.url, "http://localhost:8765/mcp")
    type_into(qtbot, editor.tools, "")
    press(qtbot, editor.ask)
    press(qtbot, editor.add)
    local = RemoteMcpServer(server_label="local", server_url="http://localhost:8765/mcp")
    assert vm.draft.remote_mcp == (docs, local)

    press(qtbot, editor.servers, Qt.Key.Key_Up)
    assert editor.servers.currentRow() == 0 and editor.label.text() == "docs"
    assert editor.tools.toPlainText() == "search, fetch" and not editor.ask.isChecked()
    type_into(qtbot, editor.tools, "search")
    press(qtbot, editor.apply)
    edited = docs.model_copy(update={"allowed_tools": ("search",)})
    assert vm.draft.remote_mcp == (edited, local)
    assert "search;" in editor.servers.item(0).text()

    press(qtbot, editor.servers, Qt.Key.Key_Down)
    press(qtbot, editor.remove)
    assert vm.draft.remote_mcp == (edited,) and editor.servers.count() == 1

    vm.set_field("name", "Researcher")
    vm.set_field("model", "gpt-4o-mini")
    stored = run_coro(qtbot, vm.save())
    assert stored is not None and stored.remote_mcp == (edited,)
    reopened = open_dialog(qtbot, AssistantFormViewModel(responses, stored))
    assert reopened.mcp_section.expanded, "open: the assistant has a remote server"
    assert reopened.remote_mcp.servers.count() == 1


def test_greyed_with_the_reason_on_chat_completions(qtbot: Any, loop: Any, chat: Session) -> None:
    vm = AssistantFormViewModel(chat)
    dialog = open_dialog(qtbot, vm)
    dialog.mcp_section.set_expanded(True)
    editor = dialog.remote_mcp
    reason = vm.unavailable_reason("remote_mcp")
    assert reason.startswith("Remote MCP servers") and "Chat Completions" in reason
    assert not editor.editor.isEnabled() and not editor.add.isEnabled()
    assert editor.reason.isVisible() and editor.reason.text() == reason
    assert editor.servers.accessibleDescription() == reason
