"""Qt item models the assistant form binds to: the metadata table and the list of function tools."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from belugadesk.core.assistant_validation import FunctionDraft
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.viewmodels.pair_table import PairTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class MetadataTableModel(PairTableModel):
    """The assistant's metadata: key/value rows."""

    HEADERS = (QT_TRANSLATE_NOOP("PairTableModel", "Key"), QT_TRANSLATE_NOOP("PairTableModel", "Value"))


class FunctionListModel(QAbstractListModel):
    """The function tools by name (a placeholder for unnamed ones); ``ErrorRole``: does one have errors."""

    ErrorRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._functions: list[FunctionDraft] = []
        self._invalid: set[int] = set()

    def rowCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._functions)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._functions):
            return None
        fn = self._functions[index.row()]
        label = fn.name or self.tr("(unnamed function {number})").format(number=index.row() + 1)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"⚠ {label}" if index.row() in self._invalid else label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                self.tr("{label}, has errors").format(label=label) if index.row() in self._invalid else label
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return fn.description or label
        if role == self.ErrorRole:
            return index.row() in self._invalid
        return None

    def reset(self, functions: list[FunctionDraft], invalid: set[int]) -> None:
        self.beginResetModel()
        self._functions = list(functions)
        self._invalid = set(invalid)
        self.endResetModel()

    def refresh(self, functions: list[FunctionDraft], invalid: set[int]) -> None:
        """Same rows, new names or error marks."""
        if len(functions) != len(self._functions):
            self.reset(functions, invalid)
            return
        self._functions = list(functions)
        self._invalid = set(invalid)
        if functions:
            self.dataChanged.emit(self.index(0), self.index(len(functions) - 1))
