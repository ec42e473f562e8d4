"""The messages of the open thread as a Qt list model (the chat view virtualizes over it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from belugadesk.domain.models import Message

ModelIndex = QModelIndex | QPersistentModelIndex


class MessageListModel(QAbstractListModel):
    MessageRole = Qt.ItemDataRole.UserRole + 1
    RoleNameRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._messages: list[Message] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        message = self._messages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return message.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{message.role.value}: {message.text}"
        if role == self.MessageRole:
            return message
        if role == self.RoleNameRole:
            return message.role.value
        if role == self.StatusRole:
            return message.status.value
        return None

    def roleNames(self) -> dict[int, bytes]:
        return {
            Qt.ItemDataRole.DisplayRole: b"text",
            self.MessageRole: b"message",
            self.RoleNameRole: b"role",
            self.StatusRole: b"status",
        }

    # --- mutations (view-model only) -------------------------------------------------------------------

    @property
    def messages(self) -> list[Message]:
        return list(self._messages)

    def reset(self, messages: list[Message]) -> None:
        self.beginResetModel()
        self._messages = list(messages)
        self.endResetModel()

    def append(self, message: Message) -> int:
        row = len(self._messages)
        self.beginInsertRows(QModelIndex(), row, row)
        self._messages.append(message)
        self.endInsertRows()
        return row

    def replace(self, row: int, message: Message) -> None:
        self._messages[row] = message
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def remove_from(self, row: int) -> None:
        if row >= len(self._messages):
            return
        self.beginRemoveRows(QModelIndex(), row, len(self._messages) - 1)
        del self._messages[row:]
        self.endRemoveRows()

    def row_of(self, message_id: str) -> int:
        return next((i for i, m in enumerate(self._messages) if m.id == message_id), -1)
