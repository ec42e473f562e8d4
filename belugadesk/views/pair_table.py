"""The one way to show a two-column table edited in place (an assistant's metadata, a profile's context
budgets): its table view, and how Add and Remove pick the row they act on."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def pair_table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """A table over ``model``: whole rows selected, cells edited by typing, Tab leaving the table."""
    table = QTableView(parent)
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.setTabKeyNavigation(False)
    return table


def edit_new_row(table: QTableView, row: int) -> None:
    """Start typing in the first cell of the row just added."""
    index = table.model().index(row, 0)
    table.setCurrentIndex(index)
    table.setFocus()
    table.edit(index)


def row_to_remove(table: QTableView) -> int:
    """The selected row, or the last one when none is selected."""
    row = table.currentIndex().row()
    return row if row >= 0 else table.model().rowCount() - 1
