"""Links in replies (issue 11, defect 5): a model's link opens only after a confirmation that shows where it
really goes, and model text can never run one of the app's own actions (retry, save image, copy code…).

Clicks go through the real delegate (its hit-testing of the painted bubble); opened URLs are caught by a URL
handler registered with ``QDesktopServices.setUrlHandler`` (Qt's own mechanism, not a mock).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from belugadesk.domain.models import Message, MessageStatus
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.app_links import parse_action
from belugadesk.views.chat.chat_view import ChatView
from belugadesk.views.chat.link_confirmation import OPEN_LINK
from tests.support import run_coro
from tests.views.chat.test_chat_view import hrefs, open_view, type_and_send


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls() -> Iterator[list[str]]:
    catcher = UrlCatcher()
    schemes = ("http", "https", "mailto", "retry", "image", "file", "javascript", "data")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    try:
        yield catcher.urls
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)


class ModalWatch:
    """Records (and closes) any modal dialog that comes up, e.g. a Save dialog run with exec()."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.seen.append(modal.windowTitle())
            modal.close()


def show_reply(qtbot: Any, view: ChatView, text: str, **fields: Any) -> int:
    message = Message.assistant(text).model_copy(update=fields)
    view.vm.messages.append(message)
    row = view.vm.messages.rowCount() - 1
    view.message_list.scrollToBottom()
    qtbot.waitUntil(lambda: view.message_list.visualRect(view.vm.messages.index(row)).height() > 0)
    qtbot.waitUntil(lambda: view.delegate.ready(row))  # rendered off the UI thread, then laid out
    return row


def link_point(view: ChatView, row: int, href: str) -> QPoint:
    """Where in the list's viewport the link to ``href`` is drawn (found by the delegate's own hit-test)."""
    index = view.vm.messages.index(row)
    rect = view.message_list.visualRect(index)
    for y in range(rect.top(), rect.bottom(), 3):
        for x in range(rect.left(), rect.right(), 3):
            if view.delegate.anchor_at(index, rect, QPoint(x, y)) == href:
                return QPoint(x, y)
    raise AssertionError(f"no link to {href!r} is drawn in row {row}")


def click_link(qtbot: Any, view: ChatView, row: int, href: str) -> None:
    qtbot.mouseClick(view.message_list.viewport(), Qt.MouseButton.LeftButton, pos=link_point(view, row, href))


def wait_for_question(qtbot: Any, view: ChatView) -> QMessageBox:
    questions = view.questions
    qtbot.waitUntil(lambda: questions.active is not None and questions.active.isVisible())
    assert isinstance(questions.active, QMessageBox)
    return questions.active


def rendered_hrefs(view: ChatView, row: int) -> list[str]:
    return hrefs(view.delegate.rendered(row).html)


def test_a_link_opens_only_after_confirming_its_real_target(
    qtbot: Any, tools_chat: ChatViewModel, opened_urls: list[str]
) -> None:
    view = open_view(qtbot, tools_chat)
    row = show_reply(
        qtbot, view, "Log in at [https://bank.example.com](https://evil.example.net/login?next=1)."
    )
    target = "https://evil.example.net/login?next=1"
    assert rendered_hrefs(view, row) == [target]

    click_link(qtbot, view, row, target)
    box = wait_for_question(qtbot, view)
    assert "https://<b>evil.example.net</b>/login?next=1" in box.text(), "the real target, host emphasised"
    assert opened_urls == [], "nothing opens before the answer"
    box.escapeButton().click()
    run_coro(qtbot, tools_chat.wait_idle())
    assert opened_urls == [] and view.questions.active is None, "Cancel opens nothing"

    click_link(qtbot, view, row, target)
    box = wait_for_question(qtbot, view)
    [open_button] = [b for b in box.buttons() if b.text() == OPEN_LINK]
    open_button.click()
    run_coro(qtbot, tools_chat.wait_idle())
    assert opened_urls == [target]


def test_a_reply_cannot_run_retry_save_image_or_other_app_actions(
    qtbot: Any, tools_chat: ChatViewModel, opened_urls: list[str]
) -> None:
    view = open_view(qtbot, tools_chat)
    type_and_send(qtbot, view, "simulate failure now")
    failed = tools_chat.messages.messages[-1]
    assert failed.status is MessageStatus.FAILED and failed.error, "a real failed turn: Retry would act"
    attacks = {
        f"retry:{failed.id}": "Retry",
        "image:file-abc123": "Save image",
        "copy-code:0": "copy",
        "toggle:call_1": "toggle",
        "tool:call_1": "tool output",
        "javascript:alert(1)": "script",
    }
    text = "\n\n".join(f"[Click {what}]({href})" for href, what in attacks.items())
    text += "\n\n```\nsecret\n```"
    row = show_reply(qtbot, view, text)
    before = list(tools_chat.messages.messages)
    QApplication.clipboard().setText("untouched")
    watch = ModalWatch()
    for href in rendered_hrefs(view, row):
        action = parse_action(href)
        if action is not None:  # the app's own Copy link of the code block: fine, it is the app's
            assert action[0] == "copy-code", f"model text produced an app action: {href}"
            continue
        assert href in attacks, href
        click_link(qtbot, view, row, href)
        assert "was not opened" in view.toast.text() and view.toast.isVisible()
    for href in attacks:  # and activated directly, as the old channel took them
        view.chat_actions.activate_link(tools_chat.messages.message_at(row).id, href)
    run_coro(qtbot, tools_chat.wait_idle())
    watch.timer.stop()
    assert watch.seen == [], "no dialog (Save image…) came up"
    assert view.questions.active is None and opened_urls == []
    assert tools_chat.messages.messages == before and not tools_chat.streaming, "Retry did not run"
    assert QApplication.clipboard().text() == "untouched"


def test_internal_actions_still_work_through_their_own_links(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    row = show_reply(qtbot, view, "Code:\n\n```python\nprint(1)\n```")
    [copy] = rendered_hrefs(view, row)
    assert parse_action(copy) == ("copy-code", "0.0")  # block 0, its code block 0
    click_link(qtbot, view, row, copy)
    assert QApplication.clipboard().text() == "print(1)\n"
    assert isinstance(view.message_list.viewport(), QWidget)


def test_server_words_in_the_error_line_are_shown_as_text_never_as_markup(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    markup = '<a href="retry:x">click</a><img src="file:///etc/hostname">'
    tools_chat.set_error(f"The server said: {markup}")
    assert view.error_label.textFormat() == Qt.TextFormat.PlainText
    assert view.error_label.text() == f"⚠ The server said: {markup}"
    assert view.toast.textFormat() == Qt.TextFormat.PlainText
