"""Branching from the chat view: the message menu, the keyboard, editing a message into a branch (Esc
cancels), and the bar that links a branch and its original both ways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.threads.branches import BranchLinksViewModel
from belugadesk.views.chat.chat_view import ChatView
from belugadesk.views.threads.branch_bar import ORIGIN, BranchBar
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import VIEWS, close_chat, make_chat
from tests.views.chat.test_chat_view import open_view


@pytest.fixture
def chat(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> Iterator[ChatViewModel]:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3")
    yield vm
    close_chat(qtbot, vm)


def _menu_action(view: ChatView, row: int, text: str) -> Any:
    actions = [
        a for a in view.chat_actions.build_menu(view.vm.messages.index(row)).actions() if a.text() == text
    ]
    return actions[0] if actions else None


def test_every_message_offers_a_branch_and_the_persons_own_an_edit(qtbot: Any, chat: ChatViewModel) -> None:
    view = open_view(qtbot, chat)
    assert run_coro(qtbot, chat.send("Tell me about narwhals"), timeout=20_000)
    original = chat.thread
    assert original is not None

    assert _menu_action(view, 1, "Branch from here") is not None
    assert _menu_action(view, 1, "Edit in a branch…") is None  # a reply is not the person's to edit
    assert _menu_action(view, 0, "Edit in a branch…") is not None
    _menu_action(view, 0, "Branch from here").trigger()

    qtbot.waitUntil(lambda: chat.thread is not None and chat.thread.id != original.id, timeout=20_000)
    run_coro(qtbot, chat.wait_idle(), timeout=20_000)
    assert [m.text for m in chat.messages.messages] == ["Tell me about narwhals"]


def test_ctrl_shift_b_branches_from_the_selected_message(qtbot: Any, chat: ChatViewModel) -> None:
    view = open_view(qtbot, chat)
    assert run_coro(qtbot, chat.send("one"), timeout=20_000)
    assert run_coro(qtbot, chat.send("two"), timeout=20_000)
    original = chat.thread
    assert original is not None
    view.message_list.setFocus()
    view.message_list.setCurrentIndex(chat.messages.index(1))
    assert view.chat_actions.branch_here.isEnabled()

    qtbot.keyClick(
        view.message_list,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    qtbot.waitUntil(lambda: chat.thread is not None and chat.thread.id != original.id, timeout=20_000)
    run_coro(qtbot, chat.wait_idle(), timeout=20_000)
    assert chat.messages.rowCount() == 2 and chat.messages.message_at(0).text == "one"


def test_editing_puts_the_message_in_the_box_and_esc_cancels(qtbot: Any, chat: ChatViewModel) -> None:
    view = open_view(qtbot, chat)
    assert run_coro(qtbot, chat.send("a first try"), timeout=20_000)

    _menu_action(view, 0, "Edit in a branch…").trigger()

    assert view.input.toPlainText() == "a first try" and chat.editing
    qtbot.waitUntil(view.notice_label.isVisible, timeout=5_000)
    assert "branch" in view.notice_label.text()
    assert view.chat_actions.cancel_edit.isEnabled()
    qtbot.keyClick(view.input, Qt.Key.Key_Escape)
    assert not chat.editing and not view.notice_label.isVisible()
    assert not view.chat_actions.cancel_edit.isEnabled()


def test_the_bar_links_a_branch_to_its_original_and_back(qtbot: Any, chat: ChatViewModel) -> None:
    links = BranchLinksViewModel(chat.session, chat)
    bar = BranchBar(links)
    VIEWS.setdefault(id(chat), []).append(bar)
    bar.show()
    assert run_coro(qtbot, chat.send("Whales & <b>dolphins</b>"), timeout=20_000)
    original = chat.thread
    assert original is not None
    assert not bar.isVisible()  # no branch yet

    branch = run_coro(qtbot, chat.branch_at(1), timeout=20_000)
    assert branch is not None

    qtbot.waitUntil(bar.origin_label.isVisible, timeout=5_000)
    assert bar.origin_label.accessibleDescription() == f"Branched from “{original.title}”"
    assert "&lt;b&gt;" in bar.origin_label.text()  # a title is text, never markup
    with qtbot.waitSignal(links.openRequested, timeout=5_000) as opened:
        bar.origin_label.linkActivated.emit(ORIGIN)
    assert opened.args[0].id == original.id

    run_coro(qtbot, chat.open_thread(original), timeout=20_000)
    qtbot.waitUntil(bar.branches_label.isVisible, timeout=5_000)
    assert not bar.origin_label.isVisible()
    assert branch.title in bar.branches_label.accessibleDescription()
    with qtbot.waitSignal(links.openRequested, timeout=5_000) as opened:
        bar.branches_label.linkActivated.emit(f"branch:{branch.id}")
    assert opened.args[0].id == branch.id
