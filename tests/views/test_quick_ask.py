"""The quick-ask window in the real app (the demo's local API through the real SDK): ask, Esc hides and
keeps the thread, "Open in main window" moves the thread over."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from belugadesk.app import Application, make_qapplication
from belugadesk.domain.models import Backend, MessageStatus, Role
from belugadesk.settings import DEMO_CHAT_PROFILE_ID
from belugadesk.views.quick_ask import QuickAskWindow
from tests.support import run_coro


@pytest.fixture
def app(qtbot: Any, loop: Any) -> Iterator[Application]:
    application = Application(make_qapplication(), demo=True, screenshot=None)
    run_coro(qtbot, application.start(), timeout=20_000)
    assert application.window is not None
    try:
        yield application
    finally:
        application.window.close()
        run_coro(qtbot, application.shutdown(), timeout=20_000)


def show_quick(qtbot: Any, app: Application) -> QuickAskWindow:
    window = app.toggle_quick_ask()
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    return window


def ask(qtbot: Any, window: QuickAskWindow, question: str) -> None:
    qtbot.keyClicks(window.input, question)
    with qtbot.waitSignal(window.vm.chat.replyFinished, timeout=20_000) as finished:
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert finished.args == ["completed"]


def test_the_window_is_small_on_top_and_talks_to_the_new_chat_assistant(qtbot: Any, app: Application) -> None:
    assert app.vm is not None
    window = show_quick(qtbot, app)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.FramelessWindowHint
    assert window.isWindow() and window.width() < app.window.width()  # type: ignore[union-attr]
    current = app.vm.assistants.current
    assert current is not None and window.vm.chat.assistant == current
    assert current.name in window.title_label.text()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.input.hasFocus()
    assert not window.open_button.isEnabled(), "nothing to move before the first question"
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            assert widget.accessibleName(), f"{type(widget).__name__} has no accessible name"


def test_ask_hide_with_esc_and_open_in_the_main_window(qtbot: Any, app: Application) -> None:
    assert app.vm is not None
    window = show_quick(qtbot, app)
    qtbot.waitUntil(window.isActiveWindow)  # its shortcuts (Esc) work
    ask(qtbot, window, "What is a beluga?")
    quick = window.vm.chat
    messages = quick.messages.messages
    assert [m.role for m in messages] == [Role.USER, Role.ASSISTANT]
    assert messages[-1].status is MessageStatus.COMPLETED
    assert "What is a beluga?" in messages[-1].text, "the scripted engine echoes the question"
    thread = quick.thread
    assert thread is not None
    threads = app.vm.threads.model
    qtbot.waitUntil(
        lambda: any(threads.data(threads.index(r)) == "What is a beluga?" for r in threads.thread_rows())
    )
    assert app.vm.chat.thread is None, "the main window's chat is untouched"

    qtbot.keyClick(window.input, Qt.Key.Key_Escape)
    assert not window.isVisible()
    window = show_quick(qtbot, app)  # a second --quick-ask shows it again, thread kept
    assert quick.thread is not None and quick.thread.id == thread.id
    assert quick.messages.rowCount() == 2
    assert window.open_button.isEnabled()

    # (the offscreen platform does not activate a window shown again, so its shortcut is triggered directly)
    assert window.open_action.shortcut() == QKeySequence("Ctrl+O")
    window.open_action.trigger()
    assert not window.isVisible()
    main = app.vm.chat
    qtbot.waitUntil(
        lambda: main.thread is not None and main.thread.id == thread.id and main.messages.rowCount() == 2
    )
    assert [m.text for m in main.messages.messages] == [m.text for m in messages]
    assert quick.thread is None and quick.messages.rowCount() == 0, "the quick window starts over"
    assert app.window is not None and "What is a beluga?" in app.window.windowTitle()


def test_a_second_quick_ask_hides_the_window_in_use(qtbot: Any, app: Application) -> None:
    window = show_quick(qtbot, app)
    qtbot.waitUntil(window.isActiveWindow)
    assert app.toggle_quick_ask() is window
    assert not window.isVisible()
    assert app.toggle_quick_ask() is window and window.isVisible()


def test_open_in_main_window_before_asking_says_why_not(qtbot: Any, app: Application) -> None:
    window = show_quick(qtbot, app)
    assert window.vm.open_in_main() is None
    assert "Ask something first" in window.vm.chat.error
    assert window.chat_view.error_box.isVisibleTo(window)


def test_esc_stops_a_reply_being_written_first_then_hides(qtbot: Any, app: Application) -> None:
    window = show_quick(qtbot, app)
    qtbot.waitUntil(window.isActiveWindow)
    chat = window.vm.chat
    qtbot.keyClicks(window.input, "Give me a long reply to stop with Esc")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chat.streaming and chat.messages.rowCount() == 2, timeout=20_000)
    with qtbot.waitSignal(chat.replyFinished, timeout=20_000) as finished:
        qtbot.keyClick(window.input, Qt.Key.Key_Escape)
    assert finished.args == ["cancelled"]
    assert window.isVisible(), "the first Esc only stopped the reply"
    assert chat.messages.messages[-1].status is MessageStatus.CANCELLED
    qtbot.keyClick(window.input, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert chat.messages.rowCount() == 2, "the stopped reply stays with the thread"


def test_tab_goes_from_the_box_through_every_control_and_back(qtbot: Any, app: Application) -> None:
    window = show_quick(qtbot, app)
    qtbot.waitUntil(window.isActiveWindow)
    ask(qtbot, window, "Hello")  # Open in main window is enabled now
    reached: list[QWidget] = []
    while (widget := window.focusWidget()) is not None and widget not in reached:
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.input, "Tab comes back round to the message box"
    names = [w.accessibleName() for w in reached]
    assert names[:6] == [  # (Send is skipped while the box is empty: it is disabled)
        "Message",
        "Attach files",
        window.chat_view.model_switcher.accessibleName(),
        "Open in main window",
        "Hide quick ask",
        "Messages",
    ]


def test_a_profile_switch_starts_the_quick_chat_over_on_the_new_server(qtbot: Any, app: Application) -> None:
    assert app.settings_state is not None and app.switch_profile is not None
    window = show_quick(qtbot, app)
    qtbot.waitUntil(window.isActiveWindow)
    ask(qtbot, window, "Before the switch")
    chat = window.vm.chat
    assert chat.thread is not None and chat.thread.backend is Backend.RESPONSES
    chat_demo = app.settings_state.settings.profile(DEMO_CHAT_PROFILE_ID)
    assert chat_demo is not None
    run_coro(qtbot, app.switch_profile(chat_demo), timeout=20_000)
    qtbot.waitUntil(lambda: chat.thread is None and chat.messages.rowCount() == 0)
    ask(qtbot, window, "After the switch")
    assert chat.thread is not None and chat.thread.backend is Backend.CHAT_COMPLETIONS
    assert chat.thread.profile_id == DEMO_CHAT_PROFILE_ID
