"""A table of two-column text rows edited in place (an assistant's metadata, a profile's context budgets)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP

ModelIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class PairTableModel(QAbstractTableModel):
    """Two-column text rows, editable in place; every edit is reported through ``on_change(pairs)``.
    A subclass names its columns (``HEADERS``)."""

    HEADERS: tuple[str, str] = (
        QT_TRANSLATE_NOOP("PairTableModel", "Key"),
        QT_TRANSLATE_NOOP("PairTableModel", "Value"),
    )

    def __init__(self, on_change: Callable[[list[tuple[str, str]]], None], parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []
        self._on_change = on_change

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return QCoreApplication.translate("PairTableModel", self.HEADERS[section])
            return str(section + 1)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._rows[index.row()][index.column()]
            header = QCoreApplication.translate("PairTableModel", self.HEADERS[index.column()])
            return f"{header} {index.row() + 1}: {text}"
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key, val = self._rows[index.row()]
        text = str(value)
        if text == (key, val)[index.column()]:
            return True  # an editor closed without a change (e.g. when focus moves): nothing to report
        self._rows[index.row()] = (text, val) if index.column() == 0 else (key, text)
        self.dataChanged.emit(index, index, [role])
        self._on_change(self.pairs)
        return True

    def reset(self, pairs: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(pairs)
        self.endResetModel()

    def add_row(self, key: str = "", value: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(_NO_PARENT, row, row)
        self._rows.append((key, value))
        self.endInsertRows()
        self._on_change(self.pairs)
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(_NO_PARENT, row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._on_change(self.pairs)
