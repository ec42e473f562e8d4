"""The chat delegate's layout: each message as a bubble of rich text, laid out in blocks; sizes and layouts
are cached per row (the painting is ``message_delegate``'s, the selectable editor ``message_editor``'s).

A message is cut into blocks (``message_html.blocks_of``: its markdown at top-level block boundaries, about
2 KB each, and the rich text around it), each its own ``QTextDocument``, stacked. Markdown is rendered on a
worker thread (``block_renderer``): a block still rendering keeps its estimated height (a streaming reply
keeps its last rendering meanwhile). Blocks are laid out near the viewport first (by the paint), the rest a
few milliseconds at a time in the background, newest rows first, and painted only where they meet the clip;
so no one step of the UI thread handles more than a block, however long the message.

Caching: a row's layout is keyed by (model revision, width, epochs); when a row changes (a streaming reply),
its blocks whose text did not change keep their documents, so only the open tail is laid out again. Rows never
laid out get a cheap size estimate from their text length. ``QListView`` asks every row for its size at each
re-layout of the list, so ``sizeHint`` reads it back by the row's revision. When a row laid out for the paint
turns out taller or shorter, the view is told (coalesced) and re-lays out; sizes found by the background
layout are told once, when it ends (a row in view whose size the list does not know yet is caught by the
paint).
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QFontInfo, QFontMetrics, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from belugadesk.domain.models import ImagePart, Message, MessageStatus, Role
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.chat.message_model import MessageListModel
from belugadesk.views.chat.block_renderer import BlockRenderer
from belugadesk.views.chat.markdown_render import Key as BlockKey
from belugadesk.views.chat.markdown_render import split_blocks
from belugadesk.views.chat.message_html import (
    Markdown,
    MessageHtml,
    Piece,
    blocks_of,
    message_html,
    message_pieces,
    numbered,
)
from belugadesk.views.chat.message_resources import MessageResources

MARGIN = 8  # between messages
PADDING = (
    12  # inside a bubble, left and right (an assistant's reply has no visible bubble, but the same inset)
)
REPLY_PADDING = 2  # above and below a reply's text: it has no box to keep its text off
COLUMN_MAX = 760  # the reading column, centred in the list (and the composer under it)
COLUMN_WIDE_MAX = 860  # very wide windows widen it a little
GUTTER = 16  # at least this much between the column and the list's edges
USER_FRACTION = 0.8  # a user's bubble is at most this much of the column
COPIED_SHOWN_MS = 1500  # a code block's Copy says "Copied" this long
ACTION_STRIP = 28  # under each message, over its bottom margin: where its hover actions and time show
MAX_ROWS = 300  # rows whose block documents are kept
STREAM_STEP_PX = 120
PRELAYOUT_SLICE_S = 0.008  # background layout works this long per event-loop turn
SCROLLING_SLICE_S = 0.003  # and this long while the view scrolls
AHEAD_VIEWPORTS = 8  # the background layout does first the blocks this many viewports past the scroll edge
STYLE_SHEET = "p, ul, ol, h1, h2, h3, h4 { margin-top: 4px; margin-bottom: 4px; } pre { margin: 0; }"

ModelIndex = QModelIndex | QPersistentModelIndex
LayoutKey = tuple[int, int, int, int]


def vertical_padding(role: Role) -> int:
    """Above and below a message's text: a question's bubble keeps it off its edges; a reply has no box."""
    return PADDING if role is Role.USER else REPLY_PADDING


@dataclass
class RowLayout:
    key: LayoutKey
    size: QSize
    exact: bool
    bubble_width: int = 0
    bubble_height: int = 0


@dataclass
class Block:
    """One block of a bubble: its source, its numbered rich text once rendered, and its document once laid
    out (else its height is estimated)."""

    source: Piece
    estimate: int
    html: str | None = None
    codes: dict[str, str] = field(default_factory=dict)
    doc: QTextDocument | None = None
    stale: bool = False  # shows the previous rendering of a block still rendering (a streaming tail)
    laid_out_height: int = 0

    @property
    def height(self) -> int:
        return self.laid_out_height if self.doc is not None else self.estimate


@dataclass
class RowBlocks:
    """A message's blocks for one width; ``splits`` remembers how its markdown was cut (a growing text is
    cut again only from its last block on)."""

    key: LayoutKey
    width: int
    blocks: list[Block]
    splits: dict[int, list[str]]

    @property
    def rendered(self) -> bool:
        return all(b.html is not None and not b.stale for b in self.blocks)

    @property
    def laid_out(self) -> bool:
        return self.rendered and all(b.doc is not None for b in self.blocks)

    @property
    def unlaid(self) -> bool:
        """Whether a rendered block waits to be laid out."""
        return any(b.doc is None and b.html is not None for b in self.blocks)

    def tops(self) -> list[int]:
        tops, y = [], 0
        for block in self.blocks:
            tops.append(y)
            y += block.height
        return tops


def plain_of(rich_text: str) -> str:
    """What rich text reads as (no layout needed)."""
    doc = QTextDocument()
    doc.setHtml(rich_text)
    return doc.toPlainText()


class MessageLayout(QStyledItemDelegate):
    """Rows as blocks of rich text: rendered off the UI thread, laid out near the viewport first and the rest
    in the background, sizes read back per revision. ``message_delegate.MessageDelegate`` paints them."""

    sizesChanged = Signal()  # rows have new exact heights: the list must re-lay out

    def __init__(self, vm: ChatViewModel, view: QAbstractItemView):
        super().__init__(view)
        self.vm = vm
        self.view = view
        self.model: MessageListModel = vm.messages
        self.context = MessageResources(vm)
        self.renderer = BlockRenderer(self)
        self._layouts: dict[str, RowLayout] = {}
        self._sizes: dict[int, QSize] = {}  # model revision -> the row's size at the current width and epoch
        self._rows: OrderedDict[str, RowBlocks] = OrderedDict()
        self._waiting: dict[str, int] = {}  # rows with blocks still rendering -> their row (a hint)
        self._wanted: dict[BlockKey, set[str]] = {}  # markdown still rendering -> the rows waiting for it
        self._arrived: list[BlockKey] = []
        self._ready: dict[str, int] = {}  # rows whose blocks arrived, to lay out in the background
        self._epochs: dict[str, int] = {}
        self._global_epoch = 0
        self._copied: dict[str, str] = {}  # message id -> the code block whose Copy just copied (says so)
        self._changed_rows: set[str] = set()
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._arrivals = QTimer(self)  # rendered blocks arrived: fill them in once per event-loop turn
        self._arrivals.setSingleShot(True)
        self._arrivals.setInterval(0)
        self._width = 0
        self._metrics: tuple[int, int] | None = None
        self._pre_row = -1
        self._scroll_value = 0
        self._scrolling_up = False
        self._prelayout = QTimer(self)
        self._prelayout.setInterval(0)
        self._prelayout.timeout.connect(self._prelayout_step)
        self._relayout.timeout.connect(self._emit_size_changes)
        self._arrivals.timeout.connect(self._fill_arrivals)
        self.renderer.rendered.connect(self._take_arrivals)
        self.exact_layouts = 0  # blocks laid out (counters for tests and the benchmark)
        self.sizes_computed = 0  # sizeHint calls that had to work a row's size out (not read it back)
        self.painted_blocks = 0  # blocks drawn by the last paint of a row
        vm.images.imageReady.connect(self._image_ready)
        vm.images.imageFailed.connect(self._image_failed)
        vm.footersChanged.connect(self.invalidate_all)
        self.model.dataChanged.connect(self._rows_changed)
        self.model.modelReset.connect(self._sizes.clear)

    # --- invalidation --------------------------------------------------------------------------------

    def invalidate_all(self) -> None:
        """Everything reads differently (theme, prices, font): re-lay out rows as they are shown."""
        self._global_epoch += 1
        self._sizes.clear()
        self._rows.clear()
        self._waiting.clear()
        self._wanted.clear()
        self._ready.clear()
        self._metrics = None
        self.view.scheduleDelayedItemsLayout()
        self.view.viewport().update()
        self.relayout_in_background()

    def invalidate_message(self, message_id: str) -> None:
        self._epochs[message_id] = self._epochs.get(message_id, 0) + 1
        row = self.model.row_of(message_id)
        if row >= 0:
            self._size(row, self.model.message_at(row), self._current(row, self.model.message_at(row)))
            self._changed_rows.add(message_id)
            self._relayout.start(0)
            self.view.viewport().update()

    def show_copied(self, message_id: str, key: str) -> None:
        """The Copy link of code block ``key`` says "Copied" for a moment."""
        self._copied[message_id] = key
        self._rerender(message_id)
        QTimer.singleShot(COPIED_SHOWN_MS, self, lambda: self._copied_done(message_id, key))

    def _copied_done(self, message_id: str, key: str) -> None:
        if self._copied.get(message_id) == key:
            del self._copied[message_id]
            self._rerender(message_id)

    def _rerender(self, message_id: str) -> None:
        """Fill the row's blocks again from their renderings (the app's words in them changed)."""
        self._rows.pop(message_id, None)
        self.invalidate_message(message_id)

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
            self._sizes.clear()
            self.relayout_in_background()

    def _key(self, row: int, message: Message) -> LayoutKey:
        return (self.model.revision_at(row), self._width, self._global_epoch, self._epochs.get(message.id, 0))

    @staticmethod
    def column(total: int) -> tuple[int, int]:
        """The reading column's left edge and width in a list ``total`` pixels wide: at most ``COLUMN_MAX``
        (a little more on very wide windows), centred, the whole width less the gutters on narrow ones."""
        widest = min(COLUMN_WIDE_MAX, max(COLUMN_MAX, COLUMN_MAX + (total - 1400) // 3))
        width = max(120, min(widest, total - 2 * GUTTER))
        return max(0, (total - width) // 2), width

    @classmethod
    def text_width(cls, total: int, message: Message) -> int:
        usable = cls.column(total)[1]
        if message.role is Role.USER:
            usable = int(usable * USER_FRACTION)
        return max(80, usable - 2 * PADDING)

    def _base_pt(self) -> float:
        """The text's size in points (headings are scaled from it)."""
        return QFontInfo(self.view.font()).pointSizeF()

    def _line_metrics(self) -> tuple[int, int]:
        if self._metrics is None:
            metrics = QFontMetrics(self.view.font())
            self._metrics = (max(1, metrics.averageCharWidth()), metrics.lineSpacing())
        return self._metrics

    def _text_lines(self, text: str, width: int) -> float:
        char_width, _line = self._line_metrics()
        per_line = max(8, width // char_width)
        return 1 + len(text) / per_line + text.count("\n") * 0.6

    def _estimate(self, message: Message, width: int) -> int:
        _char_width, line = self._line_metrics()
        lines = self._text_lines(message.text, width) + 1.5 * (len(message.parts) - 1)
        if message.role is Role.ASSISTANT:
            lines += 1.5  # the footer
        return math.ceil(lines * line) + 2 * vertical_padding(message.role) + MARGIN // 2 + ACTION_STRIP

    def _block_estimate(self, source: Piece, width: int) -> int:
        _char_width, line = self._line_metrics()
        if isinstance(source, Markdown):
            return math.ceil(self._text_lines(source.text, width) * line)
        return math.ceil(1.5 * line)

    # --- a row's blocks --------------------------------------------------------------------------------

    def _current(self, row: int, message: Message) -> RowBlocks:
        """The row's blocks for its current key: built now if needed (cheap: no markdown is rendered here;
        the blocks still to render are asked for, in order), keeping the documents of the blocks that did not
        change."""
        key = self._key(row, message)
        old = self._rows.get(message.id)
        if old is not None and old.key == key:
            self._rows.move_to_end(message.id)
            return old
        width = self.text_width(self._width, message)
        previous = old.splits if old is not None else {}
        splits: dict[int, list[str]] = {}

        def split(at: int, text: str) -> list[str]:
            splits[at] = split_blocks(text, previous.get(at, ()))
            return splits[at]

        sources = blocks_of(message_pieces(message, self.context, width), split)
        reusable = old.blocks if old is not None and old.width == width and old.key[2] == key[2] else []
        blocks: list[Block] = []
        for at, source in enumerate(sources):
            before = reusable[at] if at < len(reusable) else None
            if before is not None and before.source == source and not before.stale:
                blocks.append(before)  # unchanged: rendered, laid out, or already asked for
                continue
            block = Block(source, self._block_estimate(source, width))
            if before is not None and isinstance(source, Markdown) and isinstance(before.source, Markdown):
                # the tail grew: show its last rendering until the new one is ready
                block.html, block.codes, block.doc = before.html, before.codes, before.doc
                block.laid_out_height, block.stale = before.laid_out_height, before.html is not None
            blocks.append(block)
            self._fill_block(at, block, message.id, ask=True)
        current = RowBlocks(key, width, blocks, splits)
        self._rows[message.id] = current
        if len(self._rows) > MAX_ROWS:
            self._rows.popitem(last=False)
        if not current.rendered:
            self._waiting[message.id] = row
        return current

    def _fill(self, current: RowBlocks, message_id: str) -> None:
        """Take the rendered rich text of the row's blocks that have it."""
        for at, block in enumerate(current.blocks):
            if block.html is None or block.stale:
                self._fill_block(at, block, message_id)

    def _fill_block(
        self, at: int, block: Block, message_id: str, *, ask: bool = False, urgent: bool = False
    ) -> None:
        if isinstance(block.source, str):
            block.html, block.doc = block.source, None
            return
        rendered = self.renderer.get(block.source.text, self.context.dark, ask=ask, urgent=urgent)
        if rendered is not None:
            block.html, block.codes = numbered(
                at, rendered, self._base_pt(), self._copied.get(message_id, "")
            )
            block.doc, block.stale = None, False
        elif ask:
            self._wanted.setdefault((block.source.text, self.context.dark), set()).add(message_id)

    def _lay_out_block(self, block: Block, message: Message, width: int, *, first: bool) -> None:
        if block.html is None:
            return
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.view.font())
        doc.setDefaultStyleSheet(STYLE_SHEET)
        self.context.add_resources(doc, message)
        doc.setHtml(block.html)
        if first:  # the message's text starts at its inset (a heading's space above is for what precedes it)
            start = doc.begin().blockFormat()
            if start.topMargin() > 0:
                start.setTopMargin(0)
                QTextCursor(doc.begin()).setBlockFormat(start)
        doc.setTextWidth(width)
        self.exact_layouts += 1
        block.doc = doc
        block.laid_out_height = math.ceil(doc.size().height())

    def _lay_out_row(self, current: RowBlocks, message: Message, deadline: float | None = None) -> bool:
        """Lay out the row's rendered blocks (until ``deadline``); True when every block is laid out."""
        for at, block in enumerate(current.blocks):
            if block.doc is None and block.html is not None:
                if deadline is not None and time.perf_counter() >= deadline:
                    return False
                self._lay_out_block(block, message, current.width, first=at == 0)
        return current.laid_out

    def _take_arrivals(self, keys: list[BlockKey]) -> None:
        self._arrived.extend(keys)
        self._arrivals.start()

    def _fill_arrivals(self) -> None:
        """Rendered blocks arrived: the rows waiting for them take them; those in view are repainted (the
        paint lays out what is in view), and all laid out in the background."""
        arrived, self._arrived = self._arrived, []
        rows: set[str] = set()
        for key in arrived:
            rows |= self._wanted.pop(key, set())
        visible = self._visible_rows()
        for message_id in rows:
            hint = self._waiting.pop(message_id, -1)
            row = self._row_of(message_id, hint)
            if row < 0:
                continue
            current = self._rows.get(message_id)
            if current is None:  # no longer kept (MAX_ROWS): built again and laid out in the background
                self._ready[message_id] = row
                if not self._prelayout.isActive():
                    self._prelayout.start()
                continue
            message = self.model.message_at(row)
            if current.key != self._key(row, message):
                continue  # changed meanwhile: built again when next asked for
            self._fill(current, message_id)
            if not current.rendered:
                self._waiting[message_id] = row
            if row in visible:
                self.view.viewport().update()
            self._ready[message_id] = row
            if not self._prelayout.isActive():
                self._prelayout.start()
        if not self._wanted and not self._prelayout.isActive() and self._changed_rows:
            self._relayout.start(0)  # the last renderings were for rows no longer kept: publish what is known

    def _row_of(self, message_id: str, hint: int) -> int:
        if 0 <= hint < self.model.rowCount() and self.model.message_at(hint).id == message_id:
            return hint
        return self.model.row_of(message_id)

    def _visible_rows(self) -> range:
        """The rows meeting the viewport, found by their tops: ``QListView`` keeps an item's height in 16
        bits, so ``indexAt`` misses a row taller than 32,767 px (a long reply) past its first 32,767 px."""
        count = self.model.rowCount()
        bottom = self.view.viewport().height()

        def top(row: int) -> int:
            return self.view.visualRect(self.model.index(row, 0)).top()

        low, high, first = 0, count - 1, -1
        while low <= high:  # the last row starting at or above the viewport's top
            middle = (low + high) // 2
            if top(middle) <= 0:
                first, low = middle, middle + 1
            else:
                high = middle - 1
        if first < 0:
            first = 0 if count and top(0) < bottom else count
        last = first
        while last + 1 < count and top(last + 1) < bottom:
            last += 1
        return range(first, min(last + 1, count))

    def _size(self, row: int, message: Message, current: RowBlocks, *, background: bool = False) -> RowLayout:
        """The row's size from its blocks (laid out or estimated); a change is published to the list at once,
        or, found by the background layout, when it ends (each re-layout of the list asks every row for its
        size: a row in view whose size the list does not know yet is caught by the paint)."""
        heights = sum(b.height for b in current.blocks)
        bubble_w = current.width + 2 * PADDING
        if message.role is Role.USER:
            ideal = max(
                (b.doc.idealWidth() for b in current.blocks if b.doc is not None), default=current.width
            )
            inner = min(current.width, math.ceil(ideal))
            bubble_w = inner + 2 * PADDING
            for block in current.blocks:  # right-to-left lines end at the bubble's edge, not the column's
                if block.doc is not None and block.doc.textWidth() != inner:
                    block.doc.setTextWidth(inner)
        bubble_h = heights + 2 * vertical_padding(message.role)
        height = MARGIN // 2 + bubble_h + ACTION_STRIP  # the strip is the bottom margin
        if message.status is MessageStatus.IN_PROGRESS:
            # a streaming reply grows in steps, so the list re-lays out every few lines, not every line
            height = math.ceil(height / STREAM_STEP_PX) * STREAM_STEP_PX
        layout = RowLayout(current.key, QSize(self._width, height), current.laid_out, bubble_w, bubble_h)
        old = self._layouts.get(message.id)
        self._remember(message.id, layout)
        if old is not None and old.size.height() != height:
            self._changed_rows.add(message.id)
            if not background:
                self._relayout.start(0)
        return layout

    def _remember(self, message_id: str, layout: RowLayout) -> None:
        old = self._layouts.get(message_id)
        if old is not None and old.key[0] != layout.key[0]:
            self._sizes.pop(old.key[0], None)  # the message changed: its old revision is gone
        self._layouts[message_id] = layout
        if layout.key[1:] == (self._width, self._global_epoch, self._epochs.get(message_id, 0)):
            self._sizes[layout.key[0]] = layout.size

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """The row's size. ``QListView`` asks for every row's at each re-layout of the list, so this reads it
        back by the row's revision (one lookup); it is worked out once per (revision, width, epoch)."""
        row = index.row()
        try:
            size = self._sizes.get(self.model.revision_at(row))
        except IndexError:
            return QSize(0, 0)
        if size is not None:
            return size
        return self._size_hint(row)

    def _size_hint(self, row: int) -> QSize:
        self.sizes_computed += 1
        message = self.model.message_at(row)
        key = self._key(row, message)
        layout = self._layouts.get(message.id)
        if layout is not None:
            if layout.key == key:
                self._remember(message.id, layout)
                return layout.size
            current = self._rows.get(message.id)
            if current is not None and current.key[1:] == key[1:]:
                # the message changed (a streaming reply): its unchanged blocks keep their layout
                current = self._current(row, message)
                self._lay_out_row(current, message)
                return self._size(row, message, current).size
        width = self.text_width(self._width, message)
        estimate = RowLayout(key, QSize(self._width, self._estimate(message, width)), False)
        self._remember(message.id, estimate)
        return estimate.size

    def layout_for(self, row: int) -> RowLayout:
        """The row's layout as far as it is known (blocks still rendering or not laid out are estimated)."""
        message = self.model.message_at(row)
        layout = self._layouts.get(message.id)
        if layout is None or layout.key != self._key(row, message) or not layout.exact:
            current = self._current(row, message)
            layout = self._size(row, message, current)
        return layout

    def block_count(self, row: int) -> int:
        """How many blocks the row is laid out and painted in."""
        return len(self._current(row, self.model.message_at(row)).blocks)

    def ready(self, row: int) -> bool:
        """Whether every block of the row is rendered and laid out (tests wait for this)."""
        message = self.model.message_at(row)
        current = self._rows.get(message.id)
        return current is not None and current.key == self._key(row, message) and current.laid_out

    def _emit_size_changes(self) -> None:
        if self._changed_rows:
            self._changed_rows = set()
            self.sizesChanged.emit()

    # --- laying out every row while the UI is idle ------------------------------------------------------

    def _rows_changed(self, first: QModelIndex, last: QModelIndex) -> None:
        """Rows changed (a streaming reply): their new blocks are laid out in the background too."""
        for row in range(first.row(), last.row() + 1):
            self._ready[self.model.message_at(row).id] = row
        if not self._prelayout.isActive():
            self._prelayout.start()

    def laying_out(self) -> bool:
        """Whether rows are still being rendered or laid out in the background (for the benchmark)."""
        return self._prelayout.isActive() or bool(self._wanted) or bool(self._changed_rows)

    def relayout_in_background(self) -> None:
        """Lay out rows exactly, newest first, a few milliseconds at a time, so sizes become exact (and
        scrolling never has to re-lay out the list) without ever blocking the UI."""
        self._pre_row = self.model.rowCount() - 1
        if not self._prelayout.isActive():
            self._prelayout.start()

    def _prelayout_step(self) -> None:
        value = self.view.verticalScrollBar().value()
        scrolled = value != self._scroll_value
        if scrolled:
            self._scrolling_up, self._scroll_value = value < self._scroll_value, value
        # while the view scrolls, shorter slices: each scroll step's frame also paints
        deadline = time.perf_counter() + (SCROLLING_SLICE_S if scrolled else PRELAYOUT_SLICE_S)
        self._lay_out_ahead(deadline)
        while self._ready and time.perf_counter() < deadline:  # rows whose blocks just arrived
            message_id, hint = self._ready.popitem()
            if not self._lay_out_next(self._row_of(message_id, hint), deadline):
                self._ready[message_id] = hint
        while self._pre_row >= 0 and time.perf_counter() < deadline:
            if self._lay_out_next(self._pre_row, deadline):
                self._pre_row -= 1
        if self._pre_row < 0 and not self._ready:
            self._prelayout.stop()
            if not self._wanted:  # nothing more to come from the renderer: the list takes every new size
                self._relayout.start(0)

    def _lay_out_ahead(self, deadline: float) -> None:
        """Lay out first the blocks of the rows in view that the next scroll steps will show: those within
        AHEAD_VIEWPORTS viewport heights past the viewport's edge in the direction it last scrolled
        (down at first), nearest first, so that a scroll step finds them laid out."""
        viewport = self.view.viewport().rect()
        reach = AHEAD_VIEWPORTS * viewport.height()
        for row in self._visible_rows():
            message = self.model.message_at(row)
            current = self._rows.get(message.id)
            if current is None or current.key != self._key(row, message) or not current.unlaid:
                continue
            top = self.view.visualRect(self.model.index(row, 0)).top() + MARGIN // 2 + PADDING
            low, high = viewport.top(), viewport.bottom()
            if self._scrolling_up:
                low -= reach
            else:
                high += reach
            ahead = [
                b
                for b, y in zip(current.blocks, current.tops(), strict=True)
                if top + y + b.height > low and top + y < high
            ]
            if self._scrolling_up:
                ahead.reverse()
            laid_out = False
            for block in ahead:
                if block.doc is None and block.html is not None:
                    if time.perf_counter() >= deadline:
                        break
                    self._lay_out_block(block, message, current.width, first=block is current.blocks[0])
                    laid_out = True
            if laid_out:
                self._size(row, message, current, background=True)

    def _lay_out_next(self, row: int, deadline: float) -> bool:
        """Lay out what is rendered of ``row`` until ``deadline``; False when the deadline cut it short
        (blocks still rendering are laid out when they arrive)."""
        if not 0 <= row < self.model.rowCount() or self._width <= 0:
            return True
        message = self.model.message_at(row)
        layout = self._layouts.get(message.id)
        if layout is not None and layout.exact and layout.key == self._key(row, message):
            return True
        current = self._current(row, message)
        if not self._lay_out_row(current, message, deadline) and current.unlaid:
            return False
        self._size(row, message, current, background=True)
        return True

    def bubble_rect(self, index: ModelIndex, rect: QRect) -> QRect:
        """Where the bubble of the row at ``rect`` is drawn (for painting, editors and clicks): a user's at
        the right of the reading column, an assistant's reply across it."""
        row = index.row()
        message = self.model.message_at(row)
        layout = self.layout_for(row)
        left, width = self.column(rect.width())
        left += rect.left()
        x = left + width - layout.bubble_width if message.role is Role.USER else left
        return QRect(x, rect.top() + MARGIN // 2, layout.bubble_width, layout.bubble_height)

    def text_rect(self, index: ModelIndex, rect: QRect) -> QRect:
        """Where the text of the row at ``rect`` is drawn: its bubble less the bubble's insets."""
        inset = vertical_padding(self.model.message_at(index.row()).role)
        return self.bubble_rect(index, rect).adjusted(PADDING, inset, -PADDING, -inset)

    # --- the row's text ------------------------------------------------------------------------------

    def rendered(self, row: int) -> MessageHtml:
        """The bubble's whole rich text and the code its Copy links copy (rendered here if the worker has
        not finished: for a Copy or a click, never for painting)."""
        message = self.model.message_at(row)
        current = self._current(row, message)
        if not current.rendered:
            return message_html(message, self.context, current.width, self._base_pt())
        codes: dict[str, str] = {}
        for block in current.blocks:
            codes.update(block.codes)
        return MessageHtml("".join(b.html or "" for b in current.blocks), codes)

    def code_block(self, message_id: str, key: str) -> str:
        row = self.model.row_of(message_id)
        return self.rendered(row).code_blocks.get(key, "") if row >= 0 else ""

    def plain_text(self, row: int) -> str:
        """The bubble's text as shown (what Copy copies)."""
        current = self._current(row, self.model.message_at(row))
        if not current.rendered:
            return plain_of(self.rendered(row).html)
        return "\n".join(
            b.doc.toPlainText() if b.doc is not None else plain_of(b.html or "") for b in current.blocks
        )
