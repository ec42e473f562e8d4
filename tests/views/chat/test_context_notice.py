"""The chat says when older messages were left out of a reply's request (Chat Completions, a thread longer
than the model's context budget), over the real view-model, bridge, SDK and local API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import Backend
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.viewmodels.chat.chat_support import assistant, close_chat, make_chat
from tests.views.chat.test_chat_view import open_view, type_and_send


@pytest.fixture
def small_budget_chat(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> Iterator[ChatViewModel]:
    vm = make_chat(
        qtbot,
        local_api,
        tmp_path / "chat.sqlite3",
        assistant(),
        backend=Backend.CHAT_COMPLETIONS,
        context_budgets={"gpt-4.1-mini": 100},
    )
    yield vm
    close_chat(qtbot, vm)


def test_the_notice_shows_under_the_messages_and_goes_with_a_new_thread(
    qtbot: Any, small_budget_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, small_budget_chat)
    assert not view.notice_label.isVisible()
    for n in range(1, 5):
        type_and_send(qtbot, view, f"question number {n}")
    assert view.notice_label.isVisible()
    assert "older messages were left out" in view.notice_label.text()
    assert view.notice_label.accessibleName() == "Context notice"
    small_budget_chat.new_thread()
    assert not view.notice_label.isVisible()
