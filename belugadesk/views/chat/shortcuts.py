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

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP

# Shortcuts owned elsewhere in the window (kept here so the help lists everything in one place).
WINDOW_SHORTCUTS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutSheet", "New thread"), "Ctrl+N"),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Focus the message box"), "Ctrl+L"),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Search threads"), "Ctrl+K"),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Quit"), "Ctrl+Q"),
)

INPUT_SHORTCUTS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Send (when Enter sends)"), "Enter"),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "New line (when Enter sends)"), "Shift+Enter"),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Send (when Ctrl+Enter sends)"), "Ctrl+Enter"),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Select the text of a message, then copy it"),
        QT_TRANSLATE_NOOP("ShortcutSheet", "Click, then Ctrl+C"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Message menu (copy, copy as Markdown, save image…)"),
        QT_TRANSLATE_NOOP("ShortcutSheet", "Menu key or Shift+F10"),
    ),
)


class ShortcutsDialog(QDialog):
    def __init__(self, entries: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(entries), 2, self)
        self.table.setAccessibleName(self.tr("Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
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
