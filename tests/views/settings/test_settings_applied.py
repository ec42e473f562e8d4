"""The Settings dialog inside the real app: appearance and behaviour are saved and applied at once, and
switching profiles rebuilds the backend so the next message goes to the new server."""

from __future__ import annotations

import json
import secrets
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from belugadesk.app import Application, make_qapplication
from belugadesk.credentials import ApiKeys
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.settings import AppPaths, AppSettings, Profile, SettingsFile, demo_profile
from belugadesk.views.settings.palette_design import colours_for
from belugadesk.views.settings.settings_dialog import SettingsDialog
from belugadesk.views.settings.theme import effective_color_scheme
from tests.support import run_coro
from tests.views.settings.helpers_settings import plaintext_store


def start_app(qtbot: Any, store: ApiKeys, *, demo: bool = True) -> Application:
    app = Application(make_qapplication(), demo=demo, screenshot=None, api_keys=store)
    run_coro(qtbot, app.start(), timeout=20_000)
    assert app.window is not None
    qtbot.addWidget(app.window)
    return app


def stop_app(qtbot: Any, app: Application) -> None:
    if isinstance(app.settings_dialog, SettingsDialog):
        run_coro(qtbot, app.settings_dialog.vm.wait_all())
        app.settings_dialog.close()
    if app.window is not None:
        app.window.close()
    run_coro(qtbot, app.shutdown(), timeout=20_000)


