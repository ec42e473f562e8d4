"""Paints the thread list: group headers, thread rows (title, preview, relative time) and search hits.

Sizes are fixed per row kind (no text measurement), so long lists stay cheap to lay out. Search matches
are drawn bold on a highlight; :func:`snippet_runs` is the layout paint uses. A hovered (or selected)
thread row shows its actions (pin, rename, more) where the time was: :func:`row_action_rects` is their
geometry, which the list view hit-tests, and :func:`paint_row_action` draws each one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.viewmodels.threads.list_model import ThreadListModel
from belugadesk.views.icons import tinted_icon
from belugadesk.views.item_background import paint_row_background

ModelIndex = QModelIndex | QPersistentModelIndex
H_PAD = 10
V_PAD = 6
MATCH_BACKGROUND = QColor(255, 214, 102)
GONE_MARK = QT_TRANSLATE_NOOP("ThreadDelegate", "not on server")
ROW_ACTIONS = ("pin", "rename", "more")
ACTION_ICONS = {"pin": "pin", "rename": "pencil", "more": "more"}
ACTION_GAP = 2


def row_action_rects(row_rect: QRect, line_height: int) -> dict[str, QRect]:
    """Where each hover action of a thread row sits: square buttons on the right of its first line."""
    size = line_height + 4
    top = row_rect.top() + V_PAD - 2
    right = row_rect.right() - H_PAD + 4
    rects: dict[str, QRect] = {}
    for name in reversed(ROW_ACTIONS):
        rects[name] = QRect(right - size + 1, top, size, size)
        right -= size + ACTION_GAP
    return {name: rects[name] for name in ROW_ACTIONS}


def action_tooltip(name: str, pinned: bool) -> str:
    return {
        "pin": "Unpin (Ctrl+Shift+P)" if pinned else "Pin to the top (Ctrl+Shift+P)",
        "rename": "Rename (F2)",
        "more": "More actions (Menu key)",
    }[name]


def paint_row_action(painter: QPainter, name: str, box: QRect, color: QColor) -> None:
    """The icon of one row action, in the row's text colour."""
    icon_name = ACTION_ICONS[name]
    side = max(10, box.height() - 6)
    target = QRect(0, 0, side, side)
    target.moveCenter(box.center())
    tinted_icon(icon_name, color).paint(painter, target)


@dataclass(frozen=True)
class Run:
    text: str
    match: bool
    x: int
    width: int


def snippet_runs(pieces: list[tuple[str, bool]], plain: QFont, width: int) -> list[Run]:
    """Lay out (text, is_match) pieces on one line: matches in bold; cut with "…" at ``width``.

    When the first match would land far to the right, the text before it is cut at its start ("…rest")
    so the match stays in view.
    """
    bold = QFont(plain)
    bold.setBold(True)
    pieces = [(re.sub(r"\s+", " ", text), match) for text, match in pieces]
    first = next((i for i, (_, match) in enumerate(pieces) if match), None)
    if first is not None:
        metrics = QFontMetrics(plain)
        lead = sum(metrics.horizontalAdvance(t) for t, _ in pieces[:first])
        if lead > width // 2:
            before = "".join(t for t, _ in pieces[:first])
            kept = metrics.elidedText(before, Qt.TextElideMode.ElideLeft, max(width // 3, 1))
            pieces = [(kept, False), *pieces[first:]]
    runs: list[Run] = []
    x = 0
    for text, match in pieces:
        metrics = QFontMetrics(bold if match else plain)
        advance = metrics.horizontalAdvance(text)
        if x + advance > width:
            cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width - x))
            if cut:
                runs.append(Run(cut, match, x, metrics.horizontalAdvance(cut)))
            break
        runs.append(Run(text, match, x, advance))
        x += advance
    return runs


class ThreadDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

    # --- sizes --------------------------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        if index.data(ThreadListModel.KindRole) == "header":
            return QSize(option.rect.width(), line + 2 * V_PAD + 4)
        return QSize(option.rect.width(), 2 * line + 2 * V_PAD + 2)

    # --- painting -----------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        painter.save()
        try:
            if index.data(ThreadListModel.KindRole) == "header":
                self._paint_header(painter, option, index)
            else:
                self._paint_item(painter, option, index)
        finally:
            painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        rect = option.rect.adjusted(H_PAD, V_PAD + 2, -H_PAD, -V_PAD + 2)
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        x = rect.left()
        if index.data(ThreadListModel.GroupRole) == "Pinned":
            self._paint_pin(
                painter, QRectF(x, rect.top(), rect.height(), rect.height()), painter.pen().color()
            )
            x += rect.height() + 4
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").upper()
        painter.drawText(
            QRect(x, rect.top(), rect.right() - x, rect.height()), Qt.AlignmentFlag.AlignVCenter, text
        )

    @staticmethod
    def _paint_pin(painter: QPainter, box: QRectF, color: QColor) -> None:
        """A small push-pin: a round head over a needle."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = box.height()
        cx, top = box.left() + s / 2, box.top() + s * 0.1
        head = QPainterPath()
        head.addEllipse(QPointF(cx, top + s * 0.25), s * 0.25, s * 0.25)
        head.addRect(QRectF(cx - s * 0.32, top + s * 0.45, s * 0.64, s * 0.1))
        painter.fillPath(head, color)
        painter.setPen(color)
        painter.drawLine(QPointF(cx, top + s * 0.55), QPointF(cx, top + s * 0.9))

    def _paint_item(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        colours = paint_row_background(self, painter, option, index)
        text_color, subtle = colours.text, colours.subtle

        rect = option.rect.adjusted(H_PAD, V_PAD, -H_PAD, -V_PAD)
        line = QFontMetrics(option.font).height()
        top_line = QRect(rect.left(), rect.top(), rect.width(), line)
        second = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)

        small = QFont(option.font)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
        if self._shows_actions(option, index):
            time_width = self._paint_actions(painter, option, index, text_color)
        else:
            time_text = str(index.data(ThreadListModel.TimeRole) or "")
            time_width = QFontMetrics(small).horizontalAdvance(time_text) + 8
            painter.setFont(small)
            painter.setPen(subtle)
            painter.drawText(top_line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, time_text)

        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        title_rect = top_line.adjusted(0, 0, -time_width, 0)
        kind = index.data(ThreadListModel.KindRole)
        title_hit = kind == "hit" and index.data(ThreadListModel.MessageIdRole) is None
        if title_hit:
            self._paint_snippet(painter, title_font, title_rect, index, text_color, text_color)
        title = (
            ""
            if title_hit
            else QFontMetrics(title_font).elidedText(
                str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                Qt.TextElideMode.ElideRight,
                title_rect.width(),
            )
        )
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)

        if index.data(ThreadListModel.RemoteGoneRole):
            mark_font = QFont(small)
            mark_font.setItalic(True)
            mark_width = QFontMetrics(mark_font).horizontalAdvance(self.tr(GONE_MARK)) + 8
            painter.setFont(mark_font)
            painter.setPen(subtle)
            painter.drawText(
                second, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.tr(GONE_MARK)
            )
            second = second.adjusted(0, 0, -mark_width, 0)

        if kind == "hit" and not title_hit:
            self._paint_snippet(painter, option.font, second, index, text_color, subtle)
            return
        preview = QFontMetrics(small).elidedText(
            " ".join(str(index.data(ThreadListModel.PreviewRole) or "").split()),
            Qt.TextElideMode.ElideRight,
            second.width(),
        )
        painter.setFont(small)
        painter.setPen(subtle)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, preview)

    @staticmethod
    def _shows_actions(option: QStyleOptionViewItem, index: ModelIndex) -> bool:
        """Thread rows (not search hits) show their actions while hovered or selected."""
        if index.data(ThreadListModel.KindRole) != "thread":
            return False
        return bool(option.state & (QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_Selected))

    def _paint_actions(
        self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex, color: QColor
    ) -> int:
        """Draw the row's action buttons; returns the width they take from the title line."""
        rects = row_action_rects(option.rect, QFontMetrics(option.font).height())
        hovered = getattr(option.widget, "hovered_action", None)
        pinned = bool(index.data(ThreadListModel.PinnedRole))
        for name, box in rects.items():
            if hovered == (index.row(), name):
                self._fill_round(painter, box, color, 0.14)
            if name == "pin" and pinned:  # a pinned row's pin button stays marked
                self._fill_round(painter, box, color, 0.22)
            paint_row_action(painter, name, box, color)
        return option.rect.right() - H_PAD - min(r.left() for r in rects.values()) + 4

    @staticmethod
    def _fill_round(painter: QPainter, box: QRect, color: QColor, alpha: float) -> None:
        shade = QColor(color)
        shade.setAlphaF(alpha)
        path = QPainterPath()
        path.addRoundedRect(QRectF(box), 4, 4)
        painter.fillPath(path, shade)

    def _paint_snippet(
        self, painter: QPainter, font: QFont, rect: QRect, index: ModelIndex, color: QColor, subtle: QColor
    ) -> None:
        pieces = index.data(ThreadListModel.HighlightRole) or []
        bold = QFont(font)
        bold.setBold(True)
        for run in snippet_runs(pieces, font, rect.width()):
            box = QRect(rect.left() + run.x, rect.top(), run.width, rect.height())
            if run.match:
                painter.fillRect(box, MATCH_BACKGROUND)
                painter.setPen(QColor(0, 0, 0))
                painter.setFont(bold)
            else:
                painter.setPen(subtle)
                painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, run.text)

    # --- inline rename (F2) -------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Thread title"))
        editor.setToolTip(self.tr("Type a new title; Enter saves, Esc cancels"))
        editor.setFrame(True)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        line = QFontMetrics(option.font).height()
        editor.setGeometry(
            option.rect.left() + 4, option.rect.top() + V_PAD - 3, option.rect.width() - 8, line + 8
        )
