"""Settings → Tools, the widgets: the section is in the sidebar with its icon, a server is added from the
keyboard (its secret typed masked, kept in the real Secret Service and never in the settings file), Test lists
its tools, a server that cannot start shows its sentence, Remove asks first."""

from __future__ import annotations

import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from belugadesk.credentials import ApiKeys, McpSecrets
from belugadesk.settings import AppPaths, SettingsFile
from belugadesk.viewmodels.settings.profile_services import AsyncKeys
from belugadesk.viewmodels.settings.settings_vm import SettingsViewModel
from belugadesk.views.settings.mcp_server_dialog import KEPT_SECRET, McpServerDialog
from belugadesk.views.settings.settings_dialog import SettingsDialog
from belugadesk.views.settings.tools_page import ToolsPage
from tests.mcp_support import TOOL_SERVER
from tests.support import run_coro
from tests.views.settings.helpers_settings import (
    SwitchLog,
    connection_tester,
    mcp_access,
    secret_service_store,
    settings_state,
)

pytestmark = pytest.mark.keyring


@pytest.fixture
def keys(secret_service: Any) -> ApiKeys:
    return secret_service_store()


@pytest.fixture
def settings(qtbot: Any, loop: Any, keys: ApiKeys) -> Iterator[tuple[SettingsDialog, SettingsViewModel]]:
    access = mcp_access(keys)
    vm = SettingsViewModel(settings_state(), AsyncKeys(keys), connection_tester(), SwitchLog(), access)
    dialog = SettingsDialog(vm)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_page("Tools")
    yield dialog, vm
    run_coro(qtbot, vm.aclose())
    run_coro(qtbot, access.aclose())
    for server in vm.state.settings.mcp_servers:
        access.forget_secrets(server)


def type_in(qtbot: Any, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def add_server(qtbot: Any, page: ToolsPage) -> McpServerDialog:
    page.add_button.setFocus()
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    assert page.editor is not None
    return page.editor


def test_a_stdio_server_is_added_from_the_keyboard_and_test_lists_its_tools(
    qtbot: Any, settings: tuple[SettingsDialog, SettingsViewModel], keys: ApiKeys
) -> None:
    dialog, vm = settings
    page = dialog.tools_page
    assert dialog.pages.currentWidget() is page and dialog.title.text() == "Tools"
    assert page.details.text() == "No server yet: Add one."
    assert not page.test_button.isEnabled()
    form = add_server(qtbot, page)
    assert form.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name)
    qtbot.keyClicks(form.name, "Test tools")
    type_in(qtbot, form.command, sys.executable)
    type_in(qtbot, form.args, str(TOOL_SERVER))
    token = "tok-" + secrets.token_hex(12)
    qtbot.keyClick(form.env.add_button, Qt.Key.Key_Space)
    (row,) = form.env.rows
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.name)
    qtbot.keyClicks(row.name, "SERVICE_TOKEN")
    row.secret.setFocus()
    qtbot.keyClick(row.secret, Qt.Key.Key_Space)
    assert row.value.echoMode() == QLineEdit.EchoMode.Password, "a secret is typed masked"
    type_in(qtbot, row.value, token)
    qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not form.isVisible())
    (server,) = vm.state.settings.mcp_servers
    assert McpSecrets(keys).get(server.id, "env", "SERVICE_TOKEN").get_secret_value() == token  # type: ignore[union-attr]
    saved = SettingsFile(AppPaths.default()).path.read_text(encoding="utf-8")
    assert "SERVICE_TOKEN" in saved and token not in saved, "the name in the settings file, the value not"
    assert page.selected_id() == server.id
    assert page.vm.model.data(page.vm.model.index(0, 2)) == "Not started"
    assert "Not started" in page.details.text()

    qtbot.keyClick(page.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.details.text().startswith("8 tools"), timeout=30_000)
    assert "add, pid, env" in page.details.text()
    assert page.vm.model.data(page.vm.model.index(0, 2)) == "Running"

    crashed = run_coro(qtbot, vm.tools.access.manager().call("test_tools__crash", {}), timeout=30_000)
    assert crashed.is_error
    dialog.show_page("Prices")  # the server stopped working while another page was shown
    dialog.show_page("Tools")
    assert page.vm.model.data(page.vm.model.index(0, 2)) == "Failed"
    assert "stopped while running" in page.details.text()

    edit = page.edit_server()
    assert edit is not None
    (kept,) = edit.env.rows
    assert kept.value.text() == "" and kept.value.placeholderText() == KEPT_SECRET, "the secret is not shown"
    assert kept.value.echoMode() == QLineEdit.EchoMode.Password
    edit.reject()


def test_a_server_that_cannot_start_shows_its_sentence_and_a_bad_form_stays_open(
    qtbot: Any, settings: tuple[SettingsDialog, SettingsViewModel]
) -> None:
    dialog, vm = settings
    page = dialog.tools_page
    form = add_server(qtbot, page)
    qtbot.keyClicks(form.name, "Nowhere")
    form.kind.setCurrentIndex(form.kind.findData("http"))
    assert form.pages.currentIndex() == 1
    type_in(qtbot, form.url, "ftp://nowhere")
    qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: form.error_label.isVisible())
    assert form.error_label.text() == "The server URL must start with http:// or https://."
    assert form.isVisible() and vm.state.settings.mcp_servers == ()
    assert not page.error_label.isVisible(), "the sentence is shown once, in the form"
    form.url.clear()
    type_in(qtbot, form.url, "http://127.0.0.1:9/mcp")  # nothing listens on the discard port
    qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not form.isVisible())
    qtbot.keyClick(page.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Nowhere" in page.details.text(), timeout=30_000)
    assert page.details.property("tone") == "error"
    assert page.vm.model.data(page.vm.model.index(0, 2)) == "Failed"


def test_remove_asks_first(
    qtbot: Any, settings: tuple[SettingsDialog, SettingsViewModel], tmp_path: Path
) -> None:
    dialog, vm = settings
    page = dialog.tools_page
    form = add_server(qtbot, page)
    qtbot.keyClicks(form.name, "Doomed")
    type_in(qtbot, form.command, "doomed-server")
    qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: vm.state.settings.mcp_servers != ())
    qtbot.keyClick(page.remove_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.questions.active is not None and page.questions.active.isVisible())
    box = page.questions.active
    assert isinstance(box, QMessageBox) and "Doomed" in box.text()
    remove = next(b for b in box.buttons() if b.text() == "&Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: vm.state.settings.mcp_servers == ())
    assert page.vm.model.rowCount() == 0 and page.details.text() == "No server yet: Add one."
