"""The rows of the sidebar's Folders section: "All chats", each folder (subfolders under their parent),
then "No folder", each with its thread count. Threads dragged from the thread list drop on a folder (or on
"No folder"); a folder dragged onto a sibling takes its place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from belugadesk.domain.folders import ALL_CHATS, NO_FOLDER, Folder, FolderFilter
from belugadesk.viewmodels.threads.list_model import THREAD_IDS_MIME, thread_ids_from

ModelIndex = QModelIndex | QPersistentModelIndex

#: the MIME type of a folder dragged within the Folders section: its id (UTF-8)
FOLDER_MIME = "application/x-belugadesk-folder-id"


@dataclass(frozen=True)
class FolderRow:
    key: FolderFilter  # ALL_CHATS, NO_FOLDER or the folder's id
    folder: Folder | None = None
    count: int = 0

    @property
    def depth(self) -> int:
        return 1 if self.folder is not None and self.folder.parent_id else 0

    @property
    def name(self) -> str:
        if self.folder is not None:
            return self.folder.name
        return (
            QCoreApplication.translate("FolderListModel", "All chats")
            if self.key == ALL_CHATS
            else QCoreApplication.translate("FolderListModel", "No folder")
        )


class FolderListModel(QAbstractListModel):
    KeyRole = Qt.ItemDataRole.UserRole + 1
    FolderRole = Qt.ItemDataRole.UserRole + 2
    CountRole = Qt.ItemDataRole.UserRole + 3
    DepthRole = Qt.ItemDataRole.UserRole + 4

    #: thread ids dropped on the row of ``key`` (a folder id or NO_FOLDER)
    threadsDropped = Signal(list, str)
    #: a folder (id) dropped on a sibling folder (id): it takes that one's place
    folderDropped = Signal(str, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[FolderRow] = [FolderRow(ALL_CHATS), FolderRow(NO_FOLDER)]

    # --- Qt model API -------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if row.key != ALL_CHATS:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if row.folder is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            threads = self.tr("%n thread(s)", "", row.count)
            if row.depth:
                parent = self.folder(row.folder.parent_id if row.folder else None)
                return QCoreApplication.translate("FolderListModel", "{name}, in {parent}, {threads}").format(
                    name=row.name, parent=parent.name if parent else "", threads=threads
                )
            return QCoreApplication.translate("FolderListModel", "{name}, {threads}").format(
                name=row.name, threads=threads
            )
        if role == Qt.ItemDataRole.ToolTipRole and row.folder is not None:
            instructions = row.folder.extra_instructions
            if not instructions:
                return row.name
            return (
                row.name
                + "\n"
                + QCoreApplication.translate("FolderListModel", "Instructions: {text}").format(
                    text=instructions
                )
            )
        if role == self.KeyRole:
            return row.key
        if role == self.FolderRole:
            return row.folder
        if role == self.CountRole:
            return row.count
        if role == self.DepthRole:
            return row.depth
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = {
            Qt.ItemDataRole.DisplayRole: b"name",
            self.KeyRole: b"key",
            self.FolderRole: b"folder",
            self.CountRole: b"count",
            self.DepthRole: b"depth",
        }
        return {int(role): QByteArray(name) for role, name in names.items()}

    # --- drag and drop ------------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [THREAD_IDS_MIME, FOLDER_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        folders = [r.folder for r in (self.row_at(i.row()) for i in indexes) if r is not None and r.folder]
        if folders:
            mime.setData(FOLDER_MIME, QByteArray(folders[0].id.encode()))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        target = self.row_at(parent.row()) if parent.isValid() else None
        if target is None or target.key == ALL_CHATS:
            return False  # only onto a row (not between rows), and "All chats" is no place
        if data.hasFormat(THREAD_IDS_MIME):
            return bool(thread_ids_from(data))
        dragged = self.folder(self._dragged_folder(data))
        return (
            dragged is not None
            and target.folder is not None
            and target.folder.id != dragged.id
            and target.folder.parent_id == dragged.parent_id
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.row_at(parent.row())
        assert target is not None
        if data.hasFormat(THREAD_IDS_MIME):
            self.threadsDropped.emit(thread_ids_from(data), target.key)
        else:
            self.folderDropped.emit(self._dragged_folder(data), target.key)
        return True  # the view-model moves it (neither model removes rows: the drag's source keeps its own)

    @staticmethod
    def _dragged_folder(data: QMimeData) -> str:
        return bytes(data.data(FOLDER_MIME).data()).decode() if data.hasFormat(FOLDER_MIME) else ""

    # --- contents (the view-model only) -------------------------------------------------------------

    def show(self, folders: Sequence[Folder], counts: dict[str | None, int]) -> None:
        """The folders in order with their counts (a folder's count includes its subfolders')."""
        own = {f.id: counts.get(f.id, 0) for f in folders}
        total = dict(own)
        for f in folders:
            if f.parent_id in total:
                total[f.parent_id] += own[f.id]
        rows = [FolderRow(ALL_CHATS, count=sum(counts.values()))]
        rows += [FolderRow(f.id, f, total[f.id]) for f in folders]
        rows.append(FolderRow(NO_FOLDER, count=counts.get(None, 0)))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> FolderRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: FolderFilter) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def folder(self, folder_id: str | None) -> Folder | None:
        return next((r.folder for r in self._rows if r.folder is not None and r.folder.id == folder_id), None)

    def folders(self) -> list[Folder]:
        return [r.folder for r in self._rows if r.folder is not None]

    def count(self, key: FolderFilter) -> int:
        row = self.row_at(self.row_of(key))
        return row.count if row is not None else 0
