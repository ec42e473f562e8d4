"""A very long reply (2 MB) renders without freezing the window (issue 11, defect 10): the longest stall of
the UI thread, measured by a timer that should tick every 10 ms, stays short while the reply is shown."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from belugadesk.domain.models import Message, MessageStatus
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.app_links import parse_action
from belugadesk.views.chat.message_html import SHOW_ALL
from tests.views.chat.test_chat_view import hrefs, open_view


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


def test_a_2_mb_reply_keeps_the_window_responsive(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    text = long_reply(2_000_000)
    laid_out = view.delegate.exact_layouts
    probe = StallProbe()
    started = time.perf_counter()
    reply = Message.assistant(text)
    tools_chat.messages.append(reply)  # the view lays it out and paints it from the event loop
    qtbot.waitUntil(lambda: view.delegate.exact_layouts > laid_out, timeout=60_000)
    ticks = probe.ticks
    qtbot.waitUntil(lambda: probe.ticks > ticks + 10, timeout=10_000)  # painted, and the loop still turns
    elapsed = time.perf_counter() - started
    longest = probe.stop()
    print(f"\n2 MB reply: shown in {elapsed:.2f} s, longest UI stall {longest * 1000:.0f} ms")
    assert longest < 0.5, f"the window froze for {longest:.2f} s"

    shown = view.delegate.document(0, reply, 600, view.font())[1].html
    assert "Section 0" in shown and "Section 9000" not in shown
    assert "This is the first 19 KB of 2.0 MB of text." in shown
    [show_all] = [h for h in hrefs(shown) if parse_action(h) == (SHOW_ALL, reply.id)]
    view.chat_actions.activate_link(reply.id, show_all)
    dialog = view.chat_actions.full_text
    assert dialog is not None and dialog.isVisible()
    assert dialog.text_view.toPlainText() == text, "the whole text is a click away"
    dialog.close()
    view.chat_actions.copy_row(tools_chat.messages.index(0), markdown=False)
    assert QGuiApplication.clipboard().text() == text, "Copy copies all of it"


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
    assert view.delegate.plain_text(0) == text