def open_settings(qtbot: Any, app: Application) -> SettingsDialog:
    assert app.window is not None
    app.window.actions_by_name["settings"].trigger()
    dialog = app.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def click_radio(qtbot: Any, button: Any) -> None:
    """Click the indicator (a radio button's wide row only reacts on its indicator and label)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def test_ctrl_comma_opens_settings(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    app = start_app(qtbot, plaintext_store(tmp_path))
    try:
        assert app.window is not None
        action = app.window.actions_by_name["settings"]
        assert action.shortcut().toString() == "Ctrl+,"
        app.window.activateWindow()
        qtbot.waitUntil(app.window.isActiveWindow)
        qtbot.keyClick(app.window.chat_view.input, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        dialog = app.settings_dialog
        assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
        assert dialog.nav.currentItem().text() == "Profiles"
        assert dialog.title.text() == "Profiles"
        assert all(not dialog.nav.item(row).icon().isNull() for row in range(dialog.nav.count()))
        dialog.nav.setFocus()
        qtbot.keyClick(dialog.nav, Qt.Key.Key_Down)
        assert dialog.pages.currentWidget() is dialog.appearance_page
        assert dialog.title.text() == "Appearance"
        assert dialog.appearance_page.accessibleName() == "Appearance settings"
    finally:
        stop_app(qtbot, app)


def test_appearance_is_applied_and_saved(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    app = start_app(qtbot, plaintext_store(tmp_path))
    try:
        dialog = open_settings(qtbot, app)
        dialog.show_page("Appearance")
        page = dialog.appearance_page
        click_radio(qtbot, page.scheme_buttons["dark"])
        target = page.font_size.value() + 3
        page.font_size.setValue(target)
        qtbot.mouseClick(page.accent_buttons["teal"], Qt.MouseButton.LeftButton)
        run_coro(qtbot, dialog.vm.wait_all())
        assert effective_color_scheme() == "dark"
        assert app.window is not None
        assert app.window.palette().color(QPalette.ColorRole.Window).lightness() < 100
        teal = colours_for("dark", "teal").accent
        assert app.window.palette().color(QPalette.ColorRole.Highlight).name() == teal
        assert QGuiApplication.font().pointSize() == target
        assert app.window.chat_view.input.font().pointSize() == target
        saved = SettingsFile(AppPaths.default()).load().appearance
        assert (saved.color_scheme, saved.font_size, saved.accent) == ("dark", target, "teal")
    finally:
        stop_app(qtbot, app)


def test_the_running_app_follows_the_desktop_switching_to_dark(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    app = start_app(qtbot, plaintext_store(tmp_path))
    hints = QGuiApplication.styleHints()
    try:
        assert app.window is not None
        chat = app.window.chat_view
        assert effective_color_scheme() == "light"
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the platform theme sends
        dark = colours_for("dark", "blue")
        qtbot.waitUntil(lambda: chat.input.palette().color(QPalette.ColorRole.Base).name() == dark.base)
        assert app.window.palette().color(QPalette.ColorRole.Window).name() == dark.window
        assert chat.delegate.context.dark, "the conversation renders for dark (code blocks, bubbles)"
    finally:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        stop_app(qtbot, app)


def test_saved_appearance_is_applied_at_start(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    settings = AppSettings().replace(appearance={"color_scheme": "light", "font_size": 15})
    SettingsFile(AppPaths.default().ensure()).save(settings)
    app = start_app(qtbot, plaintext_store(tmp_path))
    try:
        assert effective_color_scheme() == "light"
        assert QGuiApplication.font().pointSize() == 15
    finally:
        stop_app(qtbot, app)


def test_ctrl_enter_sends_when_chosen(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    app = start_app(qtbot, plaintext_store(tmp_path))
    try:
        assert app.window is not None
        box = app.window.chat_view.input
        assert box.enter_sends
        dialog = open_settings(qtbot, app)
        dialog.show_page("Behaviour")
        click_radio(qtbot, dialog.behaviour_page.ctrl_enter_sends)
        run_coro(qtbot, dialog.vm.wait_all())
        assert not box.enter_sends
        assert "Ctrl+Enter to send" in box.placeholderText()
        assert SettingsFile(AppPaths.default()).load().behaviour.send_on == "ctrl_enter"
        sent: list[str] = []
        box.submitted.connect(sent.append)
        box.setFocus()
        qtbot.keyClicks(box, "first line")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert sent == [] and box.toPlainText() == "first line\n", "Enter starts a new line"
        box.submitted.disconnect(sent.append)
        box.clear()
    finally:
        stop_app(qtbot, app)


@pytest.fixture(scope="module")
def server_b() -> Iterator[tuple[LocalApiServer, str]]:
    key = "sk-server-b-" + secrets.token_hex(12)
    with LocalApiServer(LocalApiConfig(api_key=key)) as server:
        yield server, key


def get_conversation(server: LocalApiServer, key: str, conversation_id: str) -> dict[str, Any]:
    request = urllib.request.Request(
        f"{server.base_url}/conversations/{conversation_id}", headers={"Authorization": f"Bearer {key}"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_switching_profiles_rebuilds_the_backend_and_the_next_message_goes_to_the_new_server(
    qtbot: Any, loop: Any, tmp_path: Path, server_b: tuple[LocalApiServer, str]
) -> None:
    server, key = server_b
    other = Profile(name="Server B", kind="compatible", base_url=server.base_url)
    SettingsFile(AppPaths.default().ensure()).save(
        AppSettings(profiles=(demo_profile(), other), active_profile_id="demo", onboarding_done=True)
    )
    store = plaintext_store(tmp_path)
    store.set_session_key(other.id, key)
    app = start_app(qtbot, store, demo=False)
    try:
        assert app.vm is not None and app.window is not None
        chat, session = app.vm.chat, app.vm.session
        box = app.window.chat_view.input
        qtbot.keyClicks(box, "Hello demo")
        with qtbot.waitSignal(chat.replyFinished, timeout=20_000):
            qtbot.keyClick(box, Qt.Key.Key_Return)
        demo_backend = session._backend
        assert demo_backend is not None and len(app.vm.threads.threads()) == 1

        dialog = open_settings(qtbot, app)
        page = dialog.profiles_page
        page.select(other.id)
        with qtbot.waitSignal(app.vm.profileNameChanged, timeout=10_000):
            qtbot.mouseClick(page.buttons["activate"], Qt.MouseButton.LeftButton)
        run_coro(qtbot, dialog.vm.wait_all())
        assert session.profile_id == other.id
        assert app.window.profile_label.text() == "Profile: Server B"
        assert chat.thread is None and chat.messages.rowCount() == 0
        assert app.vm.threads.threads() == [], "threads are listed per profile"

        qtbot.keyClicks(box, "Hello server B")
        with qtbot.waitSignal(chat.replyFinished, timeout=20_000) as finished:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        assert finished.args == ["completed"], chat.error
        assert session._backend is not None and session._backend is not demo_backend
        thread = chat.thread
        assert thread is not None and thread.profile_id == other.id
        assert get_conversation(server, key, thread.remote_id or "")["id"] == thread.remote_id
        assert "Hello server B" in chat.messages.messages[-1].text
        assert len(app.vm.threads.threads()) == 1
    finally:
        stop_app(qtbot, app)
