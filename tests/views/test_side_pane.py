"""The one-pane sidebar in the real main window: search on top, New chat with its assistant, the compact
assistant picker, threads grouped by date with hover actions, and all of it from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QWidget

from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.views.main_window import MainWindow
from belugadesk.views.threads.delegate import row_action_rects
from belugadesk.views.threads.list_view import ThreadListView
from tests.support import run_coro
from tests.viewmodels.threads.thread_helpers import (
    ASSISTANT,
    OTHER_ASSISTANT,
    add_thread,
    days_ago,
    session,
    store,
)

__all__ = ["session", "store"]


@pytest.fixture
def window(qtbot: Any, session: Session) -> Iterator[MainWindow]:
    def save(s: Any) -> None:
        s.assistants.save(ASSISTANT)
        s.assistants.save(OTHER_ASSISTANT.model_copy(update={"description": "Writes and reviews code"}))

    run_coro(qtbot, session.store.run(save))
    vm = MainViewModel(session)
    win = MainWindow(vm)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    run_coro(qtbot, vm.load(), timeout=20_000)
    yield win
    run_coro(qtbot, vm.aclose())


def action_point(view: ThreadListView, row: int, name: str) -> QPoint:
    rect = view.visualRect(view.model().index(row, 0))
    return row_action_rects(rect, view.fontMetrics().height())[name].center()


def thread_row(window: MainWindow, title: str) -> int:
    model = window.vm.threads.model
    rows = [r for r in model.thread_rows() if (t := model.thread_at(r)) is not None and t.title == title]
    return rows[0] if rows else -1


def test_one_pane_top_to_bottom(qtbot: Any, window: MainWindow) -> None:
    pane = window.side_pane
    tops = [
        w.mapTo(pane, QPoint(0, 0)).y()
        for w in (
            pane.threads_panel.search_box,
            pane.new_chat_button,
            pane.assistant_picker.combo,
            pane.thread_list,
        )
    ]
    assert tops == sorted(tops), "search, New chat, the assistant picker, then the threads"
    assert not pane.assistants_pane.isVisible(), "the assistant library is closed until asked for"
    assert pane.assistant_picker.height() < 0.12 * pane.height(), "the picker is one compact row"


def test_threads_are_grouped_under_date_headers(qtbot: Any, store: Any, window: MainWindow) -> None:
    add_thread(qtbot, store, "Ancient", updated=days_ago(200))
    add_thread(qtbot, store, "Last month", updated=days_ago(20))
    add_thread(qtbot, store, "This week", updated=days_ago(3))
    add_thread(qtbot, store, "Pinned one", updated=days_ago(90), pinned=True)
    add_thread(qtbot, store, "Fresh")
    run_coro(qtbot, window.vm.threads.refresh())
    model = window.vm.threads.model
    headers = model.headers()
    assert headers[:4] == ["Pinned", "Today", "Previous 7 days", "Previous 30 days"]
    assert len(headers) == 5 and headers[4].split()[0].isalpha(), "older threads under their month"
    view = window.side_pane.thread_list
    header = view.visualRect(model.index(0, 0))
    row = view.visualRect(model.index(1, 0))
    assert header.height() < row.height(), "a header is a slim line above its threads"


def test_hover_shows_actions_and_clicking_pin_and_rename(qtbot: Any, store: Any, window: MainWindow) -> None:
    add_thread(qtbot, store, "Hover me", updated=days_ago(3))
    add_thread(qtbot, store, "Other")
    run_coro(qtbot, window.vm.threads.refresh())
    view = window.side_pane.thread_list
    row = thread_row(window, "Hover me")

    qtbot.mouseMove(view.viewport(), action_point(view, row, "pin"))
    qtbot.waitUntil(lambda: view.hovered_action == (row, "pin"))
    before = view.viewport().grab().toImage()
    qtbot.mouseMove(view.viewport(), action_point(view, row, "rename"))
    qtbot.waitUntil(lambda: view.hovered_action == (row, "rename"))
    assert view.viewport().grab().toImage() != before, "the button under the mouse is highlighted"
    pin_at = action_point(view, row, "pin")
    tip = QHelpEvent(QEvent.Type.ToolTip, pin_at, view.viewport().mapToGlobal(pin_at))
    QApplication.sendEvent(view.viewport(), tip)
    assert QToolTip.text() == "Pin to the top (Ctrl+Shift+P)", "each action says what it does and its key"

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=action_point(view, row, "pin"))
    qtbot.waitUntil(lambda: window.vm.threads.model.headers()[0] == "Pinned", timeout=5000)
    assert window.vm.chat.thread is None, "clicking an action does not open the thread"
    pinned_row = thread_row(window, "Hover me")
    stored = run_coro(qtbot, store.run(lambda s: s.threads.get(view.model().thread_at(pinned_row).id)))
    assert stored.pinned

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=action_point(view, pinned_row, "rename"))
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Hover me"
    editor.selectAll()
    qtbot.keyClicks(editor, "Renamed by hover")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: thread_row(window, "Renamed by hover") >= 0, timeout=5000)

    row = thread_row(window, "Renamed by hover")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=action_point(view, row, "more"))
    menu = window.side_pane.threads_panel.menu
    qtbot.waitUntil(lambda: menu is not None and menu.isVisible())
    assert menu is not None and menu.accessibleName() == "Thread actions"
    assert "Unpin" in [a.text().replace("&", "") for a in menu.actions()]
    menu.close()


def test_row_actions_from_the_keyboard(qtbot: Any, store: Any, window: MainWindow) -> None:
    add_thread(qtbot, store, "Keys only")
    run_coro(qtbot, window.vm.threads.refresh())
    view = window.side_pane.thread_list
    panel = window.side_pane.threads_panel
    search = panel.search_box
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert view.hasFocus() and view.currentIndex().row() == thread_row(window, "Keys only")

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_P, ctrl_shift)
    qtbot.waitUntil(lambda: window.vm.threads.model.headers() == ["Pinned"], timeout=5000)
    view.setCurrentIndex(view.model().index(thread_row(window, "Keys only"), 0))
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.menu is not None and panel.menu.isVisible())
    assert panel.menu is not None
    panel.menu.close()
    view.setCurrentIndex(view.model().index(thread_row(window, "Keys only"), 0))
    qtbot.keyClick(view, Qt.Key.Key_P, ctrl_shift)
    qtbot.waitUntil(lambda: "Pinned" not in window.vm.threads.model.headers(), timeout=5000)


def test_new_chat_button_names_the_assistant_and_starts_a_chat(
    qtbot: Any, store: Any, window: MainWindow
) -> None:
    add_thread(qtbot, store, "Open me", texts=("Question", "Answer"))
    run_coro(qtbot, window.vm.threads.refresh())
    pane = window.side_pane
    current = window.vm.assistants.current
    assert current is not None
    button = pane.new_chat_button
    assert button.assistant_label.text() == f"with {current.name}"
    assert button.accessibleName() == f"New chat with {current.name}"

    view = pane.thread_list
    index = view.model().index(thread_row(window, "Open me"), 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: window.vm.chat.thread is not None and window.vm.chat.messages.rowCount() == 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.vm.chat.thread is None and window.vm.chat.messages.rowCount() == 0
    assert not view.selectionModel().hasSelection()
    assert window.chat_view.empty_state.isVisible()


def test_compact_picker_chooses_the_assistant_and_opens_the_library(qtbot: Any, window: MainWindow) -> None:
    pane = window.side_pane
    picker = pane.assistant_picker
    combo = picker.combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Code helper", "Whale expert"]
    assert combo.accessibleName() == "Assistant"

    combo.setFocus()
    target = names.index("Code helper" if combo.currentText() != "Code helper" else "Whale expert")
    combo.setCurrentIndex(target)
    combo.activated.emit(target)  # what choosing in the popup does
    chosen = names[target]
    assert window.vm.assistants.current is not None and window.vm.assistants.current.name == chosen
    assert pane.new_chat_button.assistant_label.text() == f"with {chosen}"
    assert window.chat_view.empty_state.title.text() == chosen

    window.vm.assistants.select_row(1 - target)  # chosen elsewhere (the library, a thread)
    assert combo.currentText() == names[1 - target]

    texts = [a.text().replace("&", "") for a in picker.menu.actions() if not a.isSeparator()]
    wanted = ("New assistant…", "Edit…", "Duplicate", "Delete…", "Import from JSON…", "Assistant library")
    assert [w for w in wanted if w not in texts] == []
    picker.library_action.trigger()
    assert pane.assistants_pane.isVisible()
    assert pane.assistants_pane.height() <= 0.3 * pane.height() + 1, "the library stays a short section"
    assert window.assistant_menu.actions()[-1] is picker.library_action, "also in the Assistant menu"
    picker.library_action.trigger()
    assert not pane.assistants_pane.isVisible()


def test_everything_in_the_sidebar_is_named_and_reached_by_tab(qtbot: Any, window: MainWindow) -> None:
    pane = window.side_pane
    panel = pane.threads_panel
    panel.search_box.setFocus()
    visited: list[QWidget] = []
    for _ in range(12):
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    wanted = [panel.search_box, pane.new_chat_button, pane.assistant_picker.combo, pane.thread_list]
    assert all(w in visited for w in wanted)
    order = [visited.index(w) for w in wanted]
    assert order == sorted(order), "Tab goes down the sidebar in reading order"
    in_pane = [w for w in visited if pane.isAncestorOf(w)]
    assert [type(w).__name__ for w in in_pane if not w.accessibleName()] == []
    assert pane.assistant_picker.menu_button in visited and panel.filter_button in visited


def test_filters_open_from_the_button_and_stay_while_in_effect(qtbot: Any, window: MainWindow) -> None:
    panel = window.side_pane.threads_panel
    assert not panel.filters.isVisible()
    panel.filter_button.click()
    assert panel.filters.isVisible() and panel.assistant_filter.hasFocus()
    panel.show_archived.click()
    qtbot.waitUntil(lambda: window.vm.threads.show_archived)
    panel.filter_button.click()
    assert panel.filters.isVisible() and panel.filter_button.isChecked(), "a filter in effect stays in view"
    panel.show_archived.click()
    panel.filter_button.click()
    assert not panel.filters.isVisible()


def test_a_long_assistant_name_is_elided_in_the_new_chat_button(qtbot: Any, window: MainWindow) -> None:
    button = window.side_pane.new_chat_button
    long_name = "An assistant with a remarkably long name that cannot fit " * 2
    button.show_assistant(ASSISTANT.model_copy(update={"name": long_name}))
    label = button.assistant_label
    assert label.text().endswith("…") and label.fontMetrics().horizontalAdvance(label.text()) < button.width()
    assert long_name in button.toolTip() and button.accessibleName() == f"New chat with {long_name}"
