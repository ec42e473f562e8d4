"""``SyncSession``: sync while the app runs — a cycle at start, then every few seconds (a check of the
folder is cheap: only new files are read), on the store's worker thread; the folder, this device's name,
pause and "Leave sync" as settings; the devices seen and the status as sentences.

Remote changes written to the store are announced by ``storeChanged`` (the app refreshes its lists).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from belugadesk.domain.errors import BelugaError
from belugadesk.settings import Sync
from belugadesk.store import AsyncStore
from belugadesk.sync import CycleReport, DeviceInfo, SyncEngine, UpdateLog, leave_sync
from belugadesk.viewmodels.settings.state import SettingsState
from belugadesk.viewmodels.view_model import ViewModel

log = logging.getLogger(__name__)

POLL_MS = 5000


class SyncSession(ViewModel):
    statusChanged = Signal(str)
    devicesChanged = Signal()
    settingsChanged = Signal()
    storeChanged = Signal()

    def __init__(self, store: AsyncStore, state: SettingsState, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.state = state
        self._engine: SyncEngine | None = None
        self._status = ""
        self._devices: list[DeviceInfo] = []
        self._last: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._running: asyncio.Task[Any] | None = None
        self._show_state()

    # --- what the Settings page shows -------------------------------------------------------------

    @property
    def settings(self) -> Sync:
        return self.state.settings.sync

    @property
    def folder(self) -> str:
        return self.settings.folder

    @property
    def device_id(self) -> str:
        return self.settings.device_id

    @property
    def device_name(self) -> str:
        return self.settings.device_name

    @property
    def paused(self) -> bool:
        return self.settings.paused

    @property
    def status(self) -> str:
        return self._status

    @property
    def devices(self) -> list[DeviceInfo]:
        return list(self._devices)

    # --- running ----------------------------------------------------------------------------------

    def begin(self) -> None:
        """Start syncing (a cycle now, then every few seconds) if a folder is chosen and not paused."""
        self._timer.stop()
        self._show_state()
        if self.folder and not self.paused:
            self._timer.start()
            self._tick()

    def _tick(self) -> None:
        if self._running is None or self._running.done():
            self._running = self.start(self.sync_now())

    async def sync_now(self) -> CycleReport | None:
        """One cycle; its outcome becomes the status sentence."""
        sync = self.settings
        if not sync.folder or sync.paused:
            return None
        if self._engine is None or self._engine.log.folder != Path(sync.folder):
            self._engine = SyncEngine(Path(sync.folder), sync.device_id, sync.device_name)
        engine = self._engine
        engine.profile_names = {p.id: p.name for p in self.state.settings.profiles}
        try:
            report = await self.store.run(engine.cycle)
        except BelugaError as exc:
            self._set_status(
                QCoreApplication.translate("SyncSession", "Sync is waiting: {reason}").format(reason=str(exc))
            )
            return None
        except OSError as exc:
            self._set_status(
                QCoreApplication.translate(
                    "SyncSession", "Sync is waiting: the sync folder could not be read or written ({reason})."
                ).format(reason=exc.strerror or str(exc))
            )
            return None
        self._last = datetime.now().astimezone()
        self._devices = await asyncio.to_thread(engine.log.devices)
        self.devicesChanged.emit()
        if report.store_changed:
            self.storeChanged.emit()
        self._set_status(self._describe(report))
        return report

    def _describe(self, report: CycleReport) -> str:
        assert self._last is not None
        text = QCoreApplication.translate("SyncSession", "Up to date; last checked at {time}.").format(
            time=self._last.strftime("%H:%M:%S")
        )
        if report.files_waiting:
            text += " " + QCoreApplication.translate(
                "SyncSession", "Some changes from other devices are still arriving."
            )
        if report.backup is not None:
            text += " " + QCoreApplication.translate(
                "SyncSession",
                "Items edited here were deleted on another device; your edits are kept in the backup {path}.",
            ).format(path=str(report.backup))
        return text

    def _show_state(self) -> None:
        if not self.folder:
            self._set_status(
                QCoreApplication.translate(
                    "SyncSession",
                    "Sync is off. Choose a folder that your sync tool replicates to turn it on.",
                )
            )
        elif self.paused:
            self._set_status(
                QCoreApplication.translate(
                    "SyncSession", "Sync is paused. Changes are kept here and shared when you resume."
                )
            )
        else:
            self._set_status(
                QCoreApplication.translate("SyncSession", "Syncing through {folder}…").format(
                    folder=self.folder
                )
            )

    def _set_status(self, text: str) -> None:
        if text != self._status:
            self._status = text
            self.statusChanged.emit(text)

    # --- changing the settings ----------------------------------------------------------------------

    async def choose_folder(self, folder: Path) -> None:
        """Sync through ``folder`` (it must exist): this device gets an id and a name the first time."""
        if not folder.is_dir():
            self.set_error(
                QCoreApplication.translate("SyncSession", "The folder {folder} does not exist.").format(
                    folder=str(folder)
                )
            )
            return
        sync = self.settings
        device_id = sync.device_id or uuid.uuid4().hex
        name = (
            sync.device_name
            or socket.gethostname()
            or QCoreApplication.translate("SyncSession", "This computer")
        )
        new = Sync(folder=str(folder), device_id=device_id, device_name=name, paused=False)
        await self._save(new)
        self.begin()

    async def rename_device(self, name: str) -> None:
        name = name.strip()
        if not name or name == self.device_name:
            return
        await self._save(self.settings.model_copy(update={"device_name": name}))
        if self._engine is not None:
            self._engine.name = name
        if self.folder and not self.paused:
            log_folder = UpdateLog(Path(self.folder), self.device_id)
            await asyncio.to_thread(_describe_device, log_folder, name)
            self._tick()

    async def set_paused(self, paused: bool) -> None:
        if paused == self.paused:
            return
        await self._save(self.settings.model_copy(update={"paused": paused}))
        self.begin()

    async def leave(self) -> None:
        """Stop syncing; the data here stays, the folder keeps what this device wrote."""
        self._timer.stop()
        if self._running is not None:
            self._running.cancel()
        await self.store.run(leave_sync)
        self._engine = None
        self._devices = []
        self.devicesChanged.emit()
        await self._save(self.settings.model_copy(update={"folder": "", "paused": False}))
        self._show_state()

    async def _save(self, new: Sync) -> None:
        await self.state.change(sync=new)
        self.settingsChanged.emit()

    async def aclose(self) -> None:
        self._timer.stop()
        await super().aclose()


def _describe_device(log_folder: UpdateLog, name: str) -> None:
    try:
        log_folder.ensure()
        log_folder.describe(name)
    except (BelugaError, OSError) as exc:
        log.warning("Sync: the device name could not be written to the folder: %s", exc)
