"""A long thread's rows are sized once (issue 13): ``QListView`` asks the delegate for every row's size at
each re-layout of the list (each chunk of older messages inserted, each batch of exact heights published), so
the delegate reads a row's size back by its revision and works it out only once per (revision, width)."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from belugadesk.domain.models import Message, Thread
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat import message_layout
from belugadesk.views.chat.message_delegate import MessageDelegate
from tests.support import run_coro
from tests.views.chat.test_chat_view import open_view

ROWS = 2_400  # many chunks of older messages (chat_vm.OLDER_CHUNK), and long enough to be frozen


def _stored_thread(qtbot: Any, vm: ChatViewModel, rows: int = ROWS) -> Thread:
    thread = Thread(title="Long", profile_id="test")
    messages = [
        Message.user(f"Question {n}: how deep do belugas dive?")
        if n % 2 == 0
        else Message.assistant(f"**Answer {n}**: down to 800 m.\n\n```python\ndepth = {n}\n```")
        for n in range(rows)
    ]

    def save(s: Any) -> None:
        with s.transaction():
            s.threads.create(thread)
            s.messages.append_many(thread.id, messages)

    run_coro(qtbot, vm.session.store.run(save))
    return thread


def test_opening_a_long_thread_sizes_each_row_once_and_re_lays_out_the_list_rarely(
    qtbot: Any, tools_chat: ChatViewModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_view(qtbot, tools_chat)
    delegate = view.delegate
    thread = _stored_thread(qtbot, tools_chat)
    asked = 0
    size_hint = MessageDelegate.sizeHint

    def counting(self: MessageDelegate, option: Any, index: Any) -> Any:
        nonlocal asked
        asked += 1
        return size_hint(self, option, index)

    monkeypatch.setattr(MessageDelegate, "sizeHint", counting)
    published: list[int] = []
    delegate.sizesChanged.connect(lambda: published.append(tools_chat.messages.rowCount()))
    run_coro(qtbot, tools_chat.open_thread(thread), timeout=20_000)
    assert tools_chat.messages.rowCount() == ROWS
    qtbot.waitUntil(lambda: not delegate.laying_out(), timeout=60_000)

    assert asked >= 2 * ROWS, f"the list asked for {asked} sizes: it was laid out again meanwhile"
    assert delegate.sizes_computed == ROWS, f"{delegate.sizes_computed} sizes worked out for {ROWS} rows"
    # each publication re-lays out the whole list: the background layout publishes when it ends (before the
    # older rows came in, the rows in view publish as the paint lays them out)
    background = [rows for rows in published if rows == ROWS]
    assert len(background) <= 3, f"new sizes published {len(published)} times: {published}"


def test_a_long_thread_once_shown_is_out_of_the_garbage_collectors_reach(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    thread = _stored_thread(qtbot, tools_chat)
    frozen = gc.get_freeze_count()
    run_coro(qtbot, tools_chat.open_thread(thread), timeout=20_000)
    assert view.vm.messages.rowCount() == ROWS
    # a full collection walks only what was made since: not the thread's messages and their parts
    assert gc.get_freeze_count() - frozen >= ROWS, "the thread's messages were not frozen"


def test_blocks_arriving_for_a_row_no_longer_kept_still_give_it_its_laid_out_height(
    qtbot: Any, tools_chat: ChatViewModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The delegate keeps the blocks of MAX_ROWS rows only; the background layout asks for every row's
    blocks, so most arrive after their row was dropped: the row is built again and laid out, not left at
    its estimated height."""
    monkeypatch.setattr(message_layout, "MAX_ROWS", 40)
    view = open_view(qtbot, tools_chat)
    delegate = view.delegate
    thread = _stored_thread(qtbot, tools_chat, rows=400)
    run_coro(qtbot, tools_chat.open_thread(thread), timeout=20_000)
    qtbot.waitUntil(lambda: not delegate.laying_out(), timeout=60_000)
    messages = [tools_chat.messages.message_at(row) for row in range(tools_chat.messages.rowCount())]
    estimated = [m.id for m in messages if not delegate._layouts[m.id].exact]
    assert estimated == [], f"{len(estimated)} of {len(messages)} rows left at their estimated height"
