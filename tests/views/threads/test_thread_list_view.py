"""The thread list in the real main window: keyboard, inline rename, menus, delete dialogs, search, banner."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from belugadesk.store import AsyncStore
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.list_model import ThreadListModel
from belugadesk.viewmodels.threads.resume import REMOTE_GONE
from belugadesk.views.main_window import MainWindow
from belugadesk.views.threads.delegate import snippet_runs
from belugadesk.views.threads.dialogs import DELETE_LOCAL_ONLY, OpenByIdDialog
from belugadesk.views.threads.list_view import ThreadListPanel
from tests.support import run_coro
from tests.viewmodels.threads.thread_helpers import (
    OTHER_ASSISTANT,
    add_thread,
    chat_thread,
    days_ago,
    server_client,
    session,
    store,
)

__all__ = ["session", "store"]


@pytest.fixture
def window(qtbot: Any, session: Session) -> Iterator[MainWindow]:
    vm = MainViewModel(session)
    win = MainWindow(vm)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    run_coro(qtbot, vm.load(), timeout=20_000)
    yield win
    run_coro(qtbot, vm.aclose())


def panel_of(window: MainWindow) -> ThreadListPanel:
    return window.side_pane.threads_panel


def refresh(qtbot: Any, window: MainWindow) -> None:
    run_coro(qtbot, window.vm.threads.refresh())


def wait_dialog(qtbot: Any, panel: ThreadListPanel) -> Any:
    qtbot.waitUntil(
        lambda: panel.dialogs.active is not None and panel.dialogs.active.isVisible(), timeout=5000
    )
    return panel.dialogs.active


def click_button(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()


def test_keyboard_skips_headers_enter_opens_and_f2_renames(
    qtbot: Any, store: AsyncStore, window: MainWindow
) -> None:
    older = add_thread(qtbot, store, "Older one", updated=days_ago(20), texts=("Old question", "Old answer"))
    add_thread(qtbot, store, "Newest", texts=("New question", "New answer"))
    refresh(qtbot, window)
    panel = panel_of(window)
    view, model = panel.list_view, window.vm.threads.model
    assert model.headers() == ["Today", "Previous 30 days"]

    view.setFocus()
    view.setCurrentIndex(model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 3, "the Previous 30 days header is stepped over"
    assert model.thread_at(3) == older

    with qtbot.waitSignal(window.vm.chat.threadChanged, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.vm.chat.thread is not None and window.vm.chat.thread.id == older.id
    assert [m.text for m in window.vm.chat.messages.messages] == ["Old question", "Old answer"]

    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible() and editor.text() == "Older one"
    editor.selectAll()
    qtbot.keyClicks(editor, "Renamed by F2")
    with qtbot.waitSignal(window.vm.threads.threadUpdated, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    stored = run_coro(qtbot, store.run(lambda s: s.threads.get(older.id)))
    assert stored.title == "Renamed by F2"
    assert model.data(model.index(model.row_of(older.id))) == "Renamed by F2"
    assert window.windowTitle().startswith("Renamed by F2")


def test_ctrl_k_focuses_search_and_results_highlight_the_match(
    qtbot: Any, store: AsyncStore, window: MainWindow
) -> None:
    thread = add_thread(
        qtbot,
        store,
        "Sea life",
        texts=("Tell me about krill", "Krill feed whales.", "More?", "Belugas eat fish."),
    )
    refresh(qtbot, window)
    panel = panel_of(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    panel.list_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_box.hasFocus()

    with qtbot.waitSignal(window.vm.threads.searchFinished, timeout=5000):
        qtbot.keyClicks(panel.search_box, "belugas")
    model = window.vm.threads.model
    rows = model.thread_rows()
    assert len(rows) == 1
    pieces = model.data(model.index(rows[0]), ThreadListModel.HighlightRole)
    runs = snippet_runs(pieces, QFont(panel.list_view.font()), 400)
    assert [r.text for r in runs if r.match] == ["Belugas"], runs
    assert all(not r.match for r in runs if r.text != "Belugas")

    with qtbot.waitSignal(window.vm.resume.messageFocusRequested, timeout=5000) as focused:
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert window.vm.chat.thread is not None and window.vm.chat.thread.id == thread.id
    assert focused.args == [3]
    assert window.chat_view.message_list.currentIndex().row() == 3

    qtbot.keyClick(panel.search_box, Qt.Key.Key_Escape)
    assert panel.search_box.text() == "" and not model.searching


def test_delete_key_asks_first_then_deletes(qtbot: Any, store: AsyncStore, window: MainWindow) -> None:
    thread = add_thread(qtbot, store, "Disposable")
    refresh(qtbot, window)
    panel = panel_of(window)
    view = panel.list_view
    view.setCurrentIndex(window.vm.threads.model.index(1))

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    box = wait_dialog(qtbot, panel)
    assert "Disposable" in box.text()
    click_button(box, "Cancel")
    qtbot.waitUntil(lambda: panel.dialogs.active is None)
    assert run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id))) is not None

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    click_button(wait_dialog(qtbot, panel), "Delete")
    qtbot.waitUntil(lambda: window.vm.threads.model.row_of(thread.id) == -1, timeout=5000)
    assert run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id))) is None


def test_a_failing_server_offers_delete_local_copy_only(
    qtbot: Any, store: AsyncStore, window: MainWindow, local_api: Any
) -> None:
    thread = chat_thread(qtbot, window.vm.chat, "Hard to delete")
    panel = panel_of(window)
    local_api.faults.add("DELETE", r"/v1/conversations/.*", 500)
    panel.delete_thread(thread)

    click_button(wait_dialog(qtbot, panel), "Delete")
    qtbot.waitUntil(
        lambda: (
            isinstance(panel.dialogs.active, QMessageBox)
            and "local copy was kept" in panel.dialogs.active.text()
        )
    )
    box = panel.dialogs.active
    assert isinstance(box, QMessageBox)
    assert "500" in box.informativeText()
    assert run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id))) is not None, "kept while asking"
    with qtbot.waitSignal(panel.statusMessage, timeout=5000) as status:
        click_button(box, DELETE_LOCAL_ONLY)
    assert status.args == ["Deleted “Hard to delete”"]
    assert run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id))) is None
    assert server_client(local_api).conversations.retrieve(thread.remote_id).id == thread.remote_id


def test_context_menu_key_pins_and_copies_the_remote_id(
    qtbot: Any, store: AsyncStore, window: MainWindow
) -> None:
    thread = add_thread(qtbot, store, "Menu me", remote_id="conv_menu", updated=days_ago(3))
    add_thread(qtbot, store, "Other")
    refresh(qtbot, window)
    panel = panel_of(window)
    view, model = panel.list_view, window.vm.threads.model
    view.setCurrentIndex(model.index(model.row_of(thread.id)))
    QApplication.sendEvent(
        view,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), view.mapToGlobal(QPoint(0, 0))),
    )
    menu = panel.menu
    assert menu is not None and menu.isVisible()
    names = [a.text() for a in menu.actions() if a.text()]
    assert names == [
        "&Rename", "&Pin", "&Archive", "Mo&ve to folder…", "Export as &Markdown…", "Export as &JSON…",
        "&Copy remote id", "&Delete…",
    ]  # fmt: skip
    next(a for a in menu.actions() if a.text() == "&Copy remote id").trigger()
    assert QGuiApplication.clipboard().text() == "conv_menu"
    with qtbot.waitSignal(window.vm.threads.threadUpdated, timeout=5000):
        next(a for a in menu.actions() if a.text() == "&Pin").trigger()
    menu.close()
    assert model.headers() == ["Pinned", "Today"]
    pinned = model.thread_at(1)
    assert pinned is not None and pinned.id == thread.id

    # a right click on the pinned row offers Unpin, and Rename edits the title in place
    at = view.visualRect(model.index(1)).center()
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.viewport().mapToGlobal(at)),
    )
    menu = panel.menu
    assert menu is not None and "Un&pin" in [a.text() for a in menu.actions()]
    next(a for a in menu.actions() if a.text() == "&Rename").trigger()
    menu.close()
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible() and editor.text() == "Menu me"


def test_filter_combo_and_show_archived(qtbot: Any, store: AsyncStore, window: MainWindow) -> None:
    add_thread(qtbot, store, "Whale talk")
    add_thread(qtbot, store, "Code talk", assistant_id=OTHER_ASSISTANT.id)
    archived = add_thread(qtbot, store, "Old code", assistant_id=OTHER_ASSISTANT.id, archived=True)
    refresh(qtbot, window)
    panel = panel_of(window)
    model = window.vm.threads.model
    combo = panel.assistant_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All assistants",
        "Code helper",
        "Whale expert",
    ]

    combo.setCurrentIndex(combo.findData(OTHER_ASSISTANT.id))
    qtbot.waitUntil(lambda: len(model.thread_rows()) == 1, timeout=5000)
    assert model.data(model.index(1)) == "Code talk"

    panel.show_archived.click()
    qtbot.waitUntil(lambda: "Archived" in model.headers(), timeout=5000)
    assert model.row_of(archived.id) >= 0


def test_a_thread_gone_on_the_server_shows_the_banner(
    qtbot: Any, store: AsyncStore, window: MainWindow, local_api: Any
) -> None:
    thread = chat_thread(qtbot, window.vm.chat, "Short-lived")
    window.vm.new_thread()
    server_client(local_api).conversations.delete(thread.remote_id)
    assert not window.thread_banner.isVisible()
    panel = panel_of(window)
    row = window.vm.threads.model.row_of(thread.id)
    qtbot.mouseClick(
        panel.list_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.list_view.visualRect(window.vm.threads.model.index(row)).center(),
    )
    qtbot.waitUntil(window.thread_banner.isVisible, timeout=10_000)
    assert window.thread_banner.text == REMOTE_GONE
    model = window.vm.threads.model
    assert model.data(model.index(model.row_of(thread.id)), ThreadListModel.RemoteGoneRole) is True
    window.vm.new_thread()
    assert not window.thread_banner.isVisible()


def test_open_by_id_dialog_checks_the_id_and_opens_the_thread(
    qtbot: Any, window: MainWindow, local_api: Any
) -> None:
    conversation = server_client(local_api).conversations.create(
        items=[{"type": "message", "role": "user", "content": "Imported hello"}]
    )
    panel = panel_of(window)
    panel.open_by_id_action.trigger()
    dialog = wait_dialog(qtbot, panel)
    assert isinstance(dialog, OpenByIdDialog)
    open_button = dialog.buttons.buttons()[0]
    assert isinstance(open_button, QPushButton)
    qtbot.keyClicks(dialog.id_edit, "thread_123")
    assert not open_button.isEnabled() and "Assistants API" in dialog.problem_label.text()
    dialog.id_edit.setText(conversation.id)
    assert open_button.isEnabled() and not dialog.problem_label.isVisible()
    with qtbot.waitSignal(window.vm.chat.threadChanged, timeout=10_000):
        open_button.click()
    assert window.vm.chat.thread is not None and window.vm.chat.thread.remote_id == conversation.id
    assert window.vm.chat.thread.title == "Imported hello"
    model = window.vm.threads.model
    assert model.row_of(window.vm.chat.thread.id) >= 0


def test_importing_a_wrong_file_explains_why(qtbot: Any, window: MainWindow, tmp_path: Any) -> None:
    wrong = tmp_path / "wrong.json"
    wrong.write_text("[]", encoding="utf-8")
    panel = panel_of(window)

    async def chosen() -> Any:
        return wrong

    panel.dialogs.import_path = chosen  # type: ignore[method-assign]
    panel.import_action.trigger()
    box = wait_dialog(qtbot, panel)
    assert box.windowTitle() == "Thread not imported"
    assert "wrong.json was not imported" in box.text() and "not a BelugaDesk thread export" in box.text()
    click_button(box, "OK")
    qtbot.waitUntil(lambda: panel.dialogs.active is None)
    run_coro(qtbot, window.vm.thread_actions.wait_idle())
    assert window.vm.threads.model.thread_rows() == []


def test_a_match_far_into_the_snippet_stays_in_view(qapp: Any) -> None:
    font = QFont(qapp.font())
    pieces = [("word " * 40, False), ("needle", True), (" and the rest of it", False)]
    runs = snippet_runs(pieces, font, 200)
    assert runs[0].text.startswith("…") and not runs[0].match
    match = next(r for r in runs if r.match)
    assert match.text == "needle" and match.x + match.width <= 200


def test_exporting_from_the_panel_writes_the_file(
    qtbot: Any, store: AsyncStore, window: MainWindow, tmp_path: Any
) -> None:
    thread = add_thread(qtbot, store, "Save me", texts=("Question here", "Answer there"))
    panel = panel_of(window)
    target = tmp_path / "saved.md"

    async def chosen(_thread: Any, _fmt: str) -> Any:
        return target

    panel.dialogs.export_path = chosen  # type: ignore[method-assign,assignment]
    with qtbot.waitSignal(panel.statusMessage, timeout=5000) as status:
        panel.export_thread(thread, "markdown")
    assert str(target) in status.args[0]
    text = target.read_text(encoding="utf-8")
    assert "# Save me" in text and "Question here" in text and "Answer there" in text
