"""Settings → Prices: the editable per-model price table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belugadesk.viewmodels.settings.prices_vm import PricesViewModel
from belugadesk.views.tone import set_tone


class PricesPage(QWidget):
    def __init__(self, vm: PricesViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        intro = QLabel(
            self.tr(
                "Prices in US dollars per million tokens, used for the cost estimate shown with each reply. "
                "Double-click a cell to edit it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(vm.model)
        self.table.setAccessibleName(self.tr("Model prices"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)
        self.new_model = QLineEdit(self)
        self.new_model.setPlaceholderText(self.tr("model name, e.g. gpt-4.1"))
        self.new_model.setAccessibleName(self.tr("New model name"))
        self.new_model.setToolTip(self.tr("The model to add a price for"))
        self.add_button = QPushButton(self.tr("&Add price"), self)
        self.add_button.setAccessibleName(self.tr("Add price"))
        self.add_button.setToolTip(self.tr("Add a row for this model, then type its prices"))
        self.remove_button = QPushButton(self.tr("&Remove price"), self)
        self.remove_button.setAccessibleName(self.tr("Remove price"))
        self.remove_button.setToolTip(self.tr("Remove the selected model's price"))
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Error"))
        set_tone(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.new_model, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.add_button.clicked.connect(self._add)
        self.new_model.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        vm.errorChanged.connect(self._on_error)

    def _add(self) -> None:
        name = self.new_model.text().strip()
        if self.vm.add(name):
            self.new_model.clear()
            row = self.vm.row_of(name)
            self.table.setCurrentIndex(self.vm.model.index(row, 1))
            self.table.setFocus()

    def _remove(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.vm.remove(index.row())

    def _on_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
