"""Paints each message as a bubble of rich text; sizes and layouts are cached per row.

Caching: a row's layout is keyed by (message id, model revision, width, extras epoch). Rows never painted get
a cheap size estimate from their text length, so opening a thread of thousands of messages lays out only what
is visible; when a painted row turns out taller or shorter than estimated, the view is told (coalesced) and
re-lays out from cached sizes.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from belugadesk.domain.models import ImagePart, Message, MessageStatus, Role
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.chat.message_model import MessageListModel
from belugadesk.views.chat.message_html import MAX_SHOWN_CHARS, MessageHtml, is_shortened, message_html
from belugadesk.views.chat.message_resources import MessageResources, bubble_colour
from belugadesk.views.chat.message_text_view import MessageTextView

MARGIN = 8  # between bubbles and the list's edges
PADDING = 12  # inside a bubble
MAX_TEXT_WIDTH = 860
USER_FRACTION = 0.78
MAX_DOCS = 300
STREAM_STEP_PX = 120
PRELAYOUT_SLICE_S = 0.008  # background layout works this long per event-loop turn
PRELAYOUT_PUBLISH_MS = 1000  # and tells the list about new sizes at most this often
STYLE_SHEET = "p, ul, ol, h1, h2, h3, h4 { margin-top: 4px; margin-bottom: 4px; } pre { margin: 0; }"

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass
class _Layout:
    key: tuple[int, int, int, int]
    size: QSize
    exact: bool
    bubble_width: int = 0
    bubble_height: int = 0


class MessageDelegate(QStyledItemDelegate):
    """``linkActivated(message_id, href)`` for a click on a link inside a painted bubble."""

    linkActivated = Signal(str, str)
    sizesChanged = Signal()  # rows have new exact heights: the list must re-lay out
    bubbleClicked = Signal(QModelIndex)

    def __init__(self, vm: ChatViewModel, view: QAbstractItemView):
        super().__init__(view)
        self.vm = vm
        self.view = view
        self.model: MessageListModel = vm.messages
        self.context = MessageResources(vm)
        self._layouts: dict[str, _Layout] = {}
        self._docs: OrderedDict[str, tuple[tuple[int, int, int, int], QTextDocument, MessageHtml]] = (
            OrderedDict()
        )
        self._epochs: dict[str, int] = {}
        self._global_epoch = 0
        self._changed_rows: set[str] = set()
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._width = 0
        self._metrics: tuple[int, int] | None = None
        self._pre_row = -1
        self._prelayout = QTimer(self)
        self._prelayout.setInterval(0)
        self._prelayout.timeout.connect(self._prelayout_step)
        self._relayout.timeout.connect(self._emit_size_changes)
        self.exact_layouts = 0  # counters for tests and the benchmark
        vm.images.imageReady.connect(self._image_ready)
        vm.images.imageFailed.connect(self._image_failed)
        vm.footersChanged.connect(self.invalidate_all)

    # --- invalidation --------------------------------------------------------------------------------

    def invalidate_all(self) -> None:
        """Everything reads differently (theme, prices, font): re-lay out rows as they are shown."""
        self._global_epoch += 1
        self._docs.clear()
        self._metrics = None
        self.view.scheduleDelayedItemsLayout()
        self.view.viewport().update()
        self.relayout_in_background()

    def invalidate_message(self, message_id: str) -> None:
        self._epochs[message_id] = self._epochs.get(message_id, 0) + 1
        row = self.model.row_of(message_id)
        if row >= 0:
            self._exact(row, self.model.message_at(row))
            self._changed_rows.add(message_id)
            self._relayout.start(0)
            self.view.viewport().update()

    def toggle_expanded(self, message_id: str, call_id: str) -> None:
        self.context.toggle(message_id, call_id)
        self.invalidate_message(message_id)

    def set_dark(self, dark: bool) -> None:
        if dark != self.context.dark:
            self.context.dark = dark
            self.invalidate_all()

    def _image_ready(self, file_id: str) -> None:
        for row in range(self.model.rowCount() - 1, -1, -1):
            message = self.model.message_at(row)
            if any(isinstance(p, ImagePart) and p.file_id == file_id for p in message.parts):
                self.invalidate_message(message.id)

    def _image_failed(self, file_id: str, _why: str) -> None:
        self._image_ready(file_id)

    # --- geometry ------------------------------------------------------------------------------------

    def set_width(self, width: int) -> None:
        """The list's viewport width (rows are laid out for it); re-lays out in the background."""
        if width != self._width:
            self._width = width
            self.relayout_in_background()

    def _key(self, row: int, message: Message) -> tuple[int, int, int, int]:
        return (self.model.revision_at(row), self._width, self._global_epoch, self._epochs.get(message.id, 0))

    @staticmethod
    def text_width(total: int, message: Message) -> int:
        usable = min(total - 2 * MARGIN, MAX_TEXT_WIDTH + 2 * PADDING)
        if message.role is Role.USER:
            usable = min(usable, int(total * USER_FRACTION))
        return max(80, usable - 2 * PADDING)

    def _estimate(self, message: Message, width: int) -> int:
        if self._metrics is None:
            metrics = QFontMetrics(self.view.font())
            self._metrics = (max(1, metrics.averageCharWidth()), metrics.lineSpacing())
        char_width, line = self._metrics
        text = message.text[:MAX_SHOWN_CHARS]
        per_line = max(8, width // char_width)
        lines = 1 + len(text) / per_line + text.count("\n") * 0.6 + 1.5 * (len(message.parts) - 1)
        if message.role is Role.ASSISTANT:
            lines += 1.5  # the footer
        return math.ceil(lines * line) + 2 * PADDING + MARGIN

    def document(
        self, row: int, message: Message, width: int, font: QFont
    ) -> tuple[QTextDocument, MessageHtml]:
        key = self._key(row, message)
        cached = self._docs.get(message.id)
        if cached is not None and cached[0] == key:
            self._docs.move_to_end(message.id)
            return cached[1], cached[2]
        rendered = message_html(message, self.context, width)
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(STYLE_SHEET)
        self.context.add_resources(doc, message)
        doc.setHtml(rendered.html)
        doc.setTextWidth(width)
        self.exact_layouts += 1
        self._docs[message.id] = (key, doc, rendered)
        if len(self._docs) > MAX_DOCS:
            self._docs.popitem(last=False)
        return doc, rendered

    def _exact(self, row: int, message: Message, publish_ms: int = 0) -> _Layout:
        width = self.text_width(self._width, message)
        doc, _ = self.document(row, message, width, self.view.font())
        bubble_w = min(width, math.ceil(doc.idealWidth())) + 2 * PADDING
        if message.role is not Role.USER:
            bubble_w = width + 2 * PADDING
        bubble_h = math.ceil(doc.size().height()) + 2 * PADDING
        height = bubble_h + MARGIN
        if message.status is MessageStatus.IN_PROGRESS:
            # a streaming reply grows in steps, so the list re-lays out every few lines, not every line
            height = math.ceil(height / STREAM_STEP_PX) * STREAM_STEP_PX
        layout = _Layout(self._key(row, message), QSize(self._width, height), True, bubble_w, bubble_h)
        old = self._layouts.get(message.id)
        self._layouts[message.id] = layout
        if old is not None and old.size.height() != height:
            self._changed_rows.add(message.id)
            if not self._relayout.isActive() or publish_ms == 0:
                self._relayout.start(publish_ms)
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        row = index.row()
        try:
            message = self.model.message_at(row)
        except IndexError:
            return QSize(0, 0)
        key = self._key(row, message)
        layout = self._layouts.get(message.id)
        if layout is not None:
            if layout.key == key:
                return layout.size
            if layout.exact and layout.key[1:] == key[1:]:
                # the message changed (a streaming reply): lay it out now so the list grows with it
                return self._exact(row, message).size
        width = self.text_width(self._width, message)
        estimate = _Layout(key, QSize(self._width, self._estimate(message, width)), False)
        self._layouts[message.id] = estimate
        return estimate.size

    def layout_for(self, row: int) -> _Layout:
        """The exact layout of ``row`` (computed now if needed)."""
        message = self.model.message_at(row)
        layout = self._layouts.get(message.id)
        if layout is None or not layout.exact or layout.key != self._key(row, message):
            layout = self._exact(row, message)
        return layout

    def _emit_size_changes(self) -> None:
        if self._changed_rows:
            self._changed_rows = set()
            self.sizesChanged.emit()

    # --- laying out every row while the UI is idle ------------------------------------------------------

    def relayout_in_background(self) -> None:
        """Lay out rows exactly, newest first, a few milliseconds at a time, so sizes become exact (and
        scrolling never has to re-lay out the list) without ever blocking the UI."""
        self._pre_row = self.model.rowCount() - 1
        if not self._prelayout.isActive():
            self._prelayout.start()

    def _prelayout_step(self) -> None:
        deadline = time.perf_counter() + PRELAYOUT_SLICE_S
        model = self.model
        while self._pre_row >= 0 and time.perf_counter() < deadline:
            row = self._pre_row
            self._pre_row -= 1
            if row >= model.rowCount() or self._width <= 0:
                continue
            message = model.message_at(row)
            layout = self._layouts.get(message.id)
            if layout is None or not layout.exact or layout.key != self._key(row, message):
                self._exact(row, message, PRELAYOUT_PUBLISH_MS)
        if self._pre_row < 0:
            self._prelayout.stop()
            self._emit_size_changes()

    def bubble_rect(self, index: ModelIndex, rect: QRect) -> QRect:
        """Where the bubble of the row at ``rect`` is drawn (for painting, editors and clicks)."""
        row = index.row()
        message = self.model.message_at(row)
        layout = self.layout_for(row)
        height = layout.bubble_height
        width = layout.bubble_width
        x = rect.right() - MARGIN - width + 1 if message.role is Role.USER else rect.left() + MARGIN
        return QRect(x, rect.top() + MARGIN // 2, width, height)

    # --- painting ------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        row = index.row()
        if not 0 <= row < self.model.rowCount():
            return
        message = self.model.message_at(row)
        bubble = self.bubble_rect(index, option.rect)
        doc, _ = self.document(row, message, self.text_width(self._width, message), self.view.font())
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bubble_colour(palette, message.role))
        painter.drawRoundedRect(bubble, 10, 10)
        if self.view.currentIndex().row() == row and self.view.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(0, 0, -1, -1), 10, 10)
        exposed = self._exposed(painter, bubble)
        if not exposed.isEmpty():
            origin = QPointF(bubble.left() + PADDING, bubble.top() + PADDING)
            painter.translate(origin)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = palette
            context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
            context.clip = exposed.translated(-origin)  # a long reply draws only its lines in view
            doc.documentLayout().draw(painter, context)
        painter.restore()

    def _exposed(self, painter: QPainter, bubble: QRect) -> QRectF:
        """The part of ``bubble`` that can show: within the viewport and the painter's clip, if it has one."""
        exposed = QRectF(bubble).intersected(QRectF(self.view.viewport().rect()))
        if painter.hasClipping():
            exposed = exposed.intersected(painter.clipBoundingRect())
        return exposed

    def anchor_at(self, index: ModelIndex, rect: QRect, pos: QPoint) -> str:
        row = index.row()
        message = self.model.message_at(row)
        bubble = self.bubble_rect(index, rect)
        doc, _ = self.document(row, message, self.text_width(self._width, message), self.view.font())
        local = pos - bubble.topLeft() - QPoint(PADDING, PADDING)
        return doc.documentLayout().anchorAt(local.toPointF())

    def code_block(self, message_id: str, number: int) -> str:
        cached = self._docs.get(message_id)
        if cached is None or not 0 <= number < len(cached[2].code_blocks):
            return ""
        return cached[2].code_blocks[number]

    def plain_text(self, row: int) -> str:
        """The bubble's text as shown (all of a message too long to show whole: its markdown)."""
        message = self.model.message_at(row)
        if is_shortened(message):
            return message.text
        doc, _ = self.document(row, message, self.text_width(self._width, message), self.view.font())
        return doc.toPlainText()

    # --- the selectable editor over a clicked bubble -----------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        editor = MessageTextView(parent)
        editor.setFont(option.font)
        editor.anchorClicked.connect(lambda url: self.linkActivated.emit(editor.message_id, url.toString()))
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if not isinstance(editor, MessageTextView):
            return
        row = index.row()
        message = self.model.message_at(row)
        width = self.text_width(self._width, message)
        _doc, rendered = self.document(row, message, width, self.view.font())
        editor.message_id = message.id
        editor.code_blocks = rendered.code_blocks
        self.context.add_resources(editor.document(), message)
        editor.show_html(rendered.html, width)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        return  # read-only: the editor is for selecting and copying

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        bubble = self.bubble_rect(index, option.rect)
        editor.setGeometry(bubble.adjusted(PADDING, PADDING, -PADDING, -PADDING))

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
