"""The update files in the shared folder: ``<folder>/belugadesk/<device id>/<seq>.update``, one folder per
device, written only by that device (temporary file, then rename), so the user's sync tool never sees two
writers on one file. Each file is framed (a magic line, the length and a SHA-256 of the payload): a file
that is still arriving, cut short or not ours is skipped, and read again later."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from belugadesk.domain.errors import BelugaError
from belugadesk.files import atomic_write

log = logging.getLogger(__name__)

SYNC_SUBFOLDER = "belugadesk"
MAGIC = b"BELUGADESK-SYNC-1\n"
_HEADER = struct.Struct(">Q32s")  # payload length, sha256
_UPDATE = re.compile(r"^(\d{8})\.update$")
_DEVICE_ID = re.compile(r"^[0-9a-f]{32}$")
DEVICE_FILE = "device.json"


class SyncFolderMissing(BelugaError):
    """The chosen sync folder is not there (an unmounted disk or share): sync waits for it."""


@dataclass(frozen=True)
class UpdateFile:
    device: str
    seq: int
    path: Path

    @property
    def key(self) -> str:
        return f"{self.device}/{self.path.name}"


@dataclass(frozen=True)
class DeviceInfo:
    device: str
    name: str
    last_update: datetime | None


@dataclass(frozen=True)
class Update:
    """A whole update file's content: the CRDT update, the range of this device's updates it holds
    (``first``..``last``; more than one after compaction) and the updates of other devices the writer
    had applied (``deps``: device -> last seq), which must be applied before this one."""

    first: int
    last: int
    deps: dict[str, int]
    payload: bytes


def frame(update: Update) -> bytes:
    meta = json.dumps({"first": update.first, "last": update.last, "deps": update.deps}).encode()
    body = meta + update.payload
    return (
        MAGIC + _HEADER.pack(len(body), hashlib.sha256(body).digest()) + struct.pack(">I", len(meta)) + body
    )


def unframe(data: bytes) -> Update | None:
    """The content of a whole file; None for one that is partial, damaged or not an update file."""
    start = len(MAGIC) + _HEADER.size + 4
    if not data.startswith(MAGIC) or len(data) < start:
        return None
    length, digest = _HEADER.unpack_from(data, len(MAGIC))
    (meta_length,) = struct.unpack_from(">I", data, len(MAGIC) + _HEADER.size)
    body = data[start:]
    if len(body) != length or hashlib.sha256(body).digest() != digest or meta_length > length:
        return None
    try:
        meta = json.loads(body[:meta_length])
        deps = {str(k): int(v) for k, v in meta["deps"].items()}
        return Update(int(meta["first"]), int(meta["last"]), deps, body[meta_length:])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class UpdateLog:
    """This device's log in the shared folder, and reading the other devices' logs."""

    def __init__(self, folder: Path, device: str):
        self.folder = folder
        self.root = folder / SYNC_SUBFOLDER
        self.device = device
        self.own = self.root / device

    def files(self, device: str | None = None) -> list[UpdateFile]:
        """Update files by device and sequence (of one device, or of all)."""
        found: list[UpdateFile] = []
        try:
            folders = [self.root / device] if device else [p for p in self.root.iterdir() if p.is_dir()]
        except OSError:
            return []
        for folder in folders:
            if not _DEVICE_ID.match(folder.name):
                continue
            try:
                entries = list(folder.iterdir())
            except OSError:
                continue
            for entry in entries:
                match = _UPDATE.match(entry.name)
                if match is not None:
                    found.append(UpdateFile(folder.name, int(match.group(1)), entry))
        return sorted(found, key=lambda f: (f.device, f.seq))

    @staticmethod
    def read(update: UpdateFile) -> Update | None:
        try:
            return unframe(update.path.read_bytes())
        except OSError:
            return None

    def next_seq(self) -> int:
        own = self.files(self.device)
        return own[-1].seq + 1 if own else 1

    def write(self, update: Update, *, name: str) -> Path:
        """Write this device's update ``update.last`` whole (temporary file + rename); say who wrote it."""
        self.ensure()
        path = self.own / f"{update.last:08d}.update"
        atomic_write(path, frame(update))
        self.describe(name)
        return path

    def ensure(self) -> None:
        """This device's folder inside the sync folder; SyncFolderMissing if the sync folder is gone."""
        if not self.folder.is_dir():
            raise SyncFolderMissing(
                f"The sync folder {self.folder} is not there (a disk or share not connected?). "
                "Sync carries on when it is back."
            )
        try:
            self.own.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SyncFolderMissing(
                f"BelugaDesk cannot write in the sync folder {self.folder} ({exc.strerror})."
            ) from exc

    def describe(self, name: str) -> None:
        info = {"name": name, "last_update": datetime.now(UTC).isoformat()}
        atomic_write(self.own / DEVICE_FILE, json.dumps(info, ensure_ascii=False))

    def replace_upto(self, update: Update, *, name: str) -> None:
        """Compaction: one file holding ``update`` (every own update before it merged) in place of those
        files. Devices that read the old ones find the same changes again, which changes nothing."""
        older = [f for f in self.files(self.device) if f.seq < update.last]
        self.write(update, name=name)
        for old in older:
            old.path.unlink(missing_ok=True)

    def devices(self) -> list[DeviceInfo]:
        """Every device that writes to the folder (this one too), by name."""
        found = []
        try:
            folders = [p for p in self.root.iterdir() if p.is_dir() and _DEVICE_ID.match(p.name)]
        except OSError:
            return []
        for folder in folders:
            name, when = folder.name[:8], None
            try:
                info = json.loads((folder / DEVICE_FILE).read_text(encoding="utf-8"))
                name = str(info.get("name") or name)
                when = datetime.fromisoformat(info["last_update"])
            except (OSError, ValueError, KeyError, TypeError):
                pass
            found.append(DeviceInfo(folder.name, name, when))
        return sorted(found, key=lambda d: d.name.casefold())
