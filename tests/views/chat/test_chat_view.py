"""The chat view with real widgets, over the real view-model, bridge, SDK and local API."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QAbstractSlider, QApplication, QTextBrowser

from belugadesk.domain.models import (
    AttachmentPart,
    ImagePart,
    Message,
    MessageStatus,
    Role,
    ToolCallPart,
)
from belugadesk.viewmodels.chat.attachments import UploadState
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.app_links import action_href, parse_action
from belugadesk.views.chat.chat_view import ChatView
from belugadesk.views.chat.message_html import RETRY, TOGGLE, MessageHtml
from belugadesk.views.shortcut_sheet import window_entries
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import VIEWS, assistant, close_chat, make_chat, stored_messages
from tests.views.choosers import choose


@pytest.fixture
def slow_api() -> Iterator[Any]:
    from belugadesk.localapi import LocalApiConfig, LocalApiServer

    with LocalApiServer(LocalApiConfig(delta_delay_s=0.01)) as server:
        yield server


def open_view(qtbot: Any, vm: ChatViewModel, **kwargs: Any) -> ChatView:
    view = ChatView(vm, **kwargs)
    VIEWS.setdefault(id(vm), []).append(view)  # deleted before the view-model is closed
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def type_and_send(qtbot: Any, view: ChatView, text: str, *, wait: bool = True) -> None:
    qtbot.keyClicks(view.input, text)
    if wait:
        with qtbot.waitSignal(view.vm.replyFinished, timeout=20_000):
            qtbot.keyClick(view.input, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not view.vm.streaming, timeout=5_000)
    else:
        qtbot.keyClick(view.input, Qt.Key.Key_Return)


def hrefs(html_text: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]*)"', html_text)]


def shown_html(qtbot: Any, view: ChatView, row: int) -> MessageHtml:
    """The bubble's rich text at ``row`` once its blocks are rendered (off the UI thread) and laid out."""
    qtbot.waitUntil(lambda: view.delegate.ready(row), timeout=10_000)
    return view.delegate.rendered(row)


def bubble_text(view: ChatView, row: int) -> str:
    return view.delegate.plain_text(row)


