"""The app with backups and sync: the daily backup is made after start-up, a restore chosen in Settings →
Data happens at the next start (the replaced database kept), and a thread synced from another device
appears in the thread list."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from belugadesk.app import Application, make_qapplication
from belugadesk.domain.models import Backend, Message, Thread
from belugadesk.settings import DEMO_PROFILE_ID, AppPaths, SettingsFile
from belugadesk.store import Store, backup
from belugadesk.sync import SyncEngine
from tests.support import run_coro


def _started(qtbot: Any) -> Application:
    app = Application(make_qapplication(), demo=True, screenshot=None)
    run_coro(qtbot, app.start(), timeout=20_000)
    return app


def _stop(qtbot: Any, app: Application) -> None:
    if app.window is not None:
        app.window.close()
    run_coro(qtbot, app.shutdown(), timeout=20_000)


def test_daily_backup_then_a_restore_at_the_next_start(qtbot: Any, loop: Any, isolated_home: Path) -> None:
    db_path = AppPaths.under(isolated_home).database_path
    first = _started(qtbot)
    try:
        folder = backup.backups_folder(db_path)
        qtbot.waitUntil(lambda: len(backup.list_backups(folder)) == 1, timeout=10_000)
        made = backup.list_backups(folder)[0].path
        assert first.store is not None
        run_coro(qtbot, first.store.run(lambda s: s.threads.create(Thread(title="After the backup"))))
        backup.schedule_restore(db_path, made)
    finally:
        _stop(qtbot, first)

    second = _started(qtbot)
    try:
        assert second.store is not None
        titles = run_coro(qtbot, second.store.run(lambda s: [t.title for t in s.threads.list()]))
        assert "After the backup" not in titles
        kept = [
            p for p in db_path.parent.iterdir() if ".before-restore-" in p.name and p.suffix != ".sqlite3-wal"
        ]
        assert kept, "the replaced database is kept beside the new one"
    finally:
        _stop(qtbot, second)


def test_a_thread_from_another_device_appears_in_the_list(
    qtbot: Any, loop: Any, isolated_home: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "Nextcloud"
    shared.mkdir()
    paths = AppPaths.under(isolated_home).ensure()
    settings_file = SettingsFile(paths)
    settings = settings_file.load().with_demo_profiles()
    settings_file.save(
        settings.replace(
            active_profile_id=DEMO_PROFILE_ID,
            onboarding_done=True,
            sync={"folder": str(shared), "device_id": uuid.uuid4().hex, "device_name": "Laptop"},
        )
    )
    other = Store.open(tmp_path / "desktop.sqlite3")
    try:
        other.threads.create(Thread(title="Planned on the desktop", profile_id=DEMO_PROFILE_ID))
        SyncEngine(shared, uuid.uuid4().hex, "Desktop").cycle(other)
    finally:
        other.close()

    app = _started(qtbot)
    try:
        assert app.vm is not None
        threads = app.vm.threads.model
        qtbot.waitUntil(lambda: threads.thread_rows() == [1], timeout=10_000)
        assert threads.data(threads.index(1)) == "Planned on the desktop"
    finally:
        _stop(qtbot, app)


def test_an_open_chat_shows_the_messages_another_device_added(
    qtbot: Any, loop: Any, isolated_home: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "Nextcloud"
    shared.mkdir()
    paths = AppPaths.under(isolated_home).ensure()
    settings_file = SettingsFile(paths)
    settings = settings_file.load().with_demo_profiles()
    settings_file.save(
        settings.replace(
            active_profile_id=DEMO_PROFILE_ID,
            onboarding_done=True,
            sync={"folder": str(shared), "device_id": uuid.uuid4().hex, "device_name": "Laptop"},
        )
    )
    other = Store.open(tmp_path / "desktop.sqlite3")
    other_engine = SyncEngine(shared, uuid.uuid4().hex, "Desktop")
    thread = other.threads.create(
        Thread(title="Local model chat", profile_id=DEMO_PROFILE_ID, backend=Backend.CHAT_COMPLETIONS)
    )
    other.messages.append_many(thread.id, [Message.user("Hi"), Message.assistant("Hello!")])
    other_engine.cycle(other)

    app = _started(qtbot)
    try:
        assert app.vm is not None
        vm = app.vm
        qtbot.waitUntil(lambda: vm.threads.model.thread_rows() == [1], timeout=10_000)
        stored = run_coro(qtbot, app.store.run(lambda s: s.threads.get(thread.id)))  # type: ignore[union-attr]
        vm.open_thread(stored)
        qtbot.waitUntil(lambda: vm.chat.messages.rowCount() == 2, timeout=10_000)

        other.messages.append(thread.id, Message.user("Continued on the desktop"))
        other_engine.cycle(other)

        qtbot.waitUntil(lambda: vm.chat.messages.rowCount() == 3, timeout=10_000)
        assert vm.chat.messages.message_at(2).text == "Continued on the desktop"
        assert vm.chat.thread is not None and vm.chat.thread.id == thread.id
    finally:
        other.close()
        _stop(qtbot, app)
