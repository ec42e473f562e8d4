"""The empty chat: the assistant's name and description, and suggested prompts that send when clicked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from belugadesk.core.starters import DEFAULT_STARTERS
from belugadesk.domain.models import AssistantDefinition, Role
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.chat_view import ChatView
from tests.viewmodels.chat.chat_support import close_chat, make_chat, stored_messages
from tests.views.chat.test_chat_view import open_view

GUIDE = AssistantDefinition(
    id="asst-guide",
    name="Trip guide",
    model="gpt-4.1-mini",
    description="Plans trips on a budget.",
    starters=("Plan three days in Lisbon", "Pack for a rainy week", "Cheap trains to Porto"),
)


@pytest.fixture
def chat(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> Iterator[ChatViewModel]:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", GUIDE)
    yield vm
    close_chat(qtbot, vm)


def prompt_texts(view: ChatView) -> list[str]:
    return [button.label.text() for button in view.empty_state.prompts]


def test_shows_the_assistant_and_its_starters(qtbot: Any, chat: ChatViewModel) -> None:
    view = open_view(qtbot, chat)
    state = view.empty_state
    assert state.isVisible()
    assert state.title.text() == "Trip guide" and state.description.text() == "Plans trips on a budget."
    assert prompt_texts(view) == list(GUIDE.starters)
    assert state.prompts[0].accessibleName() == "Send: Plan three days in Lisbon"
    assert all(b.isVisible() and b.isEnabled() for b in state.prompts)

    chat.set_assistant(AssistantDefinition(id="asst-plain", name="Plain", model="gpt-4.1-mini"))
    assert state.title.text() == "Plain" and state.description.text() == "Ask Plain anything."
    assert prompt_texts(view) == list(DEFAULT_STARTERS), "without starters, general suggestions"
    assert 3 <= len(state.prompts) <= 4

    chat.set_assistant(None)
    assert state.title.text() == "No assistant yet" and state.prompts == []


def test_clicking_a_suggestion_sends_it_and_the_empty_state_goes(qtbot: Any, chat: ChatViewModel) -> None:
    view = open_view(qtbot, chat)
    button = view.empty_state.prompts[1]
    with qtbot.waitSignal(chat.replyFinished, timeout=20_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not chat.streaming, timeout=5_000)
    assert not view.empty_state.isVisible()
    assert view.input.toPlainText() == "", "sent as if typed: the box is empty again"
    first = stored_messages(qtbot, chat)[0]
    assert first.role is Role.USER and first.text == "Pack for a rainy week"

    chat.new_thread()
    qtbot.waitUntil(view.empty_state.isVisible)


def test_a_suggestion_reached_by_keyboard_keeps_a_draft(qtbot: Any, chat: ChatViewModel) -> None:
    view = open_view(qtbot, chat)
    qtbot.keyClicks(view.input, "my half-written thought")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.message_list.setFocus()
    qtbot.keyClick(view.message_list, Qt.Key.Key_Tab)
    button = view.empty_state.prompts[0]
    assert button.hasFocus(), "Tab goes from the (empty) messages to the first suggestion"
    with qtbot.waitSignal(chat.replyFinished, timeout=20_000):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not chat.streaming, timeout=5_000)
    assert stored_messages(qtbot, chat)[0].text == "Plan three days in Lisbon"
    assert view.input.toPlainText() == "my half-written thought", "the draft in the box is not lost"


def test_a_long_suggestion_and_the_new_chat_button_show_all_their_lines(qtbot: Any) -> None:
    """Both are buttons holding labels: each is as tall as its text in the app's look and the fonts in
    effect, even a font set after it was built (a QPushButton alone measures only its own, empty, text)."""
    from PySide6.QtWidgets import QGridLayout, QWidget

    from belugadesk.settings import Appearance
    from belugadesk.views.settings.theme import AppLook

    look = AppLook()
    look.apply("light", Appearance().font_size)

    from belugadesk.views.chat.empty_state import PromptButton
    from belugadesk.views.side_pane import NewChatButton

    page = QWidget()
    qtbot.addWidget(page)
    grid = QGridLayout(page)
    card = PromptButton("Give me a step-by-step plan to learn something new, with a weekly schedule")
    button = NewChatButton()
    button.show_assistant(AssistantDefinition(name="Beluga Guide", model="gpt-4.1-mini"))
    grid.addWidget(card, 0, 0)
    grid.addWidget(button, 1, 0)
    grid.setRowStretch(2, 1)  # room below, as in the chat pane
    page.resize(260, 500)
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # the person's font size, applied after the widgets exist
    page.setFont(font)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: card.label.height() >= card.label.heightForWidth(card.label.width()))
    assert card.label.heightForWidth(card.label.width()) > card.label.fontMetrics().lineSpacing() * 2
    for label in (button.title, button.assistant_label):
        assert label.height() >= label.sizeHint().height(), label.text()
        assert button.rect().contains(label.geometry())
    look.close()
