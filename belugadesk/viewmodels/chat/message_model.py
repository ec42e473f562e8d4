"""The messages of the open thread as a Qt list model (the chat view virtualizes over it)."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from belugadesk.core.titles import plain_text
from belugadesk.domain.models import Message, MessageStatus, Role
from belugadesk.viewmodels.chat.message_time import full_time, short_time

ModelIndex = QModelIndex | QPersistentModelIndex


class MessageListModel(QAbstractListModel):
    """``RevisionRole`` is a number that changes whenever a row's message is replaced: views key their
    per-row caches (rendered text, layout, size) on (message id, revision)."""

    MessageRole = Qt.ItemDataRole.UserRole + 1
    RoleNameRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3
    RevisionRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._messages: list[Message] = []
        self._revisions: list[int] = []
        self._next_revision = 1
        #: who writes the replies (what a screen reader says for them); set with the chat's assistant
        self.assistant_name = ""

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._messages):
            return None
        if role == self.MessageRole:
            return self._messages[row]
        if role == self.RevisionRole:
            return self._revisions[row]
        message = self._messages[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return message.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(message)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.spoken_details(message)
        if role == self.RoleNameRole:
            return message.role.value
        if role == self.StatusRole:
            return message.status.value
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {
            Qt.ItemDataRole.DisplayRole: QByteArray(b"text"),
            self.MessageRole: QByteArray(b"message"),
            self.RoleNameRole: QByteArray(b"role"),
            self.StatusRole: QByteArray(b"status"),
            self.RevisionRole: QByteArray(b"revision"),
        }

    def author(self, message: Message) -> str:
        """Who wrote ``message``, as the chat names them."""
        if message.role is Role.USER:
            return QCoreApplication.translate("MessageListModel", "You")
        if message.role is Role.ASSISTANT:
            return self.assistant_name or QCoreApplication.translate("MessageListModel", "Assistant")
        return message.role.value

    def spoken(self, message: Message) -> str:
        """What a screen reader says for the row: who, when, and the text as rendered (no markdown)."""
        text = plain_text(message.text) if message.text else ""
        if message.error:
            text = f"{text}\n{message.error}" if text else message.error
        return QCoreApplication.translate("MessageListModel", "{who}, {when}: {text}").format(
            who=self.author(message), when=short_time(message.created_at), text=text
        )

    def spoken_details(self, message: Message) -> str:
        """The row's full time and, for a reply that did not complete, its state."""
        details = full_time(message.created_at)
        state = {
            MessageStatus.IN_PROGRESS: QCoreApplication.translate("MessageListModel", "Being written"),
            MessageStatus.CANCELLED: QCoreApplication.translate("MessageListModel", "Stopped"),
            MessageStatus.FAILED: QCoreApplication.translate("MessageListModel", "Failed"),
            MessageStatus.INCOMPLETE: QCoreApplication.translate("MessageListModel", "Incomplete"),
            MessageStatus.INTERRUPTED: QCoreApplication.translate("MessageListModel", "Interrupted"),
        }.get(message.status)
        return f"{details}. {state}" if state else details

    # --- reading -------------------------------------------------------------------------------------

    @property
    def messages(self) -> list[Message]:
        """A copy of every message (for tests and small lists; use :meth:`message_at` in hot paths)."""
        return list(self._messages)

    def message_at(self, row: int) -> Message:
        return self._messages[row]

    def revision_at(self, row: int) -> int:
        return self._revisions[row]

    def row_of(self, message_id: str) -> int:
        for i in range(len(self._messages) - 1, -1, -1):
            if self._messages[i].id == message_id:
                return i
        return -1

    # --- mutations (view-model only) -------------------------------------------------------------------

    def _revision(self) -> int:
        self._next_revision += 1
        return self._next_revision

    def reset(self, messages: list[Message]) -> None:
        self.beginResetModel()
        self._messages = list(messages)
        self._revisions = [self._revision() for _ in self._messages]
        self.endResetModel()

    def merge(self, messages: list[Message]) -> None:
        """Show ``messages`` (the same thread, reloaded) touching only what changed: rows are matched by
        message id; an equal message keeps its row and revision, a changed one is replaced, the others are
        inserted or removed (no model reset, so views keep their per-row caches and scroll position)."""
        old_ids = [m.id for m in self._messages]
        new_ids = [m.id for m in messages]
        opcodes = SequenceMatcher(None, old_ids, new_ids, autojunk=False).get_opcodes()
        for tag, old_start, old_end, new_start, new_end in reversed(opcodes):  # later rows first
            if tag == "equal":
                for offset in range(old_end - old_start):
                    if self._messages[old_start + offset] != messages[new_start + offset]:
                        self.replace(old_start + offset, messages[new_start + offset])
                continue
            if old_end > old_start:
                self.beginRemoveRows(QModelIndex(), old_start, old_end - 1)
                del self._messages[old_start:old_end]
                del self._revisions[old_start:old_end]
                self.endRemoveRows()
            if new_end > new_start:
                self.beginInsertRows(QModelIndex(), old_start, old_start + new_end - new_start - 1)
                self._messages[old_start:old_start] = messages[new_start:new_end]
                self._revisions[old_start:old_start] = [self._revision() for _ in range(new_end - new_start)]
                self.endInsertRows()

    def prepend(self, messages: list[Message]) -> None:
        """Insert ``messages`` above the first row (older messages of the thread, loaded after the newest)."""
        if not messages:
            return
        self.beginInsertRows(QModelIndex(), 0, len(messages) - 1)
        self._messages[0:0] = messages
        self._revisions[0:0] = [self._revision() for _ in messages]
        self.endInsertRows()

    def append(self, message: Message) -> int:
        row = len(self._messages)
        self.beginInsertRows(QModelIndex(), row, row)
        self._messages.append(message)
        self._revisions.append(self._revision())
        self.endInsertRows()
        return row

    def replace(self, row: int, message: Message) -> None:
        self._messages[row] = message
        self._revisions[row] = self._revision()
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def remove_from(self, row: int) -> None:
        if row < 0 or row >= len(self._messages):
            return
        self.beginRemoveRows(QModelIndex(), row, len(self._messages) - 1)
        del self._messages[row:]
        del self._revisions[row:]
        self.endRemoveRows()
