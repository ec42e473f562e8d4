"""A very long reply is shown whole, without freezing the window (issue 11, defect 10; issue 13): the longest
stall of the UI thread, measured by a timer that should tick every 10 ms, stays short while it is shown."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from belugadesk.domain.models import Message, MessageStatus
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.message_layout import MARGIN, PADDING
from tests.views.chat.test_chat_view import open_view


class StallProbe:
    """Ticks every 10 ms on the UI thread and remembers the longest gap between two ticks."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def long_reply(size: int) -> str:
    section = (
        "### Section {n}\n\nBelugas **click** and *listen*; this paragraph says so at some length, with "
        "`inline code` and a [link](https://example.com/{n}).\n\n- one\n- two\n- three\n\n"
        "```python\ndef f{n}(x):\n    return x * {n}\n```\n\n| a | b |\n|---|---|\n| {n} | {n} |\n\n"
    )
    parts: list[str] = []
    total = 0
    n = 0
    while total < size:
        chunk = section.format(n=n)
        parts.append(chunk)
        total += len(chunk)
        n += 1
    return "".join(parts)


def test_a_200_kb_reply_is_shown_whole(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    text = long_reply(200_000)
    last = text.rstrip().rsplit("### ", 1)[1].split("\n")[0]  # "Section N", the last one
    tools_chat.messages.append(Message.assistant(text))
    qtbot.waitUntil(lambda: view.delegate.ready(0), timeout=60_000)
    shown = view.delegate.plain_text(0)
    assert shown.startswith("Section 0\n") and f"\n{last}\n" in shown, "every section is in the bubble"
    assert "def f0(x):" in shown and "**" not in shown
    assert view.delegate.block_count(0) > 50, "laid out and painted in blocks"
    view.message_list.scrollToBottom()
    view.message_list.viewport().repaint()
    index = tools_chat.messages.index(0)
    bubble = view.delegate.bubble_rect(index, view.message_list.visualRect(index))
    assert bubble.height() > 20 * view.message_list.viewport().height(), "the bubble is as tall as the text"
    assert list(view.delegate._visible_rows()) == [0], "in view at its bottom, though over 32,767 px tall"
    view.chat_actions.copy_row(tools_chat.messages.index(0), markdown=True)
    assert QGuiApplication.clipboard().text() == text, "Copy as markdown copies all of it"
    view.chat_actions.copy_row(tools_chat.messages.index(0), markdown=False)
    assert QGuiApplication.clipboard().text() == shown, "Copy copies the whole text as shown"


def test_a_2_mb_reply_keeps_the_window_responsive(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    text = long_reply(2_000_000)
    probe = StallProbe()
    started = time.perf_counter()
    reply = Message.assistant(text)
    tools_chat.messages.append(reply)  # the view renders, lays out and paints it from the event loop
    qtbot.waitUntil(lambda: view.delegate.painted_blocks > 0, timeout=60_000)
    ticks = probe.ticks
    qtbot.waitUntil(lambda: probe.ticks > ticks + 10, timeout=10_000)  # painted, and the loop still turns
    elapsed = time.perf_counter() - started
    longest = probe.stop()
    print(f"\n2 MB reply: shown in {elapsed:.2f} s, longest UI stall {longest * 1000:.0f} ms")
    assert longest < 0.5, f"the window froze for {longest:.2f} s"
    assert view.delegate.block_count(0) > 500, "the whole reply, in blocks"


def test_a_reply_streaming_to_2_mb_keeps_the_window_responsive(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    text = long_reply(2_000_000)
    streaming = Message.assistant("").model_copy(update={"status": MessageStatus.IN_PROGRESS})
    tools_chat.messages.append(streaming)
    received = 0
    probe = StallProbe()

    def next_delta() -> None:  # 50,000 characters a frame, as a very fast server would send them
        nonlocal received
        received += 50_000
        parts = Message.assistant(text[:received]).parts
        tools_chat.messages.replace(0, streaming.model_copy(update={"parts": parts}))
        if received < len(text):
            QTimer.singleShot(16, next_delta)

    QTimer.singleShot(0, next_delta)
    qtbot.waitUntil(lambda: received >= len(text), timeout=60_000)
    ticks = probe.ticks
    qtbot.waitUntil(lambda: probe.ticks > ticks + 10, timeout=10_000)
    longest = probe.stop()
    print(f"\nreply streaming to 2 MB: longest UI stall {longest * 1000:.0f} ms")
    assert longest < 0.5, f"the window froze for {longest:.2f} s"
    assert view.delegate.block_count(0) > 500, "the whole reply, in blocks"


def test_the_background_layout_does_first_the_blocks_the_next_scroll_step_shows(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    """Scrolling up a long reply: the next slice of background layout lays out the blocks just above the
    viewport first (a scroll step then finds them laid out), before the reply's blocks from its top down."""
    view = open_view(qtbot, tools_chat)
    delegate, listing = view.delegate, view.message_list
    tools_chat.messages.append(Message.assistant(long_reply(200_000)))
    qtbot.waitUntil(lambda: delegate.ready(0), timeout=60_000)
    listing.scrollToBottom()
    listing.viewport().repaint()
    delegate._prelayout_step()  # notes where the view is: at the bottom
    message = tools_chat.messages.message_at(0)
    current = delegate._rows[message.id]
    for block in current.blocks:  # as if not laid out yet (estimated at the height it had)
        block.estimate, block.doc = block.laid_out_height, None
    delegate.relayout_in_background()
    delegate._prelayout.stop()  # its slices are run below, one by one
    bar = listing.verticalScrollBar()
    bar.setValue(bar.value() - 2 * listing.viewport().height())  # a scroll step up
    listing.viewport().repaint()  # lays out the blocks in view
    top = listing.visualRect(tools_chat.messages.index(0)).top() + MARGIN // 2 + PADDING
    placed = list(zip(current.blocks, current.tops(), strict=True))
    above = [block for block, y in placed if top + y + block.height <= 0]
    assert len(above) > 20
    delegate._prelayout_step()
    assert above[-1].doc is not None, "the block the next step up shows is laid out first"
