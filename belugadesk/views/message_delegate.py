"""Paints each message as a bubble of rendered markdown; sizes come from the same text document."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from belugadesk.domain.models import Message, MessageStatus, Role
from belugadesk.viewmodels.message_model import MessageListModel
from belugadesk.views.markdown_render import markdown_to_html

MARGIN = 10
PADDING = 10
MAX_BUBBLE_FRACTION = 0.85

STATUS_NOTE = {
    MessageStatus.CANCELLED: "Stopped",
    MessageStatus.FAILED: "Failed",
    MessageStatus.INCOMPLETE: "Incomplete",
}


class MessageDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._docs: dict[tuple[str, str, int, int], QTextDocument] = {}

    def _document(self, message: Message, width: int, font_size: int) -> QTextDocument:
        body = markdown_to_html(message.text) if message.text else "<p><i>…</i></p>"
        if message.error:
            body += f'<p style="color:#b3261e;">{message.error}</p>'
        note = STATUS_NOTE.get(message.status)
        if note:
            body += f'<p style="color:#6b6b6b;"><i>{note}</i></p>'
        key = (message.id, body, width, font_size)
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) > 512:
                self._docs.clear()
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setHtml(body)
            doc.setTextWidth(width)
            self._docs[key] = doc
        return doc

    def _bubble_width(self, option: QStyleOptionViewItem) -> int:
        return max(120, int(option.rect.width() * MAX_BUBBLE_FRACTION) - 2 * (MARGIN + PADDING))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        message = index.data(MessageListModel.MessageRole)
        if message is None:
            return super().sizeHint(option, index)
        doc = self._document(message, self._bubble_width(option), option.font.pointSize())
        height = int(doc.size().height()) + 2 * PADDING + MARGIN
        return QSize(option.rect.width(), height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        message = index.data(MessageListModel.MessageRole)
        if message is None:
            return
        doc = self._document(message, self._bubble_width(option), option.font.pointSize())
        width = int(doc.idealWidth()) + 2 * PADDING
        height = int(doc.size().height()) + 2 * PADDING
        rect = option.rect
        is_user = message.role is Role.USER
        x = rect.right() - MARGIN - width if is_user else rect.left() + MARGIN
        bubble = QRectF(x, rect.top() + MARGIN / 2, width, height)
        palette = option.palette
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        if is_user:
            fill = QColor("#1f3b57") if dark else QColor("#dcebfb")
        else:
            fill = palette.color(QPalette.ColorRole.AlternateBase)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble, 8, 8)
        painter.translate(bubble.left() + PADDING, bubble.top() + PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, context)
        painter.restore()
