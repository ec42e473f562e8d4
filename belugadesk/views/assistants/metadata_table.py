"""The metadata key/value table with Add and Remove buttons (limits are checked by the view-model)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.views.pair_table import edit_new_row, pair_table, row_to_remove


class MetadataEditor(QWidget):
    def __init__(self, vm: AssistantFormViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.table = pair_table(vm.metadata, self)
        self.table.setAccessibleName(self.tr("Metadata"))
        limit = vm.metadata_rules.max_pairs
        self.table.setToolTip(
            self.tr("Up to {limit} pairs; keys up to 64 characters, values up to 512").format(limit=limit)
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(80)
        self.table.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add pair"), self)
        self.add_button.setAccessibleName(self.tr("Add metadata pair"))
        self.add_button.setToolTip(self.tr("Add a key/value row and start typing its key"))
        self.remove_button = QPushButton(self.tr("Remove pair"), self)
        self.remove_button.setAccessibleName(self.tr("Remove metadata pair"))
        self.remove_button.setToolTip(self.tr("Remove the selected row"))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Metadata pair count"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        vm.metadata.rowsInserted.connect(self._show_count)
        vm.metadata.rowsRemoved.connect(self._show_count)
        vm.metadata.modelReset.connect(self._show_count)
        self._show_count()

    def _show_count(self) -> None:
        rows = self.vm.metadata.rowCount()
        self.count.setText(f"{rows} / {self.vm.metadata_rules.max_pairs}")
        self.remove_button.setEnabled(rows > 0)

    def _add(self) -> None:
        edit_new_row(self.table, self.vm.add_metadata_row())

    def _remove(self) -> None:
        self.vm.remove_metadata_row(row_to_remove(self.table))
