"""The MCP approval dialog with real widgets, in the real chat view over the view-model, the SDK, the local
API and a real MCP server (``tests/mcp_tool_server.py``): approved from the keyboard, edited, denied with a
message; the call shown as a collapsible tool block."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication

from belugadesk.bridge.mcp import McpManager
from belugadesk.domain.mcp_access import McpToolGrant, RemoteMcpServer
from belugadesk.domain.mcp_approval import ApprovalChoice, ApprovalRequest
from belugadesk.domain.models import AssistantDefinition, ToolCallPart
from belugadesk.views.chat.app_links import action_href
from belugadesk.views.chat.chat_view import ChatView
from belugadesk.views.chat.message_html import TOGGLE
from belugadesk.views.chat.tool_approval import ToolApprovalDialog
from tests.mcp_support import ManagerAccess, stdio_server
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import close_chat, make_chat
from tests.views.chat.test_chat_view import open_view, shown_html


@pytest.fixture(name="view")
def view_fixture(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> Iterator[ChatView]:
    server = stdio_server()
    manager = McpManager([server])
    helper = AssistantDefinition(
        id="asst-mcp", name="Tools", model="gpt-4.1-mini", mcp_tools=(McpToolGrant(server_id=server.id),)
    )
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", helper)
    vm.session.mcp = ManagerAccess(manager)  # type: ignore[assignment]
    try:
        yield open_view(qtbot, vm)
    finally:
        close_chat(qtbot, vm)
        run_coro(qtbot, manager.aclose(), timeout=20_000)


def ask(qtbot: Any, view: ChatView, text: str) -> tuple[Any, ToolApprovalDialog]:
    """Send ``text`` and wait for the approval dialog; the send's task and the dialog."""
    task = view.vm.start(view.vm.send(text))
    qtbot.waitUntil(lambda: isinstance(view.questions.active, ToolApprovalDialog), timeout=20_000)
    dialog = view.questions.active
    assert isinstance(dialog, ToolApprovalDialog)
    qtbot.waitExposed(dialog)
    return task, dialog


def the_call(view: ChatView) -> ToolCallPart:
    return next(p for p in view.vm.messages.messages[-1].parts if isinstance(p, ToolCallPart))


def test_approved_from_the_keyboard_and_shown_as_a_collapsible_tool_block(qtbot: Any, view: ChatView) -> None:
    task, dialog = ask(qtbot, view, "call test_tools__add")
    assert dialog.isModal() and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert "add" in dialog.windowTitle() and json.loads(dialog.arguments.toPlainText()) == {"a": 1, "b": 1}
    assert QApplication.focusWidget() is dialog.once_button
    names = {w.accessibleName() for w in (dialog.arguments, dialog.message, dialog.hint, dialog.deny_button)}
    assert names == {"Arguments", "Message to the assistant", "Arguments check", "Deny"}
    qtbot.keyClick(dialog.once_button, Qt.Key.Key_Space)
    qtbot.waitUntil(task.done, timeout=20_000)
    assert task.result() is True and view.questions.active is None
    reply = view.vm.messages.messages[-1]
    rendered = shown_html(qtbot, view, 1)
    assert "Test tools · add" in rendered.html and "— done" in rendered.html
    assert "Show arguments and result" in rendered.html and "Result" not in rendered.html, "closed"
    view.chat_actions.activate_link(reply.id, action_href(TOGGLE, the_call(view).call_id))
    rendered = shown_html(qtbot, view, 1)
    assert "Hide arguments and result" in rendered.html and "Result" in rendered.html


