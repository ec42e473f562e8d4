"""The shortcut sheet (Ctrl+/) is generated from the window's actions; no two actions share keys in one
context; every area of the main window is reached from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.quick_ask import QuickAskViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.views.main_window import MainWindow
from belugadesk.views.quick_ask import QuickAskWindow
from belugadesk.views.shortcut_sheet import ShortcutSheet, shortcut_conflicts, window_entries
from tests.support import run_coro
from tests.viewmodels.threads.thread_helpers import add_thread, session, store

__all__ = ["session", "store"]


@pytest.fixture
def window(qtbot: Any, session: Session) -> Iterator[MainWindow]:
    vm = MainViewModel(session)
    win = MainWindow(vm)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    run_coro(qtbot, vm.load(), timeout=20_000)
    yield win
    run_coro(qtbot, vm.aclose())


def open_sheet(qtbot: Any, window: Any) -> ShortcutSheet:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutSheet))
    sheet = QApplication.activeModalWidget()
    assert isinstance(sheet, ShortcutSheet)
    return sheet


def test_ctrl_slash_lists_every_action_by_menu_and_the_keys_widgets_handle(
    qtbot: Any, window: MainWindow
) -> None:
    sheet = open_sheet(qtbot, window)
    rows = sheet.entries()
    assert ("File", "New thread", "Ctrl+N") in rows
    assert ("Threads", "Search threads", "Ctrl+K") in rows
    assert ("Chat", "Regenerate the last reply", "Ctrl+R") in rows
    assert ("Go", "Next area", "F6") in rows
    assert ("Help", "Keyboard shortcuts", "F1 or Ctrl+/") in rows
    assert ("Assistant", "New assistant", "Ctrl+Shift+N") in rows
    assert ("Message", "Send", "Enter") in rows  # the box's own keys, as the setting has them
    assert ("Threads", "Rename", "F2") in rows
    groups = list(dict.fromkeys(group for group, _a, _k in rows))
    assert groups[:3] == ["File", "Go", "Chat"], "menus come first, in the menu bar's order"
    # each action once, even when it sits in a menu and a context menu
    assert len([r for r in rows if r[1] == "Regenerate the last reply"]) == 1

    sheet.filter_box.setText("ctrl+k")
    assert sheet.entries() == [("Threads", "Search threads", "Ctrl+K")]
    sheet.reject()


def test_send_keys_follow_the_setting(qtbot: Any, window: MainWindow) -> None:
    window.set_enter_sends(False)
    entries = {(e.group, e.action): e.keys for e in window_entries(window)}
    assert entries[("Message", "Send")] == "Ctrl+Enter"
    assert entries[("Message", "New line")] == "Enter"


def test_an_action_added_with_a_shortcut_shows_up_in_the_sheet(qtbot: Any, window: MainWindow) -> None:
    in_menu = QAction("&Frobnicate…", window)
    in_menu.setShortcut(QKeySequence("Ctrl+Alt+F"))
    window.help_menu.addAction(in_menu)
    in_area = QAction("Scrub the list", window.side_pane.thread_list)
    in_area.setShortcut(QKeySequence("Ctrl+Alt+S"))
    in_area.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.side_pane.thread_list.addAction(in_area)
    no_keys = QAction("Nothing to press", window)
    window.addAction(no_keys)

    sheet = open_sheet(qtbot, window)
    rows = sheet.entries()
    assert ("Help", "Frobnicate", "Ctrl+Alt+F") in rows
    assert ("Threads", "Scrub the list", "Ctrl+Alt+S") in rows
    assert not any(r[1] == "Nothing to press" for r in rows)
    where = {e.action: e.where for e in window_entries(window)}
    assert where["Scrub the list"] == "Threads" and where["Frobnicate"] == ""
    sheet.reject()


def test_no_two_actions_share_keys_in_one_context(qtbot: Any, window: MainWindow) -> None:
    assert shortcut_conflicts(window) == []
    quick = QuickAskWindow(QuickAskViewModel(window.vm))
    qtbot.addWidget(quick)
    assert shortcut_conflicts(quick) == []
    keys = {e.action: e.keys for e in window_entries(quick)}
    assert keys["Hide quick ask (stops a reply first)"] == "Esc" and keys["Open in main window"] == "Ctrl+O"
    assert "Stop the reply" not in keys, "one Esc in the quick window"
    assert window_entries(quick)[0].group == "Quick ask", "the window's own actions come first"

    clash = QAction("Another search", window)
    clash.setShortcut(QKeySequence("Ctrl+K"))
    window.addAction(clash)
    assert shortcut_conflicts(window) == [("Ctrl+K", "Search threads", "Another search")]
    clash.setShortcut(QKeySequence())
    # the same key on two unrelated widgets, each for itself only, is no clash
    a = QAction("One", window.side_pane.thread_list)
    a.setShortcut(QKeySequence("Ctrl+Alt+J"))
    a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.side_pane.thread_list.addAction(a)
    b = QAction("Two", window.chat_view.message_list)
    b.setShortcut(QKeySequence("Ctrl+Alt+J"))
    b.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.chat_view.message_list.addAction(b)
    assert shortcut_conflicts(window) == []
    # ...but one covering the whole chat pane and its children clashes with one on the message list
    b.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.chat_view.message_list.removeAction(b)
    window.chat_view.addAction(b)
    window.side_pane.thread_list.removeAction(a)
    window.chat_view.message_list.addAction(a)
    assert shortcut_conflicts(window) == [("Ctrl+Alt+J", "Two", "One")] or shortcut_conflicts(window) == [
        ("Ctrl+Alt+J", "One", "Two")
    ]


def test_every_area_is_reached_by_its_key_and_by_f6(qtbot: Any, session: Session, window: MainWindow) -> None:
    add_thread(qtbot, session.store, "A stored thread")
    run_coro(qtbot, window.vm.threads.refresh())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    chat = window.chat_view

    def press(keys: str) -> None:
        sequence = QKeySequence(keys)[0]
        qtbot.keyClick(QApplication.focusWidget() or window, sequence.key(), sequence.keyboardModifiers())

    press("Ctrl+Shift+L")
    assert QApplication.focusWidget() is window.side_pane.thread_list
    assert window.side_pane.thread_list.currentIndex().isValid(), "a thread is current: Enter opens it"
    press("Ctrl+L")
    assert QApplication.focusWidget() is chat.input
    press("Ctrl+K")
    assert QApplication.focusWidget() is window.side_pane.threads_panel.search_box
    order = []
    for _ in range(4):
        press("F6")
        order.append(QApplication.focusWidget())
    assert order == [
        window.side_pane.thread_list,
        chat.message_list,
        chat.input,
        window.side_pane.threads_panel.search_box,
    ]
    press("Shift+F6")
    assert QApplication.focusWidget() is chat.input
    press("Ctrl+Shift+M")
    assert QApplication.focusWidget() is chat.message_list
