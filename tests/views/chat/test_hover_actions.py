"""A message's hover actions (issue 14): hovering a row shows its bar with the time and the actions that
apply; Copy puts the markdown on the clipboard; Regenerate and Edit go through the chat's existing flows; the
keyboard's current row shows the bar too. Rows speak their rendered text to screen readers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from belugadesk.domain.models import Message, Role
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.chat_view import ChatView
from tests.views.chat.test_chat_view import open_view, type_and_send


def hover(qtbot: Any, view: ChatView, row: int) -> None:
    """Move the mouse over the bubble of ``row`` and wait for the bar to show for it."""
    qtbot.waitUntil(lambda: view.delegate.ready(row), timeout=10_000)
    view.message_list.doItemsLayout()
    index = view.vm.messages.index(row)
    view.message_list.scrollTo(index)
    bubble = view.delegate.bubble_rect(index, view.message_list.visualRect(index))
    qtbot.mouseMove(view.message_list.viewport(), bubble.center() + QPoint(0, 1))
    bar = view.hover_bar
    qtbot.waitUntil(
        lambda: bar.isVisible() and bar.index is not None and bar.index.row() == row, timeout=5_000
    )


def shown(view: ChatView) -> set[str]:
    return {name for name, button in view.hover_bar.buttons.items() if button.isVisible()}


def click(qtbot: Any, view: ChatView, name: str) -> None:
    button = view.hover_bar.buttons[name]
    assert button.isVisible() and button.accessibleName() == name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_hovering_a_reply_shows_its_actions_and_copy_puts_its_markdown_on_the_clipboard(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    view.resize(1000, 700)
    type_and_send(qtbot, view, "Hello there")
    assert [m.role for m in tools_chat.messages.messages] == [Role.USER, Role.ASSISTANT]

    hover(qtbot, view, 1)
    assert shown(view) == {"Copy", "Regenerate", "Branch"}, "a reply is not edited; the last one regenerates"
    reply = tools_chat.messages.message_at(1)
    assert view.hover_bar.time_label.text().endswith("just now")
    assert tools_chat.assistant is not None and tools_chat.assistant.name in view.hover_bar.time_label.text()
    QGuiApplication.clipboard().clear()
    click(qtbot, view, "Copy")
    assert QGuiApplication.clipboard().text() == reply.text

    hover(qtbot, view, 0)
    assert shown(view) == {"Copy", "Edit", "Branch"}, "the last question is edited, never regenerated"
    assert view.hover_bar.time_label.text() == "just now"
    bar, bubble = (
        view.hover_bar.geometry(),
        view.delegate.bubble_rect(
            tools_chat.messages.index(0), view.message_list.visualRect(tools_chat.messages.index(0))
        ),
    )
    assert bar.right() == bubble.right() and bar.top() > bubble.bottom(), "under the question, at its right"


def test_regenerate_and_edit_from_the_bar_go_through_the_chat_flows(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    type_and_send(qtbot, view, "First question")
    first_reply = tools_chat.messages.message_at(1).id
    hover(qtbot, view, 1)
    with qtbot.waitSignal(tools_chat.replyFinished, timeout=20_000):
        click(qtbot, view, "Regenerate")
    qtbot.waitUntil(lambda: not tools_chat.streaming, timeout=5_000)
    rows = tools_chat.messages.messages
    assert len(rows) == 2 and rows[1].role is Role.ASSISTANT and rows[1].id != first_reply, "a new reply"

    hover(qtbot, view, 0)
    click(qtbot, view, "Edit")
    qtbot.waitUntil(lambda: view.input.toPlainText() == "First question", timeout=5_000)
    assert tools_chat.editing == rows[0].id, "the question is back in the box, to send as a branch"
    assert tools_chat.messages.rowCount() == 2, "this thread stays as it is"


def test_the_current_row_shows_its_bar_from_the_keyboard(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    tools_chat.messages.append(Message.user("One"))
    tools_chat.messages.append(Message.assistant("Two"))
    qtbot.waitUntil(lambda: view.delegate.ready(1), timeout=10_000)
    view.message_list.setFocus()
    qtbot.waitUntil(view.message_list.hasFocus)
    view.message_list.setCurrentIndex(tools_chat.messages.index(0))
    qtbot.keyClick(view.message_list, Qt.Key.Key_Down)
    assert view.message_list.currentIndex().row() == 1
    qtbot.waitUntil(lambda: view.hover_bar.isVisible() and view.hover_bar.index is not None)
    assert view.hover_bar.index.row() == 1
    assert (
        view.chat_actions.regenerate.shortcut().toString() in view.hover_bar.buttons["Regenerate"].toolTip()
    )


def test_an_older_message_shows_its_local_date_and_time(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    written = datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
    tools_chat.messages.append(Message(role=Role.USER, parts=Message.user("Old").parts, created_at=written))
    tools_chat.messages.append(
        Message(
            role=Role.USER,
            parts=Message.user("Earlier").parts,
            created_at=datetime.now(UTC) - timedelta(minutes=5),
        )
    )
    hover(qtbot, view, 0)
    label = view.hover_bar.time_label
    assert "2024" in label.text() and "Mar" in label.text()
    assert "2024" in label.toolTip()
    hover(qtbot, view, 1)
    assert label.text() == "5 min ago"


def test_rows_speak_who_when_and_the_rendered_text_without_markdown(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    tools_chat.messages.append(Message.user("What is **this**?"))
    tools_chat.messages.append(
        Message.assistant("### A title\n\nSome **bold** and `code`, a [link](https://x.org).")
    )
    model = view.message_list.model()
    question = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    reply = model.data(model.index(1, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert question == "You, just now: What is this?"
    assert tools_chat.assistant is not None
    assert reply.startswith(f"{tools_chat.assistant.name}, just now: A title")
    assert "Some bold and code, a link." in reply
    for markup in ("#", "**", "`", "]("):
        assert markup not in reply
    details = model.data(model.index(1, 0), Qt.ItemDataRole.AccessibleDescriptionRole)
    assert str(datetime.now().year) in details
