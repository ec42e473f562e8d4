"""Settings → Data: the database's backups (listed newest first), Back up now, a restore scheduled for the
next start (the running app holds the database), and how many days the daily backups are kept."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from belugadesk.settings import Backups
from belugadesk.store import backup
from belugadesk.store.backup import BackupInfo
from belugadesk.viewmodels.settings.state import SettingsState
from belugadesk.viewmodels.view_model import ViewModel


class DataViewModel(ViewModel):
    backupsChanged = Signal()
    messageChanged = Signal(str)

    def __init__(self, state: SettingsState, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.db_path = db_path
        self._backups: list[BackupInfo] = []
        self._message = ""
        self._pending: Path | None = None

    @property
    def folder(self) -> Path:
        return backup.backups_folder(self.db_path)

    def ensure_folder(self) -> Path:
        """The backups folder, made if there is none yet (to show it in the file manager)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder

    @property
    def backups(self) -> list[BackupInfo]:
        return list(self._backups)

    @property
    def keep_days(self) -> int:
        return self.state.settings.backups.keep_days

    @property
    def pending_restore(self) -> Path | None:
        return self._pending

    @property
    def message(self) -> str:
        return self._message

    def _say(self, text: str) -> None:
        self._message = text
        self.messageChanged.emit(text)

    async def refresh(self) -> None:
        self._backups = await asyncio.to_thread(backup.list_backups, self.folder)
        self._pending = await asyncio.to_thread(backup.pending_restore, self.db_path)
        self.backupsChanged.emit()

    async def back_up_now(self) -> None:
        made = await self.run(
            lambda: asyncio.to_thread(backup.back_up, self.db_path), failure=self.tr("No backup was made.")
        )
        if made is not None:
            self._say(self.tr("Backed up to {path}.").format(path=str(made)))
            await self.refresh()

    async def restore_at_next_start(self, source: Path) -> None:
        done = await self.run(
            lambda: asyncio.to_thread(_schedule, self.db_path, source),
            failure=self.tr("The backup will not be restored."),
        )
        if not done:
            return
        self._say(
            self.tr(
                "{name} will be restored when BelugaDesk starts again: quit and start it. The data as it "
                "is then is backed up first and kept beside it."
            ).format(name=source.name)
        )
        await self.refresh()

    async def cancel_restore(self) -> None:
        await asyncio.to_thread(backup.cancel_pending_restore, self.db_path)
        self._say(self.tr("No backup will be restored."))
        await self.refresh()

    async def set_keep_days(self, days: int) -> None:
        if days == self.keep_days:
            return
        await self.run(
            lambda: self.state.change(backups=Backups(keep_days=days)),
            failure=self.tr("The setting was not saved."),
        )


def _schedule(db_path: Path, source: Path) -> bool:
    backup.schedule_restore(db_path, source)
    return True
