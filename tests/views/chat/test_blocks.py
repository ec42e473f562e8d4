"""The chat's rendering pipeline (issue 13): markdown is rendered away from the UI thread, and a streaming
reply renders and lays out only its open tail, however long it has grown."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtGui import QGuiApplication

from belugadesk.domain.models import Message, MessageStatus
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat import block_renderer, markdown_render
from belugadesk.views.chat.message_text_view import MessageTextView
from tests.views.chat.test_chat_view import open_view
from tests.views.chat.test_long_reply import long_reply


def test_markdown_is_not_rendered_on_the_ui_thread(
    qtbot: Any, tools_chat: ChatViewModel, monkeypatch: Any
) -> None:
    rendered_on: list[threading.Thread] = []
    render_chunk = markdown_render._render_chunk

    def recording(chunk: str, dark: bool) -> tuple[str, tuple[str, ...]]:
        rendered_on.append(threading.current_thread())
        return render_chunk(chunk, dark)

    monkeypatch.setattr(markdown_render, "_render_chunk", recording)
    view = open_view(qtbot, tools_chat)
    for n in range(3):
        tools_chat.messages.append(
            Message.assistant(f"**Answer {n}** of {id(view)}:\n\n```python\nx = {n}\n```")
        )
    for row in range(3):
        qtbot.waitUntil(lambda row=row: view.delegate.ready(row), timeout=10_000)
        shown = view.delegate.plain_text(row)
        assert f"Answer {row} of" in shown and f"x = {row}" in shown and "**" not in shown
    assert view.delegate.renderer.renders >= 3, "the blocks were rendered (in the worker)"
    assert threading.main_thread() not in rendered_on, "markdown was rendered on the UI thread"


def test_a_streaming_reply_renders_and_lays_out_only_its_open_tail(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    delegate = view.delegate
    text = long_reply(60_000)
    streaming = Message.assistant("").model_copy(update={"status": MessageStatus.IN_PROGRESS})
    tools_chat.messages.append(streaming)
    most_rendered = most_laid_out = 0
    for end in range(1_000, len(text) + 1_000, 1_000):  # a frame's worth of deltas at a time
        renders, layouts = delegate.renderer.renders, delegate.exact_layouts
        parts = Message.assistant(text[:end]).parts
        tools_chat.messages.replace(0, streaming.model_copy(update={"parts": parts}))
        qtbot.waitUntil(lambda: delegate.ready(0), timeout=10_000)
        most_rendered = max(most_rendered, delegate.renderer.renders - renders)
        most_laid_out = max(most_laid_out, delegate.exact_layouts - layouts)
    blocks = delegate.block_count(0)
    assert blocks >= 25, f"the reply is laid out in {blocks} blocks"
    assert most_rendered <= 2, f"a frame rendered {most_rendered} blocks of {blocks}"
    assert most_laid_out <= 2, f"a frame laid out {most_laid_out} blocks of {blocks}"
    last = text.rsplit("### ", 1)[1].split("\n")[0]
    assert f"\n{last}\n" in delegate.plain_text(0), "the whole reply is shown, to its last section"


def test_a_worker_that_dies_is_replaced_and_nothing_is_lost(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    tools_chat.messages.append(Message.assistant(f"**Before** {id(view)}"))
    qtbot.waitUntil(lambda: view.delegate.ready(0), timeout=10_000)
    process = block_renderer._worker._process
    assert process is not None, "the worker runs"
    process.kill()
    process.wait()
    tools_chat.messages.append(Message.assistant(f"**After** the worker died {id(view)}"))
    qtbot.waitUntil(lambda: view.delegate.ready(1), timeout=10_000)
    assert view.delegate.plain_text(1).startswith("After the worker died")
    assert block_renderer._worker._process not in (None, process), "a new worker took over"


def test_the_text_of_a_long_bubble_selects_and_copies_across_its_blocks(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    text = long_reply(30_000)
    tools_chat.messages.append(Message.assistant(text))
    qtbot.waitUntil(lambda: view.delegate.ready(0), timeout=20_000)
    assert view.delegate.block_count(0) >= 10
    view.open_editor(tools_chat.messages.index(0))
    editor = view.editor()
    assert isinstance(editor, MessageTextView)
    assert editor.toPlainText() == view.delegate.plain_text(0), "the editor holds every block, as painted"
    editor.selectAll()
    editor.copy()
    copied = QGuiApplication.clipboard().text()
    last = text.rsplit("### ", 1)[1].split("\n")[0]
    assert copied.startswith("Section 0\n") and f"\n{last}\n" in copied


def test_the_worker_can_be_started_before_the_first_block_is_asked_for(qtbot: Any) -> None:
    running = block_renderer._worker._process
    if running is not None:  # started by an earlier test: end it, as if the app had just started
        running.kill()
        qtbot.waitUntil(lambda: block_renderer._worker._process is None, timeout=5_000)
    block_renderer.start_worker()
    started = block_renderer._worker._process
    assert started is not None and started.poll() is None, "the worker runs, waiting for blocks"
