"""Sync through a folder the user already replicates: the shared rows as pycrdt documents, exchanged as
per-device update files (see docs/SYNC.md)."""

from belugadesk.sync.engine import CycleReport, SyncEngine
from belugadesk.sync.update_log import DeviceInfo, UpdateLog

__all__ = ["CycleReport", "DeviceInfo", "SyncEngine", "UpdateLog"]
