"""``SyncSession``: sync while the app runs — a cycle at start, then soon after another device's file
appears (a ``QFileSystemWatcher`` on the other devices' folders and on the folder that holds them, so a
new device is watched too), and every minute in case the watcher stays silent (network shares), on the
store's worker thread (a check of the folder is cheap: only new files are read); the folder, this device's
name, pause and "Leave sync" as settings; the devices seen and the status as sentences.

Remote changes written to the store are announced by ``storeChanged`` with the names of the collections
they touched (the app refreshes its lists, and the open chat when messages changed).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from belugadesk.domain.errors import BelugaError
from belugadesk.settings import Sync
from belugadesk.store import AsyncStore
from belugadesk.sync import CycleReport, DeviceInfo, SyncEngine, UpdateLog, leave_sync
from belugadesk.viewmodels.settings.state import SettingsState
from belugadesk.viewmodels.view_model import ViewModel

log = logging.getLogger(__name__)

#: a check this often, in case the file watcher hears nothing (network shares often do not tell)
POLL_MS = 60_000
#: a check this long after the last change the watcher heard (a sync tool writes a few files at once)
SETTLE_MS = 300


class SyncSession(ViewModel):
    statusChanged = Signal(str)
    devicesChanged = Signal()
    settingsChanged = Signal()
    storeChanged = Signal(object)  # set[str]: the collections another device changed here

    def __init__(
        self,
        store: AsyncStore,
        state: SettingsState,
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
    ):
        super().__init__(parent)
        self.store = store
        self.state = state
        self._engine: SyncEngine | None = None
        self._status = ""
        self._devices: list[DeviceInfo] = []
        self._last: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._tick)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SETTLE_MS)
        self._soon.timeout.connect(self._tick)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._soon.start())
        self._running: asyncio.Task[Any] | None = None
        self._again = False  # a change heard while a cycle ran: one more cycle after it
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
        """Start syncing (a cycle now, then as files appear) if a folder is chosen and not paused."""
        self._stop()
        self._show_state()
        if self.folder and not self.paused:
            self._timer.start()
            self._tick()

    def _stop(self) -> None:
        self._timer.stop()
        self._soon.stop()
        self._watch([])

    def _tick(self) -> None:
        if self._running is None or self._running.done():
            self._running = self.start(self.sync_now())
            self._running.add_done_callback(self._after)
        else:
            self._again = True

    def _after(self, _task: asyncio.Task[Any]) -> None:
        if self._again and self._timer.isActive():
            self._again = False
            self._soon.start()

    def _watch(self, folders: list[str]) -> bool:
        """Watch exactly ``folders``; True if some were not watched before."""
        watched = set(self._watcher.directories())
        if gone := watched - set(folders):
            self._watcher.removePaths(sorted(gone))
        if new := [f for f in folders if f not in watched]:
            self._watcher.addPaths(new)
        return bool(new)

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
        if self._timer.isActive() and self._watch(_watched_folders(engine.log, self._devices)):
            self._soon.start()  # what arrived in a new device's folder before it was watched
        self.devicesChanged.emit()
        if report.store_changed:
            self.storeChanged.emit(set(report.changed_collections))
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
        self._stop()
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
        self._stop()
        await super().aclose()


def _watched_folders(log_folder: UpdateLog, devices: list[DeviceInfo]) -> list[str]:
    """The folder of the devices' folders (a new device appears there) and each other device's folder
    (this device's own changes need no check)."""
    return [str(log_folder.root)] + [
        str(log_folder.root / d.device) for d in devices if d.device != log_folder.device
    ]


def _describe_device(log_folder: UpdateLog, name: str) -> None:
    try:
        log_folder.ensure()
        log_folder.describe(name)
    except (BelugaError, OSError) as exc:
        log.warning("Sync: the device name could not be written to the folder: %s", exc)
