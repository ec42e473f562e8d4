"""The profiles view-model's slots: what the page and the editor call, and the signals they wait for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from belugadesk.settings import Profile
from belugadesk.viewmodels.settings.profile_services import AsyncKeys
from belugadesk.viewmodels.settings.settings_vm import SettingsViewModel
from tests.support import run_coro
from tests.views.settings.helpers_settings import (
    SwitchLog,
    connection_tester,
    mcp_access,
    plaintext_store,
    settings_state,
)


def test_duplicate_names_its_copy_and_a_saved_form_says_which_profile(
    qtbot: Any, loop: Any, tmp_path: Path
) -> None:
    switch = SwitchLog()
    keys = plaintext_store(tmp_path)
    settings = SettingsViewModel(
        settings_state(), AsyncKeys(keys), connection_tester(), switch, mcp_access(keys)
    )
    profiles = settings.profiles
    [demo] = settings.state.settings.profiles
    with qtbot.waitSignal(profiles.duplicated, timeout=5000) as copied:
        profiles.request_duplicate(demo.id)
    copy = settings.state.settings.profile(copied.args[0])
    assert copy is not None and copy.name == f"{demo.name} (copy)" and copy.id != demo.id

    form = profiles.editor_for(copy.id)
    form.set_value("name", "Renamed copy")
    with qtbot.waitSignal(profiles.editorSaved, timeout=5000) as saved:
        profiles.request_save(form)
    assert saved.args == [copy.id]
    renamed = settings.state.settings.profile(copy.id)
    assert renamed is not None and renamed.name == "Renamed copy"

    with qtbot.waitSignal(settings.state.profilesChanged, timeout=5000):
        profiles.request_activate(copy.id)
    run_coro(qtbot, profiles.wait_idle())
    assert settings.state.settings.active_profile_id == copy.id and switch.profiles[-1].id == copy.id
    never = Confirm(True)
    assert run_coro(qtbot, profiles.delete_asking(copy.id, never)) is False
    assert never.asked == [], "a demo profile is never deleted, so nobody is asked"


def test_delete_asks_first(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    state = settings_state()
    work = Profile(name="Work", kind="compatible", base_url="http://127.0.0.1:9/v1")
    run_coro(qtbot, state.update(state.settings.with_profile(work)))
    keys = plaintext_store(tmp_path)
    settings = SettingsViewModel(state, AsyncKeys(keys), connection_tester(), SwitchLog(), mcp_access(keys))
    keep = Confirm(False)
    assert run_coro(qtbot, settings.profiles.delete_asking(work.id, keep)) is False
    assert keep.asked == ["Work"] and settings.state.settings.profile(work.id) is not None
    settings.profiles.request_delete(work.id, Confirm(True))  # the slot the page calls
    run_coro(qtbot, settings.profiles.wait_idle())
    assert settings.state.settings.profile(work.id) is None


class Confirm:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    async def confirm_delete(self, profile: Profile) -> bool:
        self.asked.append(profile.name)
        return self.answer
