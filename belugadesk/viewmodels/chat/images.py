"""The thread's images in the app's cache folder: those the assistant produced, downloaded once through the
bridge, and those the person put in a message, kept from their own file (or pasted data)."""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from belugadesk.domain.errors import BelugaError
from belugadesk.domain.models import ImagePart, new_id
from belugadesk.files import atomic_write
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import StartWork

log = logging.getLogger(__name__)
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


class ChatImages(QObject):
    """``path_for(file_id)`` is the cached file or None; ``request(part)`` fetches it in the background and
    emits ``imageReady(file_id)`` (or ``imageFailed(file_id, sentence)``). Downloads run as work of the owning
    view-model (``start``), so closing it cancels them."""

    imageReady = Signal(str)
    imageFailed = Signal(str, str)

    def __init__(
        self, session: Session, start: StartWork, cache_dir: Path | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.session = session
        self._start = start
        self.cache_dir = cache_dir
        self._pending: dict[str, asyncio.Task[None]] = {}
        self.failures: dict[str, str] = {}

    def set_cache_dir(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir

    def _file(self, file_id: str) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / f"{_SAFE.sub('_', file_id)}.img"

    def path_for(self, file_id: str) -> Path | None:
        path = self._file(file_id)
        return path if path is not None and path.exists() else None

    def request(self, part: ImagePart) -> None:
        """Fetch ``part`` unless it is cached, already on its way, or failed before."""
        if self.path_for(part.file_id) or part.file_id in self._pending or part.file_id in self.failures:
            return
        if self.cache_dir is None:
            return
        task = self._start(self._download(part))
        self._pending[part.file_id] = task
        task.add_done_callback(lambda _: self._pending.pop(part.file_id, None))

    async def _download(self, part: ImagePart) -> None:
        target = self._file(part.file_id)
        assert target is not None
        try:
            backend = await self.session.backend()
            data = await backend.download_file(part.file_id, container_id=part.container_id)
            await asyncio.get_running_loop().run_in_executor(None, _write, target, data)
        except (BelugaError, OSError) as exc:
            self.failures[part.file_id] = self.tr("The image could not be downloaded: {error}").format(
                error=exc
            )
            self.imageFailed.emit(part.file_id, self.failures[part.file_id])
        else:
            self.imageReady.emit(part.file_id)

    async def keep(self, images: list[tuple[str, Path]]) -> None:
        """Copy images put in a message (file id, local file) into the cache, so the message shows them
        without downloading them back. A file that cannot be copied is downloaded later instead."""
        targets = [(self._file(file_id), source) for file_id, source in images]
        copies = [(t, s) for t, s in targets if t is not None and not t.exists()]
        if copies:
            await asyncio.get_running_loop().run_in_executor(None, _copy_all, copies)

    async def save_pasted(self, png: bytes) -> Path:
        """Write a pasted or dropped image (PNG bytes) to a file of its own, to attach it like any file."""
        folder = (self.cache_dir / "pasted") if self.cache_dir is not None else Path(tempfile.gettempdir())
        target = folder / f"pasted-image-{new_id()[:8]}.png"
        await asyncio.get_running_loop().run_in_executor(None, _write, target, png)
        return target

    async def wait_idle(self) -> None:
        while self._pending:
            await asyncio.gather(*list(self._pending.values()), return_exceptions=True)

    def save_as(self, file_id: str, destination: Path) -> str:
        """Copy a cached image to ``destination``; returns "" or a sentence saying what went wrong."""
        source = self.path_for(file_id)
        if source is None:
            return self.tr("The image has not been downloaded yet.")
        try:
            shutil.copyfile(source, destination)
        except OSError as exc:
            return self.tr("Could not save the image to {path}: {error}.").format(
                path=destination, error=exc.strerror or exc
            )
        return ""


def _copy_all(copies: list[tuple[Path, Path]]) -> None:
    for target, source in copies:
        try:
            _write(target, source.read_bytes())
        except OSError as exc:
            log.info("Could not keep the image %s: %s", source, exc)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data)
