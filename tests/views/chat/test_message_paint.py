"""Painting a message draws only the part of its text in view, not the whole document (issue 13)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from belugadesk.domain.models import Message
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.message_delegate import PADDING
from tests.views.chat.test_chat_view import open_view
from tests.views.chat.test_long_reply import long_reply


def test_a_tall_message_is_drawn_with_the_painters_clip(
    qtbot: Any, tools_chat: ChatViewModel, monkeypatch: Any
) -> None:
    view = open_view(qtbot, tools_chat)
    reply = Message.assistant(long_reply(15_000))
    tools_chat.messages.append(reply)
    delegate = view.delegate
    index = tools_chat.messages.index(0)
    viewport = view.message_list.viewport()
    option = QStyleOptionViewItem()
    option.initFrom(viewport)
    option.rect = QRect(0, 0, viewport.width(), delegate.layout_for(0).size.height())
    bubble = delegate.bubble_rect(index, option.rect)
    doc, _ = delegate.document(0, reply, delegate.text_width(viewport.width(), reply), view.font())
    assert doc.size().height() > 4 * viewport.height(), "the message is tall"
    layout = doc.documentLayout()
    clips: list[QRectF] = []
    draw = layout.draw

    def recording_draw(painter: QPainter, context: QAbstractTextDocumentLayout.PaintContext) -> None:
        clips.append(QRectF(context.clip))
        draw(painter, context)

    monkeypatch.setattr(layout, "draw", recording_draw)
    small = QRect(bubble.left() + 40, bubble.top() + 200, 120, 30)
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setClipRect(small)
    delegate.paint(painter, option, index)
    painter.end()

    [clip] = clips
    assert not clip.isNull(), "the document was drawn whole"
    in_document = QRectF(small).translated(-(bubble.left() + PADDING), -(bubble.top() + PADDING))
    assert in_document.contains(clip), f"drawn within {clip}, not just {in_document}"
