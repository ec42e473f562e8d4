"""The profile form's widgets: a preset picked fills the fields (key hidden or optional), the proxy field,
and Test connection's table of APIs with the backend it chose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from belugadesk.domain.models import Backend
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.viewmodels.settings.profile_form_vm import KEY_OPTIONAL, ProfileFormViewModel
from belugadesk.viewmodels.settings.profile_services import AsyncKeys
from belugadesk.views.settings.profile_form import ProfileForm
from tests.views.settings.helpers_settings import connection_tester, plaintext_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def responses_only() -> Iterator[LocalApiServer]:
    with LocalApiServer(LocalApiConfig(apis=frozenset({"models", "responses", "conversations"}))) as server:
        yield server


def make_form(qtbot: Any, tmp_path: Path) -> tuple[QDialog, ProfileForm]:
    """The form in a dialog of its own, as onboarding and the profile editor hold it."""
    vm = ProfileFormViewModel(AsyncKeys(plaintext_store(tmp_path)), connection_tester())
    dialog = QDialog()
    widget = ProfileForm(vm, dialog)
    QVBoxLayout(dialog).addWidget(widget)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, widget


def line(form: ProfileForm, name: str) -> QLineEdit:
    edit = form.inputs[name]
    assert isinstance(edit, QLineEdit)
    return edit


def visible(form: ProfileForm) -> set[str]:
    return {name for name, row in form.rows.items() if form.form.isRowVisible(row)}


def pick(form: ProfileForm, preset: str) -> None:
    form.provider.setCurrentIndex(form.provider.findData(preset))


def test_picking_a_preset_fills_the_fields(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    _dialog, form = make_form(qtbot, tmp_path)
    labels = [form.provider.itemText(i) for i in range(form.provider.count())]
    assert (
        labels[:3] == ["OpenAI", "Azure OpenAI", "Ollama"] and labels[-1] == "Other OpenAI-compatible server"
    )
    pick(form, "ollama")
    assert line(form, "base_url").text() == "http://localhost:11434/v1"
    assert line(form, "name").text() == "Ollama"
    assert "key" not in visible(form), "Ollama takes no key"
    assert form.backend_combo.currentData() == Backend.CHAT_COMPLETIONS.value
    assert form.backend_combo.currentText() == "Chat Completions API"
    pick(form, "lmstudio")
    assert line(form, "base_url").text() == "http://localhost:1234/v1"
    assert "key" in visible(form) and form.key_status.text() == KEY_OPTIONAL


def test_the_proxy_field_is_a_labelled_input(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    _dialog, form = make_form(qtbot, tmp_path)
    proxy = line(form, "proxy")
    assert "proxy" in visible(form) and proxy.accessibleName() == "Proxy"
    assert form.labels["proxy"].buddy() is proxy
    qtbot.keyClicks(proxy, "http://proxy.example.com:3128")
    qtbot.keyClicks(form.key_edit, "sk-any-1234")
    profile = form.vm.build()
    assert profile is not None and profile.proxy == "http://proxy.example.com:3128"


def test_test_connection_shows_the_table_and_the_backend_it_chose(
    qtbot: Any, loop: Any, tmp_path: Path, responses_only: LocalApiServer
) -> None:
    _dialog, form = make_form(qtbot, tmp_path)
    pick(form, "vllm")
    line(form, "base_url").clear()
    qtbot.keyClicks(line(form, "base_url"), responses_only.base_url)
    assert form.probe_table.isHidden()
    with qtbot.waitSignal(form.vm.testFinished, timeout=20_000) as finished:
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is True
    table = form.probe_table
    assert table.isVisible() and table.accessibleName() == "APIs the server speaks"
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {
        "Models (/models)": "yes",
        "Responses": "yes",
        "Conversations": "yes",
        "Assistants v2": "no",
        "Chat Completions": "no",
    }
    assert "Assistants v2: no" in table.accessibleDescription()
    for field in ("name", "base_url", "proxy"):  # the window grew for the table: no row is squeezed
        assert line(form, field).height() >= line(form, field).minimumSizeHint().height()
    assert form.key_edit.height() >= form.key_edit.minimumSizeHint().height()
    assert form.backend_combo.currentText() == "Responses API"
    assert form.test_result.text().endswith("Best backend here: Responses API.")
    pick(form, "ollama")
    assert table.isHidden(), "another preset is another server: the old table goes"