def test_invalid_edited_arguments_cannot_be_sent_valid_ones_run(qtbot: Any, view: ChatView) -> None:
    task, dialog = ask(qtbot, view, "call test_tools__add")
    dialog.arguments.setPlainText('{"a": 2, "b": ')
    assert dialog.hint.text().startswith("The arguments are not valid JSON")
    assert not dialog.once_button.isEnabled() and dialog.deny_button.isEnabled()
    dialog.arguments.setPlainText('{"a": 2, "b": 3}')
    assert dialog.hint.text() == "Valid JSON." and dialog.once_button.isEnabled()
    qtbot.mouseClick(dialog.once_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(task.done, timeout=20_000)
    assert the_call(view).output == "5"


def test_denied_with_a_message_and_the_block_shows_the_failure(qtbot: Any, view: ChatView) -> None:
    task, dialog = ask(qtbot, view, "call test_tools__pid")
    qtbot.keyClicks(dialog.message, "Use the cached value.")
    qtbot.mouseClick(dialog.deny_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(task.done, timeout=20_000)
    call = the_call(view)
    assert call.is_error and json.loads(call.output or "")["message"] == "Use the cached value."
    rendered = shown_html(qtbot, view, 1)
    assert "— failed" in rendered.html


def test_escape_closes_the_dialog_and_denies(qtbot: Any, view: ChatView) -> None:
    task, dialog = ask(qtbot, view, "call test_tools__add")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(task.done, timeout=20_000)
    assert the_call(view).is_error


def test_stop_while_the_dialog_is_open_closes_it(qtbot: Any, view: ChatView) -> None:
    task, dialog = ask(qtbot, view, "call test_tools__add")
    run_coro(qtbot, view.vm.stop(), timeout=5_000)
    qtbot.waitUntil(task.done, timeout=5_000)
    assert view.questions.active is None and not view.vm.streaming
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=5_000)
    assert the_call(view).output is None, "the call never ran"


def test_a_remote_request_offers_only_once_and_deny(qtbot: Any, view: ChatView) -> None:
    request = ApprovalRequest(server_name="docs", tool_name="search", arguments="{}", remote=True)
    dialog = ToolApprovalDialog(request, view)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.thread_button.isVisible() and not dialog.always_button.isVisible()
    assert dialog.arguments.isReadOnly()
    qtbot.mouseClick(dialog.once_button, Qt.MouseButton.LeftButton)
    assert dialog.answer is not None and dialog.answer.choice is ApprovalChoice.ONCE


def test_a_tools_image_is_shown_in_its_open_block(qtbot: Any, view: ChatView) -> None:
    task, dialog = ask(qtbot, view, "call test_tools__picture")
    qtbot.mouseClick(dialog.once_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(task.done, timeout=20_000)
    call = the_call(view)
    assert call.output == "a pixel\n[image: image/png]"
    [image] = call.images
    assert (image.mime_type, image.width, image.height) == ("image/png", 1, 1)
    view.chat_actions.activate_link(view.vm.messages.messages[-1].id, action_href(TOGGLE, call.call_id))
    rendered = shown_html(qtbot, view, 1)
    source = f"data:image/png;base64,{image.data}"
    assert f'<img src="{source}" width="1" height="1">' in rendered.html
    doc = QTextDocument()
    doc.setHtml(rendered.html)
    loaded = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(source))
    assert isinstance(loaded, QPixmap | QImage) and not loaded.isNull(), "the image is drawn"


def test_a_remote_mcp_request_is_approved_in_the_dialog_and_runs(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path, mcp_http_url: str
) -> None:
    remote = RemoteMcpServer(server_label="calc", server_url=mcp_http_url)
    helper = AssistantDefinition(id="asst-remote", name="Remote", model="gpt-4.1-mini", remote_mcp=(remote,))
    vm = make_chat(qtbot, local_api, tmp_path / "remote.sqlite3", helper)
    try:
        view = open_view(qtbot, vm)
        task, dialog = ask(qtbot, view, "Please add two numbers")
        assert dialog.request.remote and dialog.arguments.isReadOnly()
        assert not dialog.thread_button.isVisible() and not dialog.always_button.isVisible()
        qtbot.keyClick(dialog.once_button, Qt.Key.Key_Space)
        qtbot.waitUntil(task.done, timeout=20_000)
        _listing, call = [p for p in vm.messages.messages[-1].parts if isinstance(p, ToolCallPart)]
        assert (call.server, call.tool, call.output) == ("calc", "add", "2")
        rendered = shown_html(qtbot, view, 1)
        assert (
            "🔧 calc</b> — " in rendered.html and "tools: " in rendered.html and "calc · add" in rendered.html
        )
    finally:
        close_chat(qtbot, vm)
