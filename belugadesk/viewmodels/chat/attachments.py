"""Files attached to the message being written: checked, uploaded with per-file state, removable. An image
is sent in the message for the model to see (``"vision"``) unless the person gives it to a tool."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from belugadesk.domain.capabilities import IMAGE_TYPES, IMAGES_ONLY, attaches_images_only, image_type
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.models import AttachmentPart, ImagePart, new_id
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import StartWork

MAX_FILE_BYTES = 512 * 1024 * 1024  # OpenAI's limit per file
ToolName = Literal["file_search", "code_interpreter", "vision"]
TOOL_LABELS: dict[str, str] = {
    "file_search": QT_TRANSLATE_NOOP("ChatAttachments", "File search"),
    "code_interpreter": QT_TRANSLATE_NOOP("ChatAttachments", "Code interpreter"),
    "vision": QT_TRANSLATE_NOOP("ChatAttachments", "Image in the message"),
}
IMAGE_PATTERNS = " ".join("*" + suffix for suffix in IMAGE_TYPES)


class UploadState(StrEnum):
    UPLOADING = "uploading"
    UPLOADED = "uploaded"
    FAILED = "failed"


@dataclass(frozen=True)
class Attachment:
    key: str
    path: Path
    size: int
    tool: ToolName
    state: UploadState = UploadState.UPLOADING
    file_id: str = ""
    error: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    def part(self) -> AttachmentPart | ImagePart:
        if self.tool == "vision":
            return ImagePart(file_id=self.file_id, mime_type=image_type(self.path.name) or "image/png")
        return AttachmentPart(file_id=self.file_id, filename=self.name, tool=self.tool, size=self.size)


def human_size(size: int) -> str:
    value = float(size)
    for unit in (QCoreApplication.translate("ChatAttachments", "bytes"), "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def check_file(path: Path) -> tuple[int, str]:
    """(size, "") when ``path`` can be attached, else (0, a sentence saying why not)."""
    try:
        stat = path.stat()
    except OSError as exc:
        return 0, QCoreApplication.translate("ChatAttachments", "{name} cannot be read: {error}.").format(
            name=path.name, error=exc.strerror or exc
        )
    if not path.is_file():
        return 0, QCoreApplication.translate("ChatAttachments", "{name} is not a file.").format(
            name=path.name
        )
    if stat.st_size == 0:
        return 0, QCoreApplication.translate(
            "ChatAttachments", "{name} is empty; there is nothing to upload."
        ).format(name=path.name)
    if stat.st_size > MAX_FILE_BYTES:
        return 0, QCoreApplication.translate(
            "ChatAttachments", "{name} is {size}; files can be at most 512 MB."
        ).format(name=path.name, size=human_size(stat.st_size))
    return stat.st_size, ""


class AttachmentListModel(QAbstractListModel):
    """One row per attached file. DisplayRole: "name — size — state"."""

    AttachmentRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[Attachment] = []
        self.images_only = False  # the backend takes pictures only: no tool to name

    def set_images_only(self, images_only: bool) -> None:
        if images_only != self.images_only:
            self.images_only = images_only
            if self._items:
                self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            state = {
                UploadState.UPLOADING: "uploading…",
                UploadState.UPLOADED: "ready",
                UploadState.FAILED: f"failed: {item.error}",
            }[item.state]
            use = (
                self.tr("image")
                if self.images_only
                else QCoreApplication.translate("ChatAttachments", TOOL_LABELS[item.tool])
            )
            return f"{item.name} — {human_size(item.size)} — {use} — {state}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role == self.AttachmentRole:
            return item
        return None

    @property
    def items(self) -> list[Attachment]:
        return list(self._items)

    def add(self, item: Attachment) -> None:
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items))
        self._items.append(item)
        self.endInsertRows()

    def update(self, key: str, **changes: Any) -> Attachment | None:
        row = self.row_of(key)
        if row < 0:
            return None
        self._items[row] = replace(self._items[row], **changes)
        self.dataChanged.emit(self.index(row), self.index(row))
        return self._items[row]

    def remove(self, key: str) -> None:
        row = self.row_of(key)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._items = []
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return next((i for i, a in enumerate(self._items) if a.key == key), -1)


class ChatAttachments(QObject):
    """Checks and uploads files for the next message. ``rejected(sentence)`` when a file cannot be added.

    On a backend that takes pictures only (Chat Completions) any other file is refused here, before anything
    is sent, and there is no tool to choose. Uploads run as work of the owning view-model (``start``), so
    closing it cancels them."""

    rejected = Signal(str)
    changed = Signal()  # any row added, removed, or changing state

    def __init__(self, session: Session, start: StartWork, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._start = start
        self.model = AttachmentListModel(self)
        self._uploads: dict[str, asyncio.Task[None]] = {}
        self.model.rowsInserted.connect(self.changed)
        self.model.rowsRemoved.connect(self.changed)
        self.model.modelReset.connect(self.changed)
        self.model.dataChanged.connect(self.changed)
        self.model.set_images_only(self.images_only)
        session.profileChanged.connect(self._on_profile_changed)  # a method: disconnected with this object

    def _on_profile_changed(self, _name: str) -> None:
        self.model.set_images_only(self.images_only)
        self.changed.emit()

    @property
    def images_only(self) -> bool:
        """The profile's backend takes pictures with a message, and no other file."""
        return attaches_images_only(self.session.backend_kind)

    @property
    def chooser_title(self) -> str:
        return self.tr("Attach images") if self.images_only else self.tr("Attach files")

    @property
    def name_filter(self) -> str:
        """The file chooser's filter: pictures only where nothing else can be attached, else any file."""
        return self.tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS) if self.images_only else ""

    @property
    def hint(self) -> str:
        """What the attach button does on this profile (its tooltip)."""
        if self.images_only:
            return self.tr("Attach pictures (PNG, JPEG, GIF or WebP) to send with the message (Ctrl+Shift+A)")
        return self.tr("Attach images for the model to see, or files for file search or code (Ctrl+Shift+A)")

    def add_files(self, paths: list[Path], tool: ToolName = "file_search") -> list[str]:
        """Check each file and start uploading the good ones; returns the keys of those added. An image goes
        in the message (``"vision"``); other files to ``tool``."""
        added: list[str] = []
        problems: list[str] = []
        images_only = self.images_only
        for path in paths:
            if images_only and image_type(path.name) is None:
                problems.append(IMAGES_ONLY.format(name=path.name))
                continue
            size, problem = check_file(path)
            if problem:
                problems.append(problem)
                continue
            use: ToolName = "vision" if image_type(path.name) else tool
            item = Attachment(key=new_id(), path=path, size=size, tool=use)
            self.model.add(item)
            self._start_upload(item)
            added.append(item.key)
        if problems:
            self.rejected.emit(" ".join(problems))
        return added

    async def _upload(self, item: Attachment) -> None:
        try:
            backend = await self.session.backend()
            uploaded = await backend.upload_file(item.path, tool=item.tool)
        except BelugaError as exc:
            self.model.update(item.key, state=UploadState.FAILED, error=str(exc))
        except Exception as exc:  # a bug or an unexpected I/O error: keep the row, say what happened
            self.model.update(
                item.key,
                state=UploadState.FAILED,
                error=self.tr("Unexpected error: {error}").format(error=exc),
            )
        else:
            self.model.update(item.key, state=UploadState.UPLOADED, file_id=uploaded.id)

    def retry(self, key: str) -> None:
        row = self.model.row_of(key)
        if row < 0 or self.model.items[row].state is not UploadState.FAILED:
            return
        item = self.model.update(key, state=UploadState.UPLOADING, error="")
        assert item is not None
        self._start_upload(item)

    def _start_upload(self, item: Attachment) -> None:
        task = self._start(self._upload(item))
        self._uploads[item.key] = task
        task.add_done_callback(lambda done: self._forget_upload(item.key, done))

    def _forget_upload(self, key: str, task: asyncio.Task[Any]) -> None:
        if self._uploads.get(key) is task:
            del self._uploads[key]

    def remove(self, key: str) -> None:
        task = self._uploads.pop(key, None)
        if task is not None:
            task.cancel()
        self.model.remove(key)

    def set_tool(self, key: str, tool: ToolName) -> None:
        """Give a file to another tool; between an image in the message and a tool's file it is uploaded
        again (for another purpose)."""
        row = self.model.row_of(key)
        if row < 0:
            return
        before = self.model.items[row]
        if (before.tool == "vision") == (tool == "vision") or before.state is UploadState.FAILED:
            self.model.update(key, tool=tool)
            return
        task = self._uploads.pop(key, None)
        if task is not None:
            task.cancel()
        item = self.model.update(key, tool=tool, state=UploadState.UPLOADING, file_id="", error="")
        assert item is not None
        self._start_upload(item)

    @property
    def uploading(self) -> bool:
        return any(a.state is UploadState.UPLOADING for a in self.model.items)

    @property
    def failed(self) -> list[Attachment]:
        return [a for a in self.model.items if a.state is UploadState.FAILED]

    def ready_parts(self) -> tuple[AttachmentPart | ImagePart, ...]:
        return tuple(a.part() for a in self.model.items if a.state is UploadState.UPLOADED)

    def ready_images(self) -> list[tuple[str, Path]]:
        """(file id, local file) of each uploaded image sent in the message."""
        return [
            (a.file_id, a.path)
            for a in self.model.items
            if a.state is UploadState.UPLOADED and a.tool == "vision"
        ]

    async def wait_uploaded(self) -> None:
        while self._uploads:
            await asyncio.gather(*list(self._uploads.values()), return_exceptions=True)

    def clear(self) -> None:
        for task in self._uploads.values():
            task.cancel()
        self._uploads.clear()
        self.model.clear()
