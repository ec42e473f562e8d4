"""End to end: the real main window, the real bridge and SDK, the local API over loopback HTTP with SSE."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from belugadesk.app import Application, make_qapplication
from belugadesk.domain.models import MessageStatus, Role
from tests.support import run_coro


def test_type_message_press_enter_and_see_the_streamed_reply(qtbot: Any, loop: Any) -> None:
    app = Application(make_qapplication(), demo=True, screenshot=None)
    run_coro(qtbot, app.start(), timeout=20_000)
    try:
        window = app.window
        assert window is not None and app.vm is not None
        qtbot.addWidget(window)
        chat = app.vm.chat
        assert chat.assistant is not None, "the demo assistant is selected"
        deltas: list[str] = []
        chat.messages.dataChanged.connect(lambda *_: deltas.append(chat.messages.messages[-1].text))

        box = window.chat_view.input
        qtbot.keyClicks(box, "What is a beluga?")
        with qtbot.waitSignal(chat.replyFinished, timeout=20_000) as finished:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        assert finished.args == ["completed"]
        assert box.toPlainText() == ""

        messages = chat.messages.messages
        assert [m.role for m in messages] == [Role.USER, Role.ASSISTANT]
        reply = messages[-1]
        assert reply.status is MessageStatus.COMPLETED
        assert "What is a beluga?" in reply.text, "the scripted engine echoes the question"
        assert len({d for d in deltas if d}) > 3, "the reply arrived in several streamed steps"

        threads = app.vm.threads.model
        assert threads.headers() == ["Today"], "the new thread is listed under Today"
        assert threads.thread_rows() == [1]
        assert threads.data(threads.index(1)) == "What is a beluga?"
        assert window.side_pane.thread_list.model() is threads
    finally:
        window = app.window
        if window is not None:
            window.close()
        run_coro(qtbot, app.shutdown(), timeout=20_000)


def test_the_demo_thread_is_listed_again_after_a_restart(qtbot: Any, loop: Any, isolated_home: Any) -> None:
    first = Application(make_qapplication(), demo=True, screenshot=None)
    run_coro(qtbot, first.start(), timeout=20_000)
    try:
        assert first.vm is not None
        assert run_coro(qtbot, first.vm.chat.send("Remember me across restarts"), timeout=20_000)
    finally:
        if first.window is not None:
            first.window.close()
        run_coro(qtbot, first.shutdown(), timeout=20_000)
    assert (isolated_home / "data" / "belugadesk.sqlite3").is_file(), "the index lives in the data dir"

    second = Application(make_qapplication(), demo=True, screenshot=None)
    run_coro(qtbot, second.start(), timeout=20_000)
    try:
        assert second.vm is not None
        threads = second.vm.threads.model
        qtbot.waitUntil(lambda: threads.thread_rows() == [1], timeout=10_000)
        assert threads.data(threads.index(1)) == "Remember me across restarts"
        thread = threads.thread_at(1)
        assert thread is not None
        run_coro(qtbot, second.vm.chat.open_thread(thread), timeout=20_000)
        texts = [m.text for m in second.vm.chat.messages.messages]
        assert texts[0] == "Remember me across restarts" and "Remember me across restarts" in texts[1]
    finally:
        if second.window is not None:
            second.window.close()
        run_coro(qtbot, second.shutdown(), timeout=20_000)
