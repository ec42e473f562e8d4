"""Devices for the sync tests: each its own data folder and store, one engine, one shared folder."""

from __future__ import annotations

import uuid
from pathlib import Path

from belugadesk.store import Store
from belugadesk.sync import CycleReport, SyncEngine


class Device:
    def __init__(self, root: Path, folder: Path, name: str):
        folder.mkdir(parents=True, exist_ok=True)
        self.store = Store.open(root / name / "belugadesk.sqlite3")
        self.id = uuid.uuid4().hex
        self.engine = SyncEngine(folder, self.id, name)

    def sync(self) -> CycleReport:
        return self.engine.cycle(self.store)

    def threads(self) -> dict[str, tuple[str, bool, bool]]:
        return {t.id: (t.title, t.pinned, t.archived) for t in self.store.threads.list(include_archived=True)}

    def messages(self, thread_id: str) -> list[str]:
        return [m.text for m in self.store.messages.list(thread_id)]

    def folders(self) -> list[tuple[str, str, str | None, int]]:
        """The folders in the sidebar's order, and the folder of each thread."""
        folders = [(f.id, f.name, f.parent_id, f.position) for f in self.store.folders.list()]
        filed = sorted((t.id, t.folder_id or "") for t in self.store.threads.list(include_archived=True))
        return [*folders, *((tid, "thread", fid or None, 0) for tid, fid in filed)]

    def prompts(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        return {p.id: (p.title, p.tags) for p in self.store.prompts.list()}


def settle(*devices: Device) -> None:
    for _ in range(2):
        for d in devices:
            d.sync()
