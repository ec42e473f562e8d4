"""The sidebar's Folders section in the real main window: a thread dragged from the thread list (its real
drag data) onto a folder, "Move to…" by keyboard, delete that keeps the threads, and the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from belugadesk.domain.folders import ALL_CHATS, NO_FOLDER, Folder
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.views.folders.dialogs import FolderPickerDialog, FolderSettingsDialog
from belugadesk.views.main_window import MainWindow
from tests.support import run_coro
from tests.viewmodels.threads.thread_helpers import ASSISTANT, OTHER_ASSISTANT, add_thread, session, store

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


def make_folder(qtbot: Any, window: MainWindow, name: str, parent_id: str | None = None) -> Folder:
    folder: Folder = run_coro(
        qtbot, window.vm.session.store.run(lambda s: s.folders.create(name, parent_id=parent_id))
    )
    run_coro(qtbot, window.vm.folders.refresh())
    return folder


def folder_names(window: MainWindow) -> list[str]:
    model = window.vm.folders.model
    return [model.data(model.index(r)) for r in range(model.rowCount())]


def focus(qtbot: Any, window: MainWindow, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus in the (again) active window, as after a dialog closed."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5_000)


def thread_index(window: MainWindow, thread_id: str) -> Any:
    model = window.vm.threads.model
    return model.index(model.row_of(thread_id))


def drop_on(qtbot: Any, target: QWidget, pos: QPoint, mime: QMimeData) -> bool:
    """Deliver a drag of ``mime`` to ``target`` at ``pos`` (enter, move, drop), as the platform would."""
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(pos.toPointF(), actions, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def test_a_thread_dragged_from_the_thread_list_drops_into_a_folder(
    qtbot: Any, store: Any, window: MainWindow
) -> None:
    work = make_folder(qtbot, window, "Work")
    thread = add_thread(qtbot, store, "Whale song notes")
    run_coro(qtbot, window.vm.threads.refresh())
    pane = window.side_pane
    source = pane.thread_list
    assert source.dragEnabled()
    # the thread list's own drag data for the row, as QAbstractItemView.startDrag makes it
    mime = source.model().mimeData([thread_index(window, thread.id)])
    folders = pane.folders_section.list_view
    all_chats = folders.visualRect(window.vm.folders.model.index(0)).center()
    assert not drop_on(qtbot, folders.viewport(), all_chats, mime)  # "All chats" is no place
    row = window.vm.folders.model.row_of(work.id)
    assert drop_on(
        qtbot, folders.viewport(), folders.visualRect(window.vm.folders.model.index(row)).center(), mime
    )
    qtbot.waitUntil(lambda: window.vm.folders.model.count(work.id) == 1, timeout=5_000)
    moved = window.vm.threads.thread_by_id(thread.id)
    assert moved is not None and moved.folder_id == work.id
    assert "Moved 1 thread to “Work”." in window.statusBar().currentMessage()


def test_move_to_by_keyboard_with_the_picker(qtbot: Any, store: Any, window: MainWindow) -> None:
    make_folder(qtbot, window, "Home")
    work = make_folder(qtbot, window, "Work")
    thread = add_thread(qtbot, store, "Budget")
    run_coro(qtbot, window.vm.threads.refresh())
    pane = window.side_pane
    pane.thread_list.setFocus()
    pane.thread_list.setCurrentIndex(thread_index(window, thread.id))
    qtbot.keyClick(
        pane.thread_list,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialogs = pane.threads_panel.folder_dialogs
    qtbot.waitUntil(lambda: isinstance(dialogs.active, FolderPickerDialog), timeout=5_000)
    picker = dialogs.active
    assert isinstance(picker, FolderPickerDialog)
    assert [picker.list.item(r).text() for r in range(picker.list.count())] == [
        "No folder (now)",
        "Home",
        "Work",
    ]
    qtbot.keyClicks(picker.filter_edit, "wo")
    assert picker.chosen == work.id
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vm.folders.model.count(work.id) == 1, timeout=5_000)
    assert window.vm.threads.thread_by_id(thread.id).folder_id == work.id  # type: ignore[union-attr]

    # the thread's context menu offers it too, with its keys
    menu = pane.threads_panel.context_menu(window.vm.threads.thread_by_id(thread.id))  # type: ignore[arg-type]
    move = next(a for a in menu.actions() if a.text() == "Mo&ve to folder…")
    assert move.shortcut().toString() == "Ctrl+Shift+O"


def test_deleting_a_folder_by_keyboard_keeps_its_threads(qtbot: Any, store: Any, window: MainWindow) -> None:
    work = make_folder(qtbot, window, "Work")
    for title in ("One", "Two"):
        add_thread(qtbot, store, title, folder_id=work.id)
    add_thread(qtbot, store, "Elsewhere")
    run_coro(qtbot, window.vm.threads.refresh())
    run_coro(qtbot, window.vm.folders.refresh())
    section = window.side_pane.folders_section
    view = section.list_view
    view.setFocus()
    view.setCurrentIndex(window.vm.folders.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Down)  # choosing a folder filters the thread list
    assert window.vm.folders.selected == work.id
    qtbot.waitUntil(
        lambda: sorted(t.title for t in window.vm.threads.threads()) == ["One", "Two"], timeout=5_000
    )

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(section.dialogs.active, QMessageBox), timeout=5_000)
    box = section.dialogs.active
    assert isinstance(box, QMessageBox)
    assert box.informativeText() == "The 2 threads in it move to “No folder”; no thread is deleted."
    delete = next(b for b in box.buttons() if b.accessibleName() == "Delete the folder Work")
    delete.click()
    qtbot.waitUntil(lambda: folder_names(window) == ["All chats", "No folder"], timeout=5_000)
    assert window.vm.folders.selected == ALL_CHATS
    qtbot.waitUntil(lambda: len(window.vm.threads.threads()) == 3, timeout=5_000)
    assert all(t.folder_id is None for t in window.vm.threads.threads())
    assert window.vm.folders.model.count(NO_FOLDER) == 3


def test_new_folder_rename_reorder_and_settings_from_the_keyboard(
    qtbot: Any, store: Any, window: MainWindow
) -> None:
    section = window.side_pane.folders_section
    assert section.new_folder_button.accessibleName() == "New folder"
    window.side_pane.thread_list.setFocus()
    qtbot.keyClick(
        window.side_pane.thread_list,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: isinstance(section.dialogs.active, QInputDialog), timeout=5_000)
    ask = section.dialogs.active
    assert isinstance(ask, QInputDialog)
    ask.setTextValue("Research")
    ask.accept()
    qtbot.waitUntil(lambda: folder_names(window) == ["All chats", "Research", "No folder"], timeout=5_000)
    make_folder(qtbot, window, "Archive")
    view = section.list_view
    focus(qtbot, window, view)
    view.setCurrentIndex(window.vm.folders.model.index(2))  # Archive
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: folder_names(window)[1:3] == ["Archive", "Research"], timeout=5_000)

    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(section.dialogs.active, QInputDialog), timeout=5_000)
    ask = section.dialogs.active
    assert isinstance(ask, QInputDialog) and ask.textValue() == "Archive"
    ask.setTextValue("Old stuff")
    ask.accept()
    qtbot.waitUntil(lambda: "Old stuff" in folder_names(window), timeout=5_000)

    row = window.vm.folders.model.row_of(
        next(f.id for f in window.vm.folders.model.folders() if f.name == "Old stuff")
    )
    view.setCurrentIndex(window.vm.folders.model.index(row))
    section.settings_action.trigger()
    qtbot.waitUntil(lambda: isinstance(section.dialogs.active, FolderSettingsDialog), timeout=5_000)
    dialog = section.dialogs.active
    assert isinstance(dialog, FolderSettingsDialog)
    assert [dialog.assistant_combo.itemText(i) for i in range(dialog.assistant_combo.count())][1:] == [
        OTHER_ASSISTANT.name,
        ASSISTANT.name,
    ]
    dialog.assistant_combo.setCurrentIndex(2)
    dialog.instructions_edit.setPlainText("Keep it short.")
    dialog.accept()
    qtbot.waitUntil(
        lambda: any(f.extra_instructions == "Keep it short." for f in window.vm.folders.model.folders()),
        timeout=5_000,
    )
    saved = next(f for f in window.vm.folders.model.folders() if f.name == "Old stuff")
    assert saved.default_assistant_id == ASSISTANT.id
    # every interactive part of the section has a name for screen readers
    for widget in (section.header, section.new_folder_button, view):
        assert widget.accessibleName()


def test_a_folder_dragged_onto_a_sibling_takes_its_place_and_a_collapsed_header_names_the_folder(
    qtbot: Any, store: Any, window: MainWindow
) -> None:
    first = make_folder(qtbot, window, "First")
    second = make_folder(qtbot, window, "Second")
    section = window.side_pane.folders_section
    view, model = section.list_view, window.vm.folders.model
    mime = model.mimeData([model.index(model.row_of(second.id))])  # the section's own drag data
    onto = view.visualRect(model.index(model.row_of(first.id))).center()
    assert drop_on(qtbot, view.viewport(), onto, mime)
    qtbot.waitUntil(
        lambda: folder_names(window) == ["All chats", "Second", "First", "No folder"], timeout=5_000
    )

    view.setCurrentIndex(model.index(model.row_of(first.id)))
    assert window.vm.folders.selected == first.id
    section.header.click()  # collapse: the thread list stays filtered, and the header says by what
    assert not view.isVisible()
    assert section.header.text() == "FOLDERS · First"
    assert section.header.accessibleDescription() == "collapsed"
    section.header.click()
    assert view.isVisible() and section.header.text() == "FOLDERS"


def test_the_folder_menu_opens_from_the_keyboard(qtbot: Any, store: Any, window: MainWindow) -> None:
    top = make_folder(qtbot, window, "Top")
    make_folder(qtbot, window, "Other")
    section = window.side_pane.folders_section
    view, model = section.list_view, window.vm.folders.model
    focus(qtbot, window, view)
    view.setCurrentIndex(model.index(model.row_of(top.id)))
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = section.menu
    assert menu is not None and menu.isVisible() and menu.accessibleName() == "Folder actions"
    assert [a.text() for a in menu.actions() if a.text()] == [
        "&Rename…",
        "New &subfolder…",
        "Default assistant and &instructions…",
        "Put &inside",
        "Move &up",
        "Move do&wn",
        "&Delete…",
    ]
    inside = next(a for a in menu.actions() if a.text() == "Put &inside").menu()
    next(a for a in inside.actions() if a.text() == "Other").trigger()
    menu.close()
    qtbot.waitUntil(
        lambda: model.folder(top.id) is not None and model.folder(top.id).parent_id is not None, timeout=5_000
    )  # type: ignore[union-attr]


def test_a_drop_near_a_rows_edge_still_lands_on_that_folder(
    qtbot: Any, store: Any, window: MainWindow
) -> None:
    work = make_folder(qtbot, window, "Work")
    thread = add_thread(qtbot, store, "Edge case")
    run_coro(qtbot, window.vm.threads.refresh())
    mime = window.side_pane.thread_list.model().mimeData([thread_index(window, thread.id)])
    view, model = window.side_pane.folders_section.list_view, window.vm.folders.model
    rect = view.visualRect(model.index(model.row_of(work.id)))
    assert drop_on(qtbot, view.viewport(), QPoint(rect.center().x(), rect.top() + 1), mime)
    qtbot.waitUntil(lambda: model.count(work.id) == 1, timeout=5_000)
