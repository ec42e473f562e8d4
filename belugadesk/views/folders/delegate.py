"""Paints a row of the Folders section: an icon (indented for a subfolder), the name, and the count."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from belugadesk.domain.folders import ALL_CHATS, NO_FOLDER
from belugadesk.viewmodels.folders.list_model import FolderListModel
from belugadesk.views.icons import tinted_icon
from belugadesk.views.item_background import paint_row_background

ModelIndex = QModelIndex | QPersistentModelIndex
H_PAD = 10
V_PAD = 4
INDENT = 18
ICON_GAP = 8


def icon_name(key: str) -> str:
    return {ALL_CHATS: "message", NO_FOLDER: "folder-none"}.get(key, "folder")


class FolderDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        return QSize(option.rect.width(), QFontMetrics(option.font).height() + 2 * V_PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        painter.save()
        try:
            self._paint(painter, option, index)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        colours = paint_row_background(self, painter, option, index)
        selected, text_color, subtle = colours.selected, colours.text, colours.subtle

        depth = int(index.data(FolderListModel.DepthRole) or 0)
        rect = option.rect.adjusted(H_PAD + depth * INDENT, V_PAD, -H_PAD, -V_PAD)
        side = min(rect.height(), 16)
        box = QRect(rect.left(), rect.top() + (rect.height() - side) // 2, side, side)
        tinted_icon(
            icon_name(str(index.data(FolderListModel.KeyRole))), subtle if not selected else text_color
        ).paint(painter, box)

        small = QFont(option.font)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
        count = str(index.data(FolderListModel.CountRole) or 0)
        count_width = QFontMetrics(small).horizontalAdvance(count) + 8
        painter.setFont(small)
        painter.setPen(subtle)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)

        name_rect = rect.adjusted(side + ICON_GAP, 0, -count_width, 0)
        name = QFontMetrics(option.font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.setFont(option.font)
        painter.setPen(text_color)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
