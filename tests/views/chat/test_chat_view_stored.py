"""How the chat view shows what the store kept: an interrupted reply with Retry, a damaged message."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from belugadesk.domain.models import MessageStatus
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.app_links import action_href
from belugadesk.views.chat.chat_view import ChatView
from belugadesk.views.chat.message_html import RETRY, STATUS_NOTE, UNREADABLE_NOTE
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import VIEWS, close_chat, make_chat
from tests.views.chat.test_chat_view import shown_html


@pytest.fixture
def chat(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> Iterator[ChatViewModel]:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3")
    yield vm
    close_chat(qtbot, vm)


def _view(qtbot: Any, vm: ChatViewModel) -> ChatView:
    view = ChatView(vm)
    VIEWS.setdefault(id(vm), []).append(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def _reopen(qtbot: Any, vm: ChatViewModel) -> None:
    thread = vm.thread
    assert thread is not None
    vm.new_thread()
    run_coro(qtbot, vm.open_thread(thread))


def _menu_labels(view: ChatView, row: int) -> list[str]:
    return [a.text() for a in view.chat_actions.build_menu(view.vm.messages.index(row)).actions()]


def test_an_interrupted_reply_says_so_and_offers_retry(qtbot: Any, chat: ChatViewModel) -> None:
    view = _view(qtbot, chat)
    assert run_coro(qtbot, chat.send("Tell me about orcas"), timeout=20_000)
    reply = chat.messages.messages[-1]
    left = reply.model_copy(update={"status": MessageStatus.IN_PROGRESS})
    run_coro(qtbot, chat.session.store.run(lambda s: s.messages.update(left)))
    _reopen(qtbot, chat)

    shown = chat.messages.messages[-1]
    assert shown.status is MessageStatus.INTERRUPTED
    rendered = shown_html(qtbot, view, 1)
    assert STATUS_NOTE[MessageStatus.INTERRUPTED] in rendered.html
    assert f'href="{action_href(RETRY, shown.id)}"' in rendered.html
    assert "Retry" in _menu_labels(view, 1)


def test_a_damaged_message_is_shown_with_its_raw_text_to_copy(
    qtbot: Any, chat: ChatViewModel, tmp_path: Path
) -> None:
    view = _view(qtbot, chat)
    assert run_coro(qtbot, chat.send("Tell me about belugas"), timeout=20_000)
    damaged = chat.messages.messages[-1]
    with sqlite3.connect(tmp_path / "chat.sqlite3") as conn:
        conn.execute(
            "UPDATE messages SET parts = CAST(? AS TEXT) WHERE id = ?", (b"[{\xff broken", damaged.id)
        )
    _reopen(qtbot, chat)

    assert chat.error == "" and len(chat.messages.messages) == 2
    assert chat.messages.messages[0].text == "Tell me about belugas"
    shown = chat.messages.messages[1]
    assert shown.unreadable
    assert "could not be read" in view.delegate.plain_text(1)
    rendered = shown_html(qtbot, view, 1)
    assert UNREADABLE_NOTE.split(":")[0] in rendered.html
    menu = view.chat_actions.build_menu(chat.messages.index(1))
    [copy_raw] = [a for a in menu.actions() if a.text() == "Copy raw text"]
    copy_raw.trigger()
    assert QGuiApplication.clipboard().text() == "[{\ufffd broken"
