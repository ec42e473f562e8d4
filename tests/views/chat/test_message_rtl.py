"""A message in a right-to-left script (Arabic) shows its text inside its bubble: a user's bubble is as wide
as its text, and right-aligned lines end at the bubble's edge, not at the edge of the reading column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from belugadesk.domain.models import Message
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.views.chat.test_chat_view import open_view


def _ink_inside(image: QImage, bubble: QRect, background: QColor) -> int:
    inside = bubble.adjusted(10, 6, -10, -6)  # not the rounded corners
    return sum(
        1
        for x in range(inside.left(), inside.right())
        for y in range(inside.top(), inside.bottom())
        if image.pixelColor(x, y) != background
    )


def test_an_arabic_user_message_is_drawn_inside_its_bubble(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    tools_chat.messages.append(Message.user("مرحبا، ما الذي يمكنك فعله؟"))
    delegate = view.delegate
    qtbot.waitUntil(lambda: delegate.ready(0), timeout=30_000)
    index = tools_chat.messages.index(0)
    viewport = view.message_list.viewport()
    option = QStyleOptionViewItem()
    option.initFrom(viewport)
    option.rect = QRect(0, 0, viewport.width(), delegate.layout_for(0).size.height())
    bubble = delegate.bubble_rect(index, option.rect)
    assert bubble.width() < viewport.width() // 2, "a short question gets a narrow bubble"
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    background = image.pixelColor(bubble.left() + 12, bubble.top() + 3)
    assert _ink_inside(image, bubble, background) > 50, "the Arabic text is drawn within the bubble"
