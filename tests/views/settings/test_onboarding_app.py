"""First run inside the real app: when onboarding shows, and what Save / Try the offline demo lead to."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from belugadesk.app import Application, make_qapplication
from belugadesk.credentials import SERVICE_NAME, ApiKeys
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.settings import AppPaths, SettingsFile
from belugadesk.views.settings.onboarding_dialog import OnboardingDialog
from tests.support import run_coro
from tests.views.settings.helpers_settings import plaintext_store, secret_service_store


def start(qtbot: Any, store: ApiKeys, *, demo: bool = False) -> Application:
    app = Application(make_qapplication(), demo=demo, screenshot=None, api_keys=store)
    run_coro(qtbot, app.start(), timeout=20_000)
    assert app.window is not None
    qtbot.addWidget(app.window)
    return app


def stop(qtbot: Any, app: Application) -> None:
    if isinstance(app.onboarding, OnboardingDialog):
        run_coro(qtbot, app.onboarding.vm.wait_idle())
        app.onboarding.close()
    if app.window is not None:
        app.window.close()
    run_coro(qtbot, app.shutdown(), timeout=20_000)


def test_first_run_shows_onboarding_and_the_demo_choice_is_remembered(
    qtbot: Any, loop: Any, tmp_path: Path
) -> None:
    store = plaintext_store(tmp_path)
    app = start(qtbot, store)
    try:
        dialog = app.onboarding
        assert isinstance(dialog, OnboardingDialog) and dialog.isVisible()
        with qtbot.waitSignal(dialog.vm.finished):
            qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert app.vm is not None and app.vm.session.profile_id == "demo"
        assert SettingsFile(AppPaths.default()).load().onboarding_done
    finally:
        stop(qtbot, app)
    again = start(qtbot, store)
    try:
        assert again.onboarding is None
    finally:
        stop(qtbot, again)


def test_demo_flag_skips_onboarding(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    app = start(qtbot, plaintext_store(tmp_path), demo=True)
    try:
        assert app.onboarding is None
    finally:
        stop(qtbot, app)


@pytest.mark.keyring
def test_saving_in_onboarding_switches_the_app_to_the_new_server(
    qtbot: Any, loop: Any, secret_service: Any
) -> None:
    key = "sk-first-run-" + secrets.token_hex(12)
    store = secret_service_store()
    with LocalApiServer(LocalApiConfig(api_key=key)) as server:
        app = start(qtbot, store)
        profile_id = None
        try:
            dialog = app.onboarding
            assert isinstance(dialog, OnboardingDialog)
            form = dialog.form
            form.provider.setCurrentIndex(form.provider.findData("compatible"))
            url = form.inputs["base_url"]
            assert isinstance(url, QLineEdit)
            qtbot.keyClicks(url, server.base_url)
            qtbot.keyClicks(form.key_edit, key)
            assert app.vm is not None and app.window is not None
            with qtbot.waitSignal(app.vm.profileNameChanged, timeout=20_000):
                qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            profile_id = app.vm.session.profile_id
            assert app.window.profile_label.text() == "Profile: OpenAI-compatible"
            assert store.get_key(profile_id).source == "keyring"

            chat = app.vm.chat
            box = app.window.chat_view.input
            qtbot.keyClicks(box, "Hello, new server")
            with qtbot.waitSignal(chat.replyFinished, timeout=20_000) as finished:
                qtbot.keyClick(box, Qt.Key.Key_Return)
            assert finished.args == ["completed"], chat.error
            assert chat.thread is not None and chat.thread.profile_id == profile_id
        finally:
            stop(qtbot, app)
            if profile_id:
                secret_service.run("secret-tool", "clear", "service", SERVICE_NAME, "username", profile_id)
