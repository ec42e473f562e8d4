"""Paints each message as a bubble of rich text, block by block within the clip, and turns clicks on it into
link activations or the selectable editor (layout: ``message_layout``; the editor: ``message_editor``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from belugadesk.domain.models import Message, MessageStatus, Role
from belugadesk.views.chat.message_editor import EditingDelegate
from belugadesk.views.chat.message_layout import ACTION_STRIP, PADDING, Block, ModelIndex, RowBlocks
from belugadesk.views.chat.message_resources import bubble_colour

RADIUS = 14  # a user's bubble's corners


class MessageDelegate(EditingDelegate):
    """The chat list's delegate: ``bubbleClicked`` for a click on a bubble outside its links."""

    bubbleClicked = Signal(QModelIndex)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        row = index.row()
        if not 0 <= row < self.model.rowCount():
            return
        message = self.model.message_at(row)
        current = self._current(row, message)
        bubble = self.bubble_rect(index, option.rect)
        if self._layouts[message.id].size.height() != option.rect.height():
            self._changed_rows.add(message.id)  # sized in the background since the list was laid out
            self._relayout.start(0)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        if message.role is Role.USER:  # an assistant's reply sits on the background, without a box
            painter.setBrush(bubble_colour(palette, message.role))
            painter.drawRoundedRect(bubble, RADIUS, RADIUS)
        if self.view.currentIndex().row() == row and self.view.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(0, 0, -1, -1), RADIUS, RADIUS)
        exposed = self._exposed(painter, bubble)
        self.painted_blocks = 0
        if not exposed.isEmpty():
            text_at = self.text_rect(index, option.rect).topLeft()
            self._draw_blocks(painter, palette, current, message, text_at, exposed)
        doing = self.activity(row)
        if doing:  # under the reply, in its action strip: what it is doing now (its typing indicator)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            font = QFont(option.font)
            font.setItalic(True)
            painter.setFont(font)
            strip = QRect(
                bubble.left() + PADDING, bubble.bottom() + 1, bubble.width() - PADDING, ACTION_STRIP
            )
            painter.drawText(strip, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, doing)
        painter.restore()

    def activity(self, row: int) -> str:
        """What the reply at ``row`` is doing while it is written ("Writing…", "Running get_weather…")."""
        message = self.model.message_at(row)
        if message.status is not MessageStatus.IN_PROGRESS or not self.vm.streaming:
            return ""
        return self.vm.status or "…"

    def _draw_blocks(
        self,
        painter: QPainter,
        palette: QPalette,
        current: RowBlocks,
        message: Message,
        text_at: QPoint,
        exposed: QRectF,
    ) -> None:
        """Draw the blocks that meet ``exposed`` (laying them out first if needed), each within the clip."""
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        left, top = text_at.x(), text_at.y()
        laid_out = False
        y = top
        for at, block in enumerate(current.blocks):
            height = block.height
            if y + height > exposed.top() and y < exposed.bottom():
                if block.html is None or block.stale:
                    self._fill_block(at, block, message.id, ask=True, urgent=True)  # in view: first
                if block.html is None:
                    y += height
                    continue
                if block.doc is None:
                    self._lay_out_block(block, message, current.width, first=at == 0)
                    laid_out = True
                    height = block.height
                assert block.doc is not None
                origin = QPointF(left, y)
                painter.save()
                painter.translate(origin)
                context.clip = exposed.translated(-origin)  # a long block draws only its lines in view
                block.doc.documentLayout().draw(painter, context)
                painter.restore()
                self.painted_blocks += 1
            y += height
            if y >= exposed.bottom():
                break
        if laid_out:
            self._size(self.model.row_of(message.id), message, current)

    def _exposed(self, painter: QPainter, bubble: QRect) -> QRectF:
        """The part of ``bubble`` that can show: within the viewport and the painter's clip, if it has one."""
        exposed = QRectF(bubble).intersected(QRectF(self.view.viewport().rect()))
        if painter.hasClipping():
            exposed = exposed.intersected(painter.clipBoundingRect())
        return exposed

    def _block_at(self, current: RowBlocks, y: float) -> tuple[Block, int] | None:
        """The block of the row at ``y`` (within the text) and its top."""
        for block, top in zip(current.blocks, current.tops(), strict=True):
            if top <= y < top + block.height:
                return block, top
        return None

    def anchor_at(self, index: ModelIndex, rect: QRect, pos: QPoint) -> str:
        row = index.row()
        message = self.model.message_at(row)
        current = self._current(row, message)
        local = pos - self.text_rect(index, rect).topLeft()
        found = self._block_at(current, local.y())
        if found is None or found[0].doc is None:
            return ""
        block, top = found
        assert block.doc is not None
        return block.doc.documentLayout().anchorAt(QPointF(local.x(), local.y() - top))

    def editorEvent(
        self, event: QEvent, model: object, option: QStyleOptionViewItem, index: ModelIndex
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            href = self.anchor_at(index, option.rect, event.position().toPoint())
            if href:
                self.linkActivated.emit(self.model.message_at(index.row()).id, href)
                return True
            if self.bubble_rect(index, option.rect).contains(event.position().toPoint()):
                self.bubbleClicked.emit(self.model.index(index.row()))
        return super().editorEvent(event, model, option, index)  # type: ignore[arg-type]
