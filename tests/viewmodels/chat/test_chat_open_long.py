"""Opening a long cached thread: the newest messages are shown first (one page, painted at once), then the
older ones are inserted above them a chunk at a time, and the thread ends up whole and in order."""

from __future__ import annotations

from typing import Any

from belugadesk.domain.models import Message, Role, Thread
from belugadesk.viewmodels.chat.chat_vm import FIRST_PAGE, OLDER_CHUNK, ChatViewModel
from tests.support import run_coro
from tests.viewmodels.chat.test_chat_vm import chat  # noqa: F401  (the fixture)


def _store_thread(qtbot: Any, vm: ChatViewModel, count: int) -> tuple[Thread, list[Message]]:
    thread = Thread(title="Long", assistant_id=vm.assistant.id if vm.assistant else None)
    rows = [
        Message(role=Role.USER if i % 2 == 0 else Role.ASSISTANT, parts=Message.user(f"message {i}").parts)
        for i in range(count)
    ]

    def fill(s: Any) -> None:
        s.threads.create(thread)
        s.messages.append_many(thread.id, rows)

    run_coro(qtbot, vm.session.store.run(fill))
    return thread, rows


def test_the_newest_page_is_shown_first_then_the_older_messages_above_it(
    qtbot: Any,
    chat: ChatViewModel,  # noqa: F811
) -> None:
    count = FIRST_PAGE + 2 * OLDER_CHUNK + 7
    thread, rows = _store_thread(qtbot, chat, count)
    shown_at_reset: list[list[str]] = []
    inserted: list[int] = []
    chat.messages.modelReset.connect(lambda: shown_at_reset.append([m.id for m in chat.messages.messages]))
    chat.messages.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))

    run_coro(qtbot, chat.open_thread(thread))

    assert shown_at_reset == [[m.id for m in rows[-FIRST_PAGE:]]], "the newest page alone, at once"
    assert inserted == [OLDER_CHUNK, OLDER_CHUNK, 7], "then the older ones, newest chunk first"
    assert [m.id for m in chat.messages.messages] == [m.id for m in rows]


def test_opening_another_thread_meanwhile_stops_the_older_messages(
    qtbot: Any,
    chat: ChatViewModel,  # noqa: F811
) -> None:
    long_thread, _rows = _store_thread(qtbot, chat, FIRST_PAGE + 3 * OLDER_CHUNK)
    short_thread, short_rows = _store_thread(qtbot, chat, 3)
    chat.messages.rowsInserted.connect(
        lambda *_: chat.thread is long_thread and chat.start(chat.open_thread(short_thread))
    )

    run_coro(qtbot, chat.open_thread(long_thread))  # returns once it has stopped inserting
    qtbot.waitUntil(lambda: chat.thread is short_thread and chat.messages.rowCount() == 3)
    assert [m.id for m in chat.messages.messages] == [m.id for m in short_rows]
