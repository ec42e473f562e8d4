"""A profile's context budgets: a small table (model, budget in tokens) with Add and Remove buttons; the
view-model checks the rows when the profile is saved or tested."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from belugadesk.viewmodels.settings.profile_form_vm import BudgetTableModel
from belugadesk.views.pair_table import edit_new_row, pair_table, row_to_remove


class BudgetEditor(QWidget):
    def __init__(self, model: BudgetTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.table = pair_table(model, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFixedHeight(96)
        self.add_button = QPushButton(self.tr("Add model"), self)
        self.add_button.setAccessibleName(self.tr("Add a context budget"))
        self.add_button.setToolTip(self.tr("Add a row and start typing the model's name"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the context budget"))
        self.remove_button.setToolTip(self.tr("Remove the selected row"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        model.rowsInserted.connect(self._show_buttons)
        model.rowsRemoved.connect(self._show_buttons)
        model.modelReset.connect(self._show_buttons)
        self._show_buttons()

    def _show_buttons(self) -> None:
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def _add(self) -> None:
        edit_new_row(self.table, self.model.add_row())

    def _remove(self) -> None:
        self.model.remove_row(row_to_remove(self.table))
