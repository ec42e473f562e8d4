"""A list row's own background (the style's selection and hover panel) and the colours of text on it, for the
delegates that paint their rows themselves (the thread list, the folders)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

SUBTLE_ALPHA = 0.65  # secondary text (times, counts, previews) on the row


@dataclass(frozen=True)
class RowColours:
    selected: bool
    text: QColor
    subtle: QColor


def paint_row_background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> RowColours:
    """Draw the row's panel as the view's style does (without its text); the colours for text on it."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    style = opt.widget.style() if opt.widget is not None else None
    if style is not None:
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    group = (
        QPalette.ColorGroup.Active
        if option.state & QStyle.StateFlag.State_Active
        else QPalette.ColorGroup.Inactive
    )
    text = option.palette.color(
        group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    subtle = QColor(text)
    subtle.setAlphaF(SUBTLE_ALPHA)
    return RowColours(selected, text, subtle)
