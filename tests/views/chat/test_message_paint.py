"""Painting a message draws only the part of its text in view: a long message is laid out in blocks, and only
the blocks that meet the clip are drawn, each within the clip (issue 13)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from belugadesk.domain.models import Message
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.views.chat.test_chat_view import open_view
from tests.views.chat.test_long_reply import long_reply

PaintContext = QAbstractTextDocumentLayout.PaintContext


def test_a_long_message_is_drawn_only_in_the_blocks_that_meet_the_clip(
    qtbot: Any, tools_chat: ChatViewModel, monkeypatch: Any
) -> None:
    view = open_view(qtbot, tools_chat)
    reply = Message.assistant(long_reply(60_000))
    tools_chat.messages.append(reply)
    delegate = view.delegate
    qtbot.waitUntil(lambda: delegate.ready(0), timeout=30_000)
    blocks = delegate.block_count(0)
    assert blocks >= 20, f"a 60 KB message is cut into blocks, not {blocks}"
    index = tools_chat.messages.index(0)
    viewport = view.message_list.viewport()
    option = QStyleOptionViewItem()
    option.initFrom(viewport)
    option.rect = QRect(0, 0, viewport.width(), delegate.layout_for(0).size.height())
    bubble = delegate.bubble_rect(index, option.rect)
    assert bubble.height() > 20 * viewport.height(), "the message is tall"
    clips: list[QRectF] = []
    draw = QAbstractTextDocumentLayout.draw

    def recording_draw(
        layout: QAbstractTextDocumentLayout,
        painter: QPainter,
        context: QAbstractTextDocumentLayout.PaintContext,
    ) -> None:
        clips.append(QRectF(context.clip).translated(painter.transform().dx(), painter.transform().dy()))
        draw(layout, painter, context)

    monkeypatch.setattr(QAbstractTextDocumentLayout, "draw", recording_draw)
    small = QRect(bubble.left() + 40, bubble.top() + 200, 120, 30)
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setClipRect(small)
    delegate.paint(painter, option, index)
    painter.end()

    assert 1 <= len(clips) <= 2, f"{len(clips)} of {blocks} blocks were drawn for a 120×30 clip"
    assert delegate.painted_blocks == len(clips)
    for clip in clips:
        assert not clip.isNull() and QRectF(small).contains(clip), f"drawn within {clip}, not just {small}"
