"""The keyboard shortcuts help (F1 or Ctrl+/): every chat action and the window's own shortcuts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Shortcuts owned elsewhere in the window (kept here so the help lists everything in one place).
WINDOW_SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("New thread", "Ctrl+N"),
    ("Focus the message box", "Ctrl+L"),
    ("Search threads", "Ctrl+K"),
    ("Compare assistants", "Ctrl+Shift+M"),
    ("Quit", "Ctrl+Q"),
)

INPUT_SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Send (when Enter sends)", "Enter"),
    ("New line (when Enter sends)", "Shift+Enter"),
    ("Send (when Ctrl+Enter sends)", "Ctrl+Enter"),
    ("Select the text of a message, then copy it", "Click, then Ctrl+C"),
    ("Message menu (copy, copy as Markdown, save image…)", "Menu key or Shift+F10"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, entries: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        self.table = QTableWidget(len(entries), 2, self)
        self.table.setAccessibleName("Shortcuts")
        self.table.setHorizontalHeaderLabels(["Action", "Keys"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (action, keys) in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(action))
            keys_item = QTableWidgetItem(keys)
            keys_item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            self.table.setItem(row, 1, keys_item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 460)

    def entries(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for row in range(self.table.rowCount()):
            action, keys = self.table.item(row, 0), self.table.item(row, 1)
            if action is not None and keys is not None:
                out.append((action.text(), keys.text()))
        return out
