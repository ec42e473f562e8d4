"""Settings → Profiles: the editor's validation, delete (with its key, in the real Secret Service),
duplicate, set active, and the no-secure-keyring dialog with session-only use."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from belugadesk.credentials import SERVICE_NAME, ApiKeys
from belugadesk.settings import AppPaths, AppSettings, Profile, SettingsFile, demo_profile
from belugadesk.viewmodels.settings.profile_form_vm import KEY_REQUIRED
from belugadesk.viewmodels.settings.profile_services import AsyncKeys
from belugadesk.viewmodels.settings.settings_vm import SettingsViewModel
from belugadesk.views.settings.profile_editor_dialog import ProfileEditorDialog
from belugadesk.views.settings.settings_dialog import SettingsDialog
from tests.support import run_coro
from tests.views.settings.helpers_settings import (
    SwitchLog,
    connection_tester,
    mcp_access,
    plaintext_store,
    secret_service_store,
    settings_state,
)


def open_dialog(qtbot: Any, store: ApiKeys) -> tuple[SettingsDialog, SettingsViewModel, SwitchLog]:
    switch = SwitchLog()
    vm = SettingsViewModel(settings_state(), AsyncKeys(store), connection_tester(), switch, mcp_access(store))
    dialog = SettingsDialog(vm)
    qtbot.addWidget(dialog)
    dialog.show()
    run_coro(qtbot, vm.profiles.refresh_keys())
    return dialog, vm, switch


def save_settings(*profiles: Profile, active: str = "demo") -> None:
    SettingsFile(AppPaths.default().ensure()).save(
        AppSettings(profiles=(demo_profile(), *profiles), active_profile_id=active)
    )


def type_into(qtbot: Any, editor: ProfileEditorDialog, field: str, text: str) -> None:
    widget = editor.form.inputs[field]
    if isinstance(widget, QLineEdit):
        widget.clear()
        qtbot.keyClicks(widget, text)
    else:  # the editable api-version combo box
        widget.setCurrentText(text)  # type: ignore[attr-defined]


def new_editor(dialog: SettingsDialog, kind: str) -> ProfileEditorDialog:
    editor = dialog.profiles_page.open_editor(None)
    editor.form.provider.setCurrentIndex(editor.form.provider.findData(kind))
    return editor


def click_save_and_wait(qtbot: Any, editor: ProfileEditorDialog, vm: SettingsViewModel) -> None:
    # Save is disabled while the form is busy (the typed key's keyring status is being checked): as a person
    # would, wait until it can be pressed
    qtbot.waitUntil(editor.save_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    run_coro(qtbot, vm.wait_all())


def test_editor_shows_each_error_next_to_its_field(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    dialog, vm, _ = open_dialog(qtbot, plaintext_store(tmp_path))
    editor = new_editor(dialog, "openrouter")  # a preset whose key is required
    type_into(qtbot, editor, "base_url", "localhost:8000/v1")
    click_save_and_wait(qtbot, editor, vm)
    errors = editor.form.error_labels
    assert errors["base_url"].text() == "The base URL must start with http:// or https://."
    assert errors["key"].text() == KEY_REQUIRED
    assert editor.isVisible(), "the editor stays open with the errors"

    editor.form.provider.setCurrentIndex(editor.form.provider.findData("azure"))
    type_into(qtbot, editor, "azure_endpoint", "https://my-resource.openai.azure.com")
    type_into(qtbot, editor, "api_version", "2099-13-01")
    qtbot.keyClicks(editor.form.key_edit, "sk-" + secrets.token_hex(8))
    click_save_and_wait(qtbot, editor, vm)
    assert errors["api_version"].text().startswith("Unknown Azure OpenAI api-version '2099-13-01'.")
    assert not errors["api_version"].isHidden()
    assert errors["key"].text() == "" and errors["key"].isHidden()
    assert errors["azure_endpoint"].isHidden()
    assert [p.kind for p in vm.state.settings.profiles] == ["demo"], "nothing was saved"


def test_no_secure_keyring_offers_the_key_for_this_session_only(
    qtbot: Any, loop: Any, tmp_path: Path
) -> None:
    store = plaintext_store(tmp_path)
    dialog, vm, _ = open_dialog(qtbot, store)
    editor = new_editor(dialog, "compatible")
    type_into(qtbot, editor, "name", "Session only")
    type_into(qtbot, editor, "base_url", "http://127.0.0.1:9/v1")
    key = "sk-session-" + secrets.token_hex(12)
    qtbot.keyClicks(editor.form.key_edit, key)
    assert "session only" in editor.form.key_status.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.keyring_dialog is not None and editor.keyring_dialog.isVisible())
    warning = editor.keyring_dialog
    assert warning is not None
    assert "No secure keyring is available" in warning.informativeText()
    assert "gnome-keyring-daemon" in warning.informativeText()
    assert "never writes API keys to a plain file" in warning.informativeText()
    qtbot.mouseClick(warning.session_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    run_coro(qtbot, vm.wait_all())
    [profile] = [p for p in vm.state.settings.profiles if p.name == "Session only"]
    lookup = store.get_key(profile.id)
    assert lookup.source == "session" and lookup.key is not None and lookup.key.get_secret_value() == key
    assert not Path(store.backend.file_path).exists(), "nothing was written to the plaintext keyring"  # type: ignore[union-attr]
    assert key not in SettingsFile(AppPaths.default()).path.read_text()
    row = vm.profiles.model.row_of(profile.id)
    assert "session only" in vm.profiles.model.data(vm.profiles.model.index(row), Qt.ItemDataRole.ToolTipRole)


def test_cancelling_the_keyring_dialog_saves_nothing(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    store = plaintext_store(tmp_path)
    dialog, vm, _ = open_dialog(qtbot, store)
    editor = new_editor(dialog, "openai")
    qtbot.keyClicks(editor.form.key_edit, "sk-" + secrets.token_hex(12))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.keyring_dialog is not None and editor.keyring_dialog.isVisible())
    assert editor.keyring_dialog is not None
    qtbot.mouseClick(editor.keyring_dialog.cancel_button, Qt.MouseButton.LeftButton)
    run_coro(qtbot, vm.wait_all())
    assert editor.isVisible()
    assert [p.kind for p in vm.state.settings.profiles] == ["demo"]


@pytest.mark.keyring
def test_delete_asks_then_deletes_the_profile_and_its_key(qtbot: Any, loop: Any, secret_service: Any) -> None:
    store = secret_service_store()
    doomed = Profile(name="Doomed", kind="compatible", base_url="http://127.0.0.1:9/v1")
    kept = Profile(name="Kept", kind="openai")
    save_settings(doomed, kept, active=doomed.id)
    store.set_key(doomed.id, "sk-doomed-" + secrets.token_hex(8))
    store.set_key(kept.id, "sk-kept-" + secrets.token_hex(8))
    try:
        dialog, vm, switch = open_dialog(qtbot, store)
        page = dialog.profiles_page
        assert "Stored in Secret Service" in page.details.text()
        page.select(doomed.id)
        qtbot.mouseClick(page.buttons["delete"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.questions.active is not None and page.questions.active.isVisible())
        box = page.questions.active
        assert isinstance(box, QMessageBox) and "Doomed" in box.text()
        delete = next(b for b in box.buttons() if b.text() == "&Delete")
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: vm.state.settings.profile(doomed.id) is None)
        run_coro(qtbot, vm.wait_all())
        assert store.get_key(doomed.id).source == "none"
        assert (
            secret_service.run("secret-tool", "lookup", "service", SERVICE_NAME, "username", doomed.id).stdout
            == ""
        )
        assert store.get_key(kept.id).source == "keyring", "the other profile's key is untouched"
        assert SettingsFile(AppPaths.default()).load().profile(doomed.id) is None
        assert [p.id for p in switch.profiles] == ["demo"], "the first remaining profile became active"
    finally:
        for profile in (doomed, kept):
            secret_service.run("secret-tool", "clear", "service", SERVICE_NAME, "username", profile.id)


@pytest.mark.keyring
def test_duplicate_copies_the_key_and_set_active_switches(qtbot: Any, loop: Any, secret_service: Any) -> None:
    store = secret_service_store()
    source = Profile(name="Work", kind="compatible", base_url="http://127.0.0.1:9/v1")
    save_settings(source)
    key = "sk-work-" + secrets.token_hex(8)
    store.set_key(source.id, key)
    copy_id = None
    try:
        dialog, vm, switch = open_dialog(qtbot, store)
        page = dialog.profiles_page
        page.select(source.id)
        qtbot.mouseClick(page.buttons["duplicate"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(vm.state.settings.profiles) == 3)
        run_coro(qtbot, vm.wait_all())
        copy = vm.state.settings.profiles[-1]
        copy_id = copy.id
        assert copy.name == "Work (copy)" and copy.base_url == source.base_url and copy.id != source.id
        assert store.get_key(copy.id).key.get_secret_value() == key  # type: ignore[union-attr]
        assert page.selected() == copy
        qtbot.mouseClick(page.buttons["activate"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: vm.state.settings.active_profile_id == copy.id)
        run_coro(qtbot, vm.wait_all())
        assert switch.profiles == [copy]
        assert SettingsFile(AppPaths.default()).load().active_profile_id == copy.id
        assert "(active)" in vm.profiles.model.data(vm.profiles.model.index(2))
    finally:
        for pid in (source.id, copy_id):
            if pid:
                secret_service.run("secret-tool", "clear", "service", SERVICE_NAME, "username", pid)
