"""Sync through a folder the user already replicates: the shared rows as pycrdt documents, exchanged as
per-device update files (see docs/SYNC.md)."""

from belugadesk.sync.engine import CycleReport, SyncEngine, leave_sync
from belugadesk.sync.update_log import DeviceInfo, SyncFolderMissing, UpdateLog

__all__ = ["CycleReport", "DeviceInfo", "SyncEngine", "SyncFolderMissing", "UpdateLog", "leave_sync"]
