"""The first-run dialog: provider fields, key errors, Test connection against a key-checking local API,
Save (key into the real Secret Service), and Try the offline demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from belugadesk.credentials import SERVICE_NAME
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.settings import AppPaths, SettingsFile
from belugadesk.viewmodels.settings.onboarding_vm import OnboardingViewModel, needs_onboarding
from belugadesk.viewmodels.settings.profile_form_vm import KEY_REQUIRED
from belugadesk.views.settings.onboarding_dialog import OnboardingDialog
from tests.support import run_coro
from tests.views.settings.helpers_settings import (
    SwitchLog,
    async_keys,
    connection_tester,
    plaintext_store,
    right_key,
    secret_service_store,
    settings_state,
)

KEY = right_key()


@pytest.fixture(scope="module")
def keyed_api() -> Iterator[LocalApiServer]:
    server = LocalApiServer(LocalApiConfig(api_key=KEY))
    server.start()
    try:
        yield server
    finally:
        server.stop()


def make_dialog(qtbot: Any, store: Any) -> tuple[OnboardingDialog, OnboardingViewModel, SwitchLog]:
    switch = SwitchLog()
    vm = OnboardingViewModel(settings_state(), async_keys(store), connection_tester(), switch)
    dialog = OnboardingDialog(vm)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, vm, switch


def visible_rows(dialog: OnboardingDialog) -> set[str]:
    form = dialog.form
    return {name for name, row in form.rows.items() if form.form.isRowVisible(row)}


def type_into(qtbot: Any, dialog: OnboardingDialog, field: str, text: str) -> None:
    widget = dialog.form.inputs[field]
    assert isinstance(widget, QLineEdit)
    widget.clear()
    qtbot.keyClicks(widget, text)


def choose_provider(dialog: OnboardingDialog, kind: str) -> None:
    combo = dialog.form.provider
    combo.setCurrentIndex(combo.findData(kind))


def test_each_provider_shows_the_fields_it_needs(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    dialog, vm, _ = make_dialog(qtbot, plaintext_store(tmp_path))
    assert visible_rows(dialog) == {"name", "key", "backend", "base_url", "organization", "project", "proxy"}
    choose_provider(dialog, "azure")
    assert vm.form.kind == "azure"
    assert visible_rows(dialog) == {
        "name",
        "key",
        "azure_endpoint",
        "api_version",
        "deployments",
        "backend",
        "proxy",
    }
    assert dialog.form.inputs["name"].text() == "Azure OpenAI"  # type: ignore[attr-defined]
    choose_provider(dialog, "compatible")
    # a Chat Completions server: the thread is trimmed to each model's context budget
    assert visible_rows(dialog) == {"name", "key", "base_url", "backend", "context_budgets", "proxy"}
    choose_provider(dialog, "ollama")
    assert visible_rows(dialog) == {"name", "base_url", "backend", "context_budgets", "proxy"}, "no key"


def test_key_is_masked_with_a_show_hide_toggle(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    dialog, _, _ = make_dialog(qtbot, plaintext_store(tmp_path))
    key = dialog.form.key_edit
    assert key.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(dialog.form.show_key, Qt.MouseButton.LeftButton)
    assert key.echoMode() == QLineEdit.EchoMode.Normal and dialog.form.show_key.text() == "Hide"
    qtbot.mouseClick(dialog.form.show_key, Qt.MouseButton.LeftButton)
    assert key.echoMode() == QLineEdit.EchoMode.Password


def test_empty_key_and_bad_url_are_shown_next_to_their_fields(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    dialog, vm, switch = make_dialog(qtbot, plaintext_store(tmp_path))
    choose_provider(dialog, "openrouter")  # a preset whose key is required
    type_into(qtbot, dialog, "base_url", "ftp://example.com/v1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    key_error = dialog.form.error_labels["key"]
    url_error = dialog.form.error_labels["base_url"]
    qtbot.waitUntil(lambda: key_error.text() == KEY_REQUIRED)
    assert not key_error.isHidden()
    assert "must start with http:// or https://" in url_error.text() and not url_error.isHidden()
    run_coro(qtbot, vm.wait_idle())
    assert switch.profiles == []
    assert not SettingsFile(AppPaths.default()).path.exists(), "nothing was saved"


def test_test_connection_with_a_wrong_key_shows_the_401_sentence(
    qtbot: Any, loop: Any, tmp_path: Path, keyed_api: LocalApiServer
) -> None:
    dialog, _, _ = make_dialog(qtbot, plaintext_store(tmp_path))
    choose_provider(dialog, "compatible")
    type_into(qtbot, dialog, "base_url", keyed_api.base_url)
    qtbot.keyClicks(dialog.form.key_edit, "sk-wrong-" + "0" * 24)
    qtbot.mouseClick(dialog.form.test_button, Qt.MouseButton.LeftButton)
    result = dialog.form.test_result
    qtbot.waitUntil(lambda: "401" in result.text(), timeout=20_000)
    assert result.text().startswith("The API key was rejected (401). Check the key in Settings → Profiles.")
    assert "(request id req_" in result.text(), "the server's request id is quoted for bug reports"
    assert "sk-wrong" not in result.text()
    assert dialog.error_label.isHidden(), "the sentence is shown once, next to the button"


def test_test_connection_with_the_right_key_lists_the_models(
    qtbot: Any, loop: Any, tmp_path: Path, keyed_api: LocalApiServer
) -> None:
    dialog, vm, _ = make_dialog(qtbot, plaintext_store(tmp_path))
    choose_provider(dialog, "compatible")
    type_into(qtbot, dialog, "base_url", keyed_api.base_url)
    qtbot.keyClicks(dialog.form.key_edit, KEY)
    with qtbot.waitSignal(vm.form.testFinished, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.form.test_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is True
    text = dialog.form.test_result.text()
    assert text.startswith(f"Connected: {len(LocalApiConfig().models)} models available")
    assert "gpt-4.1-mini" in text and KEY not in text
    assert vm.form.last_models == sorted(LocalApiConfig().models)


@pytest.mark.keyring
def test_save_stores_the_key_in_the_keyring_and_activates_the_profile(
    qtbot: Any, loop: Any, secret_service: Any, keyed_api: LocalApiServer
) -> None:
    store = secret_service_store()
    dialog, vm, switch = make_dialog(qtbot, store)
    choose_provider(dialog, "compatible")
    type_into(qtbot, dialog, "name", "Local test server")
    type_into(qtbot, dialog, "base_url", keyed_api.base_url)
    qtbot.keyClicks(dialog.form.key_edit, KEY)
    with qtbot.waitSignal(vm.finished, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["saved"]
    assert not dialog.isVisible()
    [profile] = switch.profiles
    assert (profile.name, profile.kind, profile.base_url) == (
        "Local test server",
        "compatible",
        keyed_api.base_url,
    )
    assert store.get_key(profile.id).source == "keyring"
    assert store.get_key(profile.id).key.get_secret_value() == KEY  # type: ignore[union-attr]
    saved = SettingsFile(AppPaths.default()).load()
    assert saved.active_profile_id == profile.id and saved.onboarding_done
    assert KEY not in SettingsFile(AppPaths.default()).path.read_text()
    assert not run_coro(qtbot, needs_onboarding(saved, async_keys(store)))
    secret_service.run("secret-tool", "clear", "service", SERVICE_NAME, "username", profile.id)


def test_try_the_offline_demo_remembers_the_choice(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    store = plaintext_store(tmp_path)
    dialog, vm, switch = make_dialog(qtbot, store)
    assert run_coro(qtbot, needs_onboarding(vm.state.settings, async_keys(store)))
    with qtbot.waitSignal(vm.finished) as finished:
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["demo"]
    assert [p.kind for p in switch.profiles] == ["demo"]
    saved = SettingsFile(AppPaths.default()).load()
    assert saved.onboarding_done and saved.active_profile_id == "demo"
    assert not run_coro(qtbot, needs_onboarding(saved, async_keys(store)))