def test_enter_or_ctrl_enter_sends_as_configured(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat, send_on="ctrl_enter")
    sent: list[str] = []
    view.input.submitted.connect(sent.append)
    qtbot.keyClicks(view.input, "line one")
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    qtbot.keyClicks(view.input, "line two")
    assert sent == [] and view.input.toPlainText() == "line one\nline two"
    qtbot.keyClick(view.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent == ["line one\nline two"]
    view.input.clear()
    view.set_send_on("enter")
    sent.clear()
    qtbot.keyClicks(view.input, "a")
    qtbot.keyClick(view.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(view.input, "b")
    assert sent == [] and view.input.toPlainText() == "a\nb"
    qtbot.waitUntil(lambda: not tools_chat.streaming)


def test_input_is_one_line_when_empty_and_grows(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    empty = view.input.height()
    assert empty < 2.5 * view.input.fontMetrics().lineSpacing()
    view.input.setPlainText("1\n2\n3\n4")
    assert view.input.height() > empty + 2 * view.input.fontMetrics().lineSpacing()
    view.input.setPlainText("\n".join(str(i) for i in range(40)))
    assert view.input.height() < 10 * view.input.fontMetrics().lineSpacing(), "capped; it scrolls beyond"


def test_markdown_reply_with_copy_links_and_external_links(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    type_and_send(qtbot, view, "What is a beluga?")
    text = bubble_text(view, 1)
    assert "About your question" in text and "print('hello')" in text and "**" not in text
    sample = Message.assistant(
        "See [the site](https://example.com/x).\n\n```python\nprint(42)\n```\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |"
    )
    tools_chat.messages.append(sample)
    row = tools_chat.messages.rowCount() - 1
    rendered = shown_html(qtbot, view, row)
    assert list(rendered.code_blocks.values()) == ["print(42)\n"] and "<table" in rendered.html
    [copy_href] = [h for h in hrefs(rendered.html) if parse_action(h)]
    view.chat_actions.activate_link(sample.id, copy_href)
    assert QGuiApplication.clipboard().text() == "print(42)\n"
    assert "https://example.com/x" in hrefs(rendered.html), "the model's link keeps its target"


def test_click_a_bubble_to_select_and_copy_its_text(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    type_and_send(qtbot, view, "Copy me please")
    view.message_list.scrollToBottom()
    index = tools_chat.messages.index(1)
    rect = view.message_list.visualRect(index)
    bubble = view.delegate.bubble_rect(index, rect)
    qtbot.mouseClick(
        view.message_list.viewport(), Qt.MouseButton.LeftButton, pos=bubble.center() + QPoint(0, 0)
    )
    editor = view.editor()
    assert isinstance(editor, QTextBrowser)
    assert "About your question" in editor.toPlainText()
    editor.selectAll()
    editor.copy()
    assert "You asked: Copy me please" in QGuiApplication.clipboard().text()
    menu = view.chat_actions.build_menu(index)
    labels = [a.text() for a in menu.actions()]
    assert {"Copy selection", "Copy", "Copy as Markdown"} <= set(labels)
    view.chat_actions.copy_row(index, markdown=True)
    assert "You asked: **Copy me please**" in QGuiApplication.clipboard().text()
    view.chat_actions.copy_last.trigger()
    assert QGuiApplication.clipboard().text() == tools_chat.messages.messages[-1].text


def test_jump_to_latest_appears_when_scrolled_up_while_streaming(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    vm = make_chat(qtbot, slow_api, tmp_path / "chat.sqlite3")
    view = open_view(qtbot, vm)
    try:
        bar = view.message_list.verticalScrollBar()
        type_and_send(qtbot, view, "Please write a long reply", wait=False)
        qtbot.waitUntil(lambda: vm.streaming and bar.maximum() > 300, timeout=20_000)
        assert not view.jump_button.isVisible()
        assert bar.value() == bar.maximum(), "following the bottom"
        bar.triggerAction(
            QAbstractSlider.SliderAction.SliderToMinimum
        )  # what dragging the bar to the top does
        assert bar.value() == 0 and view.jump_button.isVisible()
        grown = bar.maximum()
        qtbot.waitUntil(lambda: bar.maximum() > grown + 100, timeout=20_000)
        assert bar.value() == 0, "the view stays where the user scrolled"
        last = vm.messages.rowCount() - 1
        assert view.delegate.activity(last) == "Writing…", "the reply says what it is doing"
        assert "Writing…" in view.send_button.toolTip(), "and so does Stop"
        qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
        assert not view.jump_button.isVisible() and bar.value() == bar.maximum()
        grown = bar.maximum()
        qtbot.waitUntil(lambda: bar.maximum() > grown + 100, timeout=20_000)
        assert bar.value() == bar.maximum(), "following again"
        with qtbot.waitSignal(vm.replyFinished, timeout=20_000) as finished:
            qtbot.keyClick(view.input, Qt.Key.Key_Escape)
        assert finished.args == ["cancelled"]
        assert "Stopped" in bubble_text(view, 1)
        assert stored_messages(qtbot, vm)[1].status is MessageStatus.CANCELLED
    finally:
        close_chat(qtbot, vm)


def test_function_call_output_typed_in_the_dialog(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    type_and_send(qtbot, view, "call get_weather for Paris", wait=False)
    qtbot.waitUntil(lambda: view.tool_dialog is not None and view.tool_dialog.isVisible(), timeout=20_000)
    dialog = view.tool_dialog
    assert dialog is not None
    assert '"city": "Paris"' in dialog.arguments.toPlainText()
    assert view.answer_button.isVisible()
    assert "Provide the output" in bubble_text(view, 1)
    qtbot.keyClicks(dialog.output, "not json")
    assert "Not valid JSON" in dialog.hint.text()
    dialog.output.setPlainText('{"temperature": 19}')
    assert dialog.hint.text() == "Valid JSON."
    with qtbot.waitSignal(tools_chat.replyFinished, timeout=20_000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    text = bubble_text(view, 1)
    assert "🔧 get_weather — done ▸ Show arguments and output\n" in text, "collapsed to one line"
    assert '"city": "Paris"' not in text
    assert "`get_weather` returned" not in text and "get_weather returned" in text
    reply = tools_chat.messages.message_at(1)
    [call] = [part for part in reply.parts if isinstance(part, ToolCallPart)]
    view.chat_actions.activate_link(reply.id, action_href(TOGGLE, call.call_id))
    text = bubble_text(view, 1)
    assert '"city": "Paris"' in text and '"temperature": 19' in text, "opened: its arguments and output"


def test_code_interpreter_image_and_collapsible_code(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    type_and_send(qtbot, view, "plot a chart")
    reply = tools_chat.messages.messages[1]
    image = next(p for p in reply.parts if isinstance(p, ImagePart))
    run_coro(qtbot, tools_chat.images.wait_idle())
    qtbot.waitUntil(lambda: view.delegate.context.image(image) is not None, timeout=5_000)
    rendered = shown_html(qtbot, view, 1)
    assert f'src="belugaimg:{image.file_id}"' in rendered.html
    assert "Show code and logs" in rendered.html and "plt.bar" not in rendered.html
    call = next(p for p in reply.parts if getattr(p, "kind", "") == "code_interpreter")
    view.chat_actions.activate_link(reply.id, action_href(TOGGLE, call.call_id))
    rendered = shown_html(qtbot, view, 1)
    assert (
        "plt" in rendered.html and "plotted 5 bars" in rendered.html and "Hide code and logs" in rendered.html
    )
    labels = [a.text() for a in view.chat_actions.build_menu(tools_chat.messages.index(1)).actions()]
    assert "Save image as…" in labels


def test_attach_a_file_send_it_and_see_the_citation(
    qtbot: Any, tools_chat: ChatViewModel, tmp_path: Path
) -> None:
    view = open_view(qtbot, tools_chat)
    doc = tmp_path / "belugas.txt"
    doc.write_text("Belugas live in Arctic waters.", encoding="utf-8")
    view.attach_files([doc])
    assert len(view.attachments_bar.rows) == 1
    qtbot.waitUntil(
        lambda: tools_chat.attachments.model.items[0].state is UploadState.UPLOADED, timeout=20_000
    )
    assert view.attachments_bar.rows[0].state.text() == "Ready"
    type_and_send(qtbot, view, "search the document: where do belugas live?")
    user, _reply = tools_chat.messages.messages
    assert any(isinstance(p, AttachmentPart) and p.filename == "belugas.txt" for p in user.parts)
    assert tools_chat.attachments.model.rowCount() == 0 and not view.attachments_bar.isVisible()
    text = bubble_text(view, 1)
    assert "[1]" in text and "📄 1 source — belugas.txt ▸ Show sources" in text
    assert "Attached: belugas.txt" in bubble_text(view, 0)


def test_files_that_cannot_be_attached_are_refused_clearly(
    qtbot: Any, tools_chat: ChatViewModel, tmp_path: Path
) -> None:
    view = open_view(qtbot, tools_chat)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.bin"
    with huge.open("wb") as handle:
        handle.truncate(513 * 1024 * 1024)  # sparse: no disk space used
    view.attach_files([empty, huge])
    assert tools_chat.attachments.model.rowCount() == 0
    assert "empty.txt is empty" in view.error_label.text()
    assert "huge.bin is 513.0 MB; files can be at most 512 MB." in view.error_label.text()
    good = tmp_path / "ok.txt"
    good.write_text("x")
    view.attach_files([good])
    qtbot.waitUntil(
        lambda: tools_chat.attachments.model.items[0].state is UploadState.UPLOADED, timeout=20_000
    )
    qtbot.mouseClick(view.attachments_bar.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert tools_chat.attachments.model.rowCount() == 0
    os.remove(huge)


def test_error_inline_with_retry(qtbot: Any, tools_chat: ChatViewModel, local_api: Any) -> None:
    view = open_view(qtbot, tools_chat)
    local_api.faults.add("POST", r"^/v1/responses$", 500)
    type_and_send(qtbot, view, "hello there", wait=False)
    qtbot.waitUntil(lambda: view.error_box.isVisible(), timeout=20_000)
    assert view.input.toPlainText() == "hello there", "the draft is kept"
    assert view.retry_button.isVisible()
    with qtbot.waitSignal(tools_chat.replyFinished, timeout=20_000):
        qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tools_chat.streaming, timeout=5_000)
    assert not view.error_box.isVisible()
    assert [m.role for m in tools_chat.messages.messages] == [Role.USER, Role.ASSISTANT]
    type_and_send(qtbot, view, "simulate failure now")
    failed = tools_chat.messages.messages[-1]
    assert failed.status is MessageStatus.FAILED
    rendered = shown_html(qtbot, view, 3)
    assert action_href(RETRY, failed.id) in hrefs(rendered.html) and "failed on purpose" in rendered.html


def test_draft_comes_back_after_switching_threads(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    type_and_send(qtbot, view, "first thread")
    first = tools_chat.thread
    assert first is not None
    qtbot.keyClicks(view.input, "unsent words")
    tools_chat.new_thread()
    qtbot.waitUntil(lambda: view.input.toPlainText() == "", timeout=5_000)
    run_coro(qtbot, tools_chat.open_thread(first))
    assert view.input.toPlainText() == "unsent words"


def test_without_an_assistant_the_input_says_why(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    tools_chat.set_assistant(None)
    assert not view.input.isEnabled() and not view.send_button.isEnabled()
    assert view.hint_label.isVisible() and "Choose an assistant" in view.hint_label.text()
    tools_chat.set_assistant(assistant())
    assert view.input.isEnabled() and not view.hint_label.isVisible()


def test_regenerate_and_shortcuts_help(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    type_and_send(qtbot, view, "question")
    old = tools_chat.messages.messages[1].id
    assert view.chat_actions.regenerate.isEnabled()
    assert view.chat_actions.regenerate.shortcut().toString() == "Ctrl+R"
    with qtbot.waitSignal(tools_chat.replyFinished, timeout=20_000):
        view.chat_actions.regenerate.trigger()
    assert tools_chat.messages.rowCount() == 2 and tools_chat.messages.messages[1].id != old
    entries = {e.action: e.keys for e in window_entries(view)}
    for action in (
        "Stop the reply",
        "Regenerate the last reply",
        "Copy the last reply",
        "Keyboard shortcuts",
        "Send",
    ):
        assert action in entries
    assert entries["Stop the reply"] == "Esc" and entries["Copy the last reply"] == "Ctrl+Shift+C"
    assert "Ctrl+/" in entries["Keyboard shortcuts"] and entries["Send"] == "Enter"
    for widget in (
        view.input,
        view.send_button,
        view.model_switcher,
        view.attach_button,
        view.jump_button,
        view.message_list,
    ):
        assert widget.accessibleName()
    assert view.attach_button.toolTip()


def test_messages_from_the_keyboard(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    type_and_send(qtbot, view, "keyboard only")
    view.message_list.setFocus()
    view.message_list.setCurrentIndex(tools_chat.messages.index(1))
    center = view.message_list.visualRect(tools_chat.messages.index(1)).center()
    global_pos = view.message_list.viewport().mapToGlobal(center)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, center, global_pos)
    QApplication.sendEvent(view.message_list, event)
    menu = view.chat_actions.menu
    assert menu is not None and menu.isVisible()
    labels = [a.text() for a in menu.actions()]
    assert "Copy as Markdown" in labels and "Regenerate the last reply" in labels
    menu.close()
    view.message_list.setFocus()
    qtbot.keyClick(view.message_list, Qt.Key.Key_Return)
    editor = view.editor()
    assert isinstance(editor, QTextBrowser) and "You asked: keyboard only" in editor.toPlainText()
    assert editor.hasFocus()
    view.close_editor()
    view.resize(900, 360)  # so that a few messages overflow
    for text in ("second", "third"):
        type_and_send(qtbot, view, text)
    bar = view.message_list.verticalScrollBar()
    qtbot.waitUntil(lambda: view.following and bar.value() == bar.maximum() > 0, timeout=5_000)
    view.message_list.setFocus()
    qtbot.keyClick(view.message_list, Qt.Key.Key_Home)
    assert bar.value() == 0 and not view.following and view.jump_button.isVisible()
    qtbot.keyClick(view.message_list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=2_000)
    assert view.following and not view.jump_button.isVisible()


def test_files_dropped_on_the_input_are_attached(
    qtbot: Any, tools_chat: ChatViewModel, tmp_path: Path
) -> None:
    view = open_view(qtbot, tools_chat)
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\nBelugas are white.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes))])
    centre = view.input.viewport().rect().center()
    where = centre.toPointF()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(view.input.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(view.input.viewport(), drop)
    assert [a.name for a in tools_chat.attachments.model.items] == ["notes.md"]
    assert view.input.toPlainText() == "", "the file's path is not pasted as text"
    qtbot.waitUntil(
        lambda: tools_chat.attachments.model.items[0].state is UploadState.UPLOADED, timeout=20_000
    )
    row = view.attachments_bar.rows[0]
    assert row.tool is not None, "files go to file search or the code interpreter on this backend"
    row.tool.setCurrentIndex(row.tool.findData("code_interpreter"))
    assert tools_chat.attachments.model.items[0].tool == "code_interpreter"


def test_attach_button_asks_with_a_chooser_and_attaches_the_chosen_files(
    qtbot: Any, tools_chat: ChatViewModel, tmp_path: Path
) -> None:
    view = open_view(qtbot, tools_chat)
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(f"# {name}", encoding="utf-8")
    qtbot.mouseClick(view.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.questions.active is not None and view.questions.active.isVisible())
    chooser = view.questions.active
    assert chooser is not None and chooser.windowTitle() == "Attach files" and chooser.isModal()
    choose(chooser, str(tmp_path / "a.md"), str(tmp_path / "b.md"))
    qtbot.waitUntil(lambda: len(tools_chat.attachments.model.items) == 2)
    assert sorted(a.name for a in tools_chat.attachments.model.items) == ["a.md", "b.md"]
    qtbot.waitUntil(lambda: not tools_chat.attachments.uploading, timeout=20_000)


def test_saving_an_image_not_yet_downloaded_says_so(
    qtbot: Any, tools_chat: ChatViewModel, tmp_path: Path
) -> None:
    view = open_view(qtbot, tools_chat)
    view.chat_actions.save_image("file_missing")
    qtbot.waitUntil(lambda: view.questions.active is not None and view.questions.active.isVisible())
    chooser = view.questions.active
    assert chooser is not None and chooser.windowTitle() == "Save image as"
    choose(chooser, str(tmp_path / "picture"))
    qtbot.waitUntil(lambda: tools_chat.error == "The image has not been downloaded yet.")
    assert not (tmp_path / "picture.png").exists()
