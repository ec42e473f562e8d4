"""Paints one assistant in the list: its name, its model, and a row of tool badges."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from belugadesk.viewmodels.assistants.list_vm import AssistantListModel

ModelIndex = QModelIndex | QPersistentModelIndex
PAD = 6
BADGE_GAP = 4


def badges(index: ModelIndex) -> list[tuple[str, str]]:
    """(label, tooltip) for each tool badge of the assistant at ``index``."""
    found: list[tuple[str, str]] = []
    if index.data(AssistantListModel.CodeInterpreterRole):
        found.append(("</> code", QCoreApplication.translate("AssistantDelegate", "Code interpreter")))
    if index.data(AssistantListModel.FileSearchRole):
        found.append(("⌕ files", QCoreApplication.translate("AssistantDelegate", "File search")))
    functions = index.data(AssistantListModel.FunctionCountRole) or 0
    if functions:
        found.append(
            (
                f"ƒ {functions}",
                _BadgeWords().functions(functions),
            )
        )
    return found


class _BadgeWords(QObject):
    """Plurals must come from ``self.tr`` in a QObject for lupdate to extract them as plurals."""

    def functions(self, n: int) -> str:
        return self.tr("%n function(s)", "", n)


class AssistantDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        name = QFont(option.font)
        name.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        return name, QFont(option.font), small

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        name, _model, small = self._fonts(option)
        height = QFontMetrics(name).height() + QFontMetrics(small).height() + 3 * PAD
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = QColor(text_color)
        dim.setAlphaF(0.7)
        name_font, _model_font, small = self._fonts(option)
        rect: QRect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)

        painter.save()
        painter.setFont(name_font)
        painter.setPen(text_color)
        name_metrics = QFontMetrics(name_font)
        name = name_metrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.left(), rect.top() + name_metrics.ascent(), name)

        # second line: model on the left, badges on the right
        painter.setFont(small)
        metrics = QFontMetrics(small)
        y = rect.top() + name_metrics.height() + PAD
        x = rect.right()
        for label, _tip in reversed(badges(index)):
            width = metrics.horizontalAdvance(label) + 2 * BADGE_GAP
            box = QRect(x - width, y, width, metrics.height())
            painter.setPen(dim)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(text_color)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            x -= width + BADGE_GAP
        painter.setPen(dim)
        model = metrics.elidedText(
            str(index.data(AssistantListModel.ModelNameRole) or ""),
            Qt.TextElideMode.ElideRight,
            x - rect.left(),
        )
        painter.drawText(rect.left(), y + metrics.ascent(), model)
        painter.restore()
