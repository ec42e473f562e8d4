"""The assistant library in the left pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from belugadesk.domain.models import AssistantDefinition
from belugadesk.viewmodels.operation import ViewModel
from belugadesk.viewmodels.session import Session

ModelIndex = QModelIndex | QPersistentModelIndex


class AssistantListModel(QAbstractListModel):
    AssistantRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._assistants: list[AssistantDefinition] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._assistants)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._assistants):
            return None
        assistant = self._assistants[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return assistant.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{assistant.name} · {assistant.model}\n{assistant.description}".strip()
        if role == self.AssistantRole:
            return assistant
        return None

    def reset(self, assistants: list[AssistantDefinition]) -> None:
        self.beginResetModel()
        self._assistants = list(assistants)
        self.endResetModel()

    def assistant_at(self, row: int) -> AssistantDefinition | None:
        return self._assistants[row] if 0 <= row < len(self._assistants) else None

    def row_of(self, assistant_id: str) -> int:
        return next((i for i, a in enumerate(self._assistants) if a.id == assistant_id), -1)


class AssistantListViewModel(ViewModel):
    currentChanged = Signal(object)  # AssistantDefinition | None

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.model = AssistantListModel(self)
        self.current: AssistantDefinition | None = None

    async def refresh(self) -> None:
        assistants = await self.run(lambda: self.session.store.run(lambda s: s.assistants.list()))
        if assistants is None:
            return
        self.model.reset(list(assistants))
        keep = self.current.id if self.current else None
        row = self.model.row_of(keep) if keep else -1
        self.select_row(row if row >= 0 else 0)

    def select_row(self, row: int) -> None:
        assistant = self.model.assistant_at(row)
        if assistant != self.current:
            self.current = assistant
            self.currentChanged.emit(assistant)

    def select_id(self, assistant_id: str | None) -> None:
        if assistant_id:
            row = self.model.row_of(assistant_id)
            if row >= 0:
                self.select_row(row)
