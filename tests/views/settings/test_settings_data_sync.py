"""Settings → Data and Settings → Sync, the widgets with real stores and a real shared folder: Back up now
lists the backup, Restore… asks and schedules it for the next start; choosing a folder syncs with another
device (its thread arrives, both devices are listed), Pause/Resume, Leave sync keeps the data."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from belugadesk.credentials import ApiKeys
from belugadesk.domain.models import Thread
from belugadesk.settings import AppPaths
from belugadesk.store import AsyncStore, Store, backup
from belugadesk.sync import SyncEngine
from belugadesk.viewmodels.settings.profile_services import AsyncKeys
from belugadesk.viewmodels.settings.settings_vm import SettingsViewModel
from belugadesk.viewmodels.sync_session import SyncSession
from belugadesk.views.settings.settings_dialog import SettingsDialog
from tests.support import run_coro
from tests.views.settings.helpers_settings import SwitchLog, connection_tester, mcp_access, settings_state


@pytest.fixture
def settings(qtbot: Any, loop: Any) -> Iterator[tuple[SettingsDialog, SettingsViewModel]]:
    keys = ApiKeys(keyring.backends.fail.Keyring(), environ={})
    access = mcp_access(keys)
    db_path = AppPaths.default().ensure().database_path
    store = run_coro(qtbot, AsyncStore.open(db_path))
    state = settings_state()
    sync = SyncSession(store, state)
    vm = SettingsViewModel(
        state, AsyncKeys(keys), connection_tester(), SwitchLog(), access, db_path=db_path, sync=sync
    )
    dialog = SettingsDialog(vm)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog, vm
    run_coro(qtbot, vm.aclose())
    run_coro(qtbot, sync.aclose())
    run_coro(qtbot, store.close())
    run_coro(qtbot, access.aclose())


def _answer(qtbot: Any, questions: Any, button_text: str) -> str:
    qtbot.waitUntil(lambda: questions.active is not None and questions.active.isVisible())
    box = questions.active
    assert isinstance(box, QMessageBox)
    text = box.text()
    chosen = next(b for b in box.buttons() if b.text() == button_text)
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    return text


def test_back_up_now_then_restore_at_the_next_start(
    qtbot: Any, settings: tuple[SettingsDialog, SettingsViewModel]
) -> None:
    dialog, vm = settings
    dialog.show_page("Data")
    page = dialog.data_page
    assert page is not None and vm.data is not None
    qtbot.waitUntil(lambda: page.list.count() == 1 and page.list.item(0).text() == "No backup yet.")

    qtbot.keyClick(page.back_up_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.list.item(0).toolTip().endswith(".sqlite3"))
    assert page.message.text().startswith("Backed up to ")
    assert page.list.item(0).toolTip() == str(vm.data.backups[0].path)

    page.list.setCurrentRow(0)
    qtbot.keyClick(page.restore_button, Qt.Key.Key_Space)
    question = _answer(qtbot, page.questions, "&Restore at next start")
    assert question.startswith("Restore belugadesk-")
    qtbot.waitUntil(lambda: vm.data.pending_restore is not None)  # type: ignore[union-attr]
    assert "will be restored when BelugaDesk starts again" in page.message.text()
    assert page.cancel_button.isVisibleTo(page)
    assert backup.pending_restore(vm.data.db_path) == vm.data.backups[0].path.resolve()

    qtbot.keyClick(page.cancel_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: backup.pending_restore(vm.data.db_path) is None)  # type: ignore[union-attr]


def test_the_backups_made_before_are_listed_with_date_and_size(
    qtbot: Any, settings: tuple[SettingsDialog, SettingsViewModel]
) -> None:
    dialog, vm = settings
    assert vm.data is not None
    made = backup.back_up(vm.data.db_path)
    dialog.show_page("Data")
    page = dialog.data_page
    assert page is not None
    qtbot.waitUntil(lambda: page.list.item(0).toolTip() == str(made))
    assert page.list.item(0).text().endswith(" KB")


def test_the_keep_days_setting_is_saved(
    qtbot: Any, settings: tuple[SettingsDialog, SettingsViewModel]
) -> None:
    dialog, vm = settings
    dialog.show_page("Data")
    page = dialog.data_page
    assert page is not None and page.keep_days.value() == 14
    page.keep_days.setValue(30)
    page.keep_days.editingFinished.emit()
    qtbot.waitUntil(lambda: vm.state.settings.backups.keep_days == 30)


def test_sync_with_another_device_then_pause_and_leave(
    qtbot: Any, settings: tuple[SettingsDialog, SettingsViewModel], tmp_path: Path
) -> None:
    dialog, vm = settings
    dialog.show_page("Sync")
    page = dialog.sync_page
    sync = vm.sync
    assert page is not None and sync is not None
    assert page.status.text().startswith("Sync is off.")
    assert not page.leave_button.isEnabled()
    shared = tmp_path / "Syncthing"
    shared.mkdir()
    other = Store.open(tmp_path / "desktop" / "belugadesk.sqlite3")
    other_engine = SyncEngine(shared, uuid.uuid4().hex, "Desktop")
    try:
        thread = other.threads.create(Thread(title="Written on the desktop"))
        other_engine.cycle(other)

        with qtbot.waitSignal(sync.storeChanged):
            run_coro(qtbot, sync.choose_folder(shared))
        qtbot.waitUntil(lambda: page.status.text().startswith("Up to date"))
        assert page.folder.text() == str(shared)
        assert (
            run_coro(qtbot, sync.store.run(lambda s: s.threads.get(thread.id))).title
            == "Written on the desktop"
        )
        names = [page.devices.item(i).text() for i in range(page.devices.count())]
        assert len(names) == 2 and any("Desktop — last update" in n for n in names)
        assert any("(this device)" in n for n in names)

        qtbot.keyClick(page.pause_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: sync.paused and page.pause_button.text() == "&Resume")
        assert page.status.text().startswith("Sync is paused.")
        qtbot.keyClick(page.pause_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: not sync.paused and page.status.text().startswith("Up to date"))

        qtbot.keyClick(page.leave_button, Qt.Key.Key_Space)
        _answer(qtbot, page.questions, "&Leave sync")
        qtbot.waitUntil(lambda: sync.folder == "")
        assert page.status.text().startswith("Sync is off.")
        assert run_coro(qtbot, sync.store.run(lambda s: s.threads.get(thread.id))) is not None  # data stays
    finally:
        other.close()


def test_a_folder_that_went_away_is_a_sentence(
    qtbot: Any, settings: tuple[SettingsDialog, SettingsViewModel], tmp_path: Path
) -> None:
    dialog, vm = settings
    dialog.show_page("Sync")
    sync = vm.sync
    assert sync is not None and dialog.sync_page is not None
    shared = tmp_path / "share"
    shared.mkdir()
    run_coro(qtbot, sync.choose_folder(shared))
    qtbot.waitUntil(lambda: sync.status.startswith("Up to date"))
    for path in sorted(shared.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    shared.rmdir()  # the network share is no longer mounted

    run_coro(qtbot, sync.sync_now())

    assert dialog.sync_page.status.text().startswith("Sync is waiting: The sync folder ")
    assert "is not there" in dialog.sync_page.status.text()
