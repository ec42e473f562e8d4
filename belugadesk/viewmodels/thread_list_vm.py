"""The thread index in the left pane: a Qt list model over the store's threads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from belugadesk.domain.models import Thread
from belugadesk.viewmodels.operation import ViewModel
from belugadesk.viewmodels.session import Session

ModelIndex = QModelIndex | QPersistentModelIndex


class ThreadListModel(QAbstractListModel):
    ThreadRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._threads: list[Thread] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._threads)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._threads):
            return None
        thread = self._threads[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return thread.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return thread.last_message_preview or thread.title
        if role == self.ThreadRole:
            return thread
        return None

    def reset(self, threads: list[Thread]) -> None:
        self.beginResetModel()
        self._threads = list(threads)
        self.endResetModel()

    def row_of(self, thread_id: str) -> int:
        return next((i for i, t in enumerate(self._threads) if t.id == thread_id), -1)

    def thread_at(self, row: int) -> Thread | None:
        return self._threads[row] if 0 <= row < len(self._threads) else None

    def upsert(self, thread: Thread) -> int:
        """Put a new or updated thread where the store's order (pinned, then newest) puts it."""
        row = self.row_of(thread.id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._threads[row]
            self.endRemoveRows()
        target = next(
            (
                i
                for i, t in enumerate(self._threads)
                if (t.pinned, t.updated_at) <= (thread.pinned, thread.updated_at)
            ),
            len(self._threads),
        )
        self.beginInsertRows(QModelIndex(), target, target)
        self._threads.insert(target, thread)
        self.endInsertRows()
        return target


class ThreadListViewModel(ViewModel):
    threadActivated = Signal(object)  # Thread

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.model = ThreadListModel(self)

    async def refresh(self) -> None:
        threads = await self.run(lambda: self.session.store.run(lambda s: s.threads.list()))
        if threads is not None:
            self.model.reset([t for t in threads if t.profile_id == self.session.profile_id])

    def thread_saved(self, thread: Thread) -> None:
        self.model.upsert(thread)

    def activate_row(self, row: int) -> None:
        thread = self.model.thread_at(row)
        if thread is not None:
            self.threadActivated.emit(thread)
