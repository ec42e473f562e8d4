"""The assistant library pane with real widgets: badges, search, sort, keyboard actions, menus, import."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyleOptionViewItem

from belugadesk.domain.models import AssistantDefinition, Backend, CodeInterpreterTool, FunctionTool, Thread
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.assistants.list_vm import AssistantListViewModel
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.views.assistants.delegate import badges
from belugadesk.views.assistants.form_dialog import AssistantFormDialog
from belugadesk.views.assistants.list_view import AssistantListPane
from belugadesk.views.main_window import MainWindow
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import make_session, session_fixture, store_fixture  # noqa: F401
from tests.views.choosers import choose

SEED = (
    AssistantDefinition(name="Zeta writer", model="gpt-4.1", description="Writes poems"),
    AssistantDefinition(
        name="Alpha coder",
        model="o4-mini",
        tools=(CodeInterpreterTool(), FunctionTool(name="run_tests"), FunctionTool(name="lint")),
    ),
    AssistantDefinition(name="Mid planner", model="gpt-4.1-mini"),
)


def seed(qtbot: Any, session: Session) -> None:
    def save_all(s: Any) -> None:
        for definition in SEED:
            s.assistants.save(definition)

    run_coro(qtbot, session.store.run(save_all))


@pytest.fixture
def pane(qtbot: Any, session: Session) -> Iterator[AssistantListPane]:
    seed(qtbot, session)
    vm = AssistantListViewModel(session)
    widget = AssistantListPane(vm)
    qtbot.addWidget(widget)
    widget.resize(320, 480)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    run_coro(qtbot, vm.refresh())
    yield widget
    run_coro(qtbot, vm.wait_idle())


def shown_names(pane: AssistantListPane) -> list[str]:
    model = pane.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def refocus(qtbot: Any, pane: AssistantListPane) -> None:
    """Back in the list after a dialog closed (a window manager would restore this focus itself)."""
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    pane.list.setFocus()


def close_dialog(dialog: AssistantFormDialog) -> None:
    dialog.done(QDialog.DialogCode.Rejected)  # closes without the "discard changes?" question


def test_rows_show_model_and_tool_badges(qtbot: Any, pane: AssistantListPane) -> None:
    assert shown_names(pane) == ["Alpha coder", "Mid planner", "Zeta writer"]
    index = pane.list.model().index(0, 0)
    assert badges(index) == [("</> code", "Code interpreter"), ("ƒ 2", "2 functions")]
    assert badges(pane.list.model().index(1, 0)) == []
    option = QStyleOptionViewItem()
    option.initFrom(pane.list)
    height = pane.list.itemDelegate().sizeHint(option, index).height()
    assert height > 2 * pane.list.fontMetrics().height(), "two lines: name, then model and badges"
    picture = pane.list.viewport().grab().toImage()
    assert not picture.isNull()
    assert picture.pixelColor(10, 10) != picture.pixelColor(10, height + 10), (
        "the selected first row is painted"
    )


def test_search_box_and_sort_combo(qtbot: Any, pane: AssistantListPane, session: Session) -> None:
    qtbot.keyClicks(pane.search, "poem")
    assert shown_names(pane) == ["Zeta writer"]
    pane.search.clear()
    qtbot.keyClicks(pane.search, "GPT-4.1")
    assert shown_names(pane) == ["Mid planner", "Zeta writer"]
    pane.search.clear()
    zeta = next(a for a in pane.vm.all_assistants if a.name == "Zeta writer")
    pane.vm.thread_saved(Thread(assistant_id=zeta.id))
    pane.sort.setCurrentIndex(pane.sort.findData("last_used"))
    assert shown_names(pane)[0] == "Zeta writer"
    assert pane.sort.accessibleName() == "Sort assistants by"


def test_keyboard_duplicate_delete_with_confirmation_and_edit(
    qtbot: Any, pane: AssistantListPane, session: Session
) -> None:
    pane.list.setFocus()
    pane.list.setCurrentIndex(pane.list.model().index(1, 0))  # Mid planner
    qtbot.keyClick(pane.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Mid planner (copy)" in shown_names(pane))
    assert pane.vm.current is not None and pane.vm.current.name == "Mid planner (copy)"

    mid = next(a for a in pane.vm.all_assistants if a.name == "Mid planner")
    for title in ("first", "second"):
        thread = Thread(title=title, assistant_id=mid.id, assistant_version=1)
        run_coro(qtbot, session.store.run(lambda s, t=thread: s.threads.create(t)))
    pane.list.setCurrentIndex(pane.list.model().index(shown_names(pane).index("Mid planner"), 0))
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    box = asked(qtbot, pane)
    assert isinstance(box, QMessageBox)
    assert box.text() == "Delete the assistant “Mid planner”? 2 threads use it; they keep their messages."
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert "Mid planner" in shown_names(pane), "Cancel deletes nothing"

    refocus(qtbot, pane)
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    box = asked(qtbot, pane)
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "Mid planner" not in shown_names(pane))
    threads = run_coro(qtbot, session.store.run(lambda s: s.threads.list()))
    assert sorted(t.title for t in threads) == ["first", "second"], "the threads keep their messages"
    assert pane.notice.text() == "Deleted “Mid planner”."

    pane.list.setCurrentIndex(pane.list.model().index(0, 0))
    refocus(qtbot, pane)
    qtbot.keyClick(pane.list, Qt.Key.Key_F4)
    dialog = pane.dialog
    assert dialog is not None and dialog.isVisible() and dialog.name_edit.text() == "Alpha coder"
    close_dialog(dialog)
    refocus(qtbot, pane)
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    assert pane.dialog is not dialog and pane.dialog is not None and pane.dialog.vm.base is not None
    close_dialog(pane.dialog)


def test_context_menu_and_window_menu_offer_every_action(qtbot: Any, session: Session) -> None:
    seed(qtbot, session)
    main = MainViewModel(session)
    window = MainWindow(main)
    qtbot.addWidget(window)
    window.show()
    run_coro(qtbot, main.assistants.refresh())
    pane = window.side_pane.assistants_pane
    texts = [a.text().replace("&", "") for a in pane.context_menu().actions() if not a.isSeparator()]
    assert texts == [
        "New thread with this assistant",
        "Edit…",
        "Duplicate",
        "Delete…",
        "Export as JSON…",
        "Import from JSON…",
        "Import from server…",
        "New assistant…",
    ]
    menu = window.assistant_menu
    shortcuts = {
        a.text().replace("&", ""): a.shortcut().toString() for a in menu.actions() if not a.isSeparator()
    }
    assert shortcuts["New assistant…"] == "Ctrl+Shift+N"
    assert shortcuts["Duplicate"] == "Ctrl+D" and shortcuts["Delete…"] == "Del" and shortcuts["Edit…"] == "F4"

    window.chat_view.input.setFocus()
    qtbot.keyClick(
        window.chat_view.input,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert pane.dialog is not None and pane.dialog.vm.is_new, "Ctrl+Shift+N works anywhere in the window"
    close_dialog(pane.dialog)

    zeta_row = main.assistants.model.row_of(
        next(a.id for a in main.assistants.all_assistants if a.name == "Zeta writer")
    )
    pane.list.setCurrentIndex(pane.list.model().index(zeta_row, 0))
    pane.actions_by_name["new_thread"].trigger()
    assert main.chat.assistant is not None and main.chat.assistant.name == "Zeta writer"
    assert main.chat.thread is None
    pane.context_menu()  # builds without a popup


def asked(qtbot: Any, pane: AssistantListPane) -> Any:
    """The dialog the pane is asking with, once it is on screen."""
    questions = pane.questions
    qtbot.waitUntil(lambda: questions.active is not None and questions.active.isVisible(), timeout=5000)
    return questions.active


def test_export_and_import_through_the_pane(qtbot: Any, pane: AssistantListPane, tmp_path: Path) -> None:
    path = tmp_path / "alpha.json"
    pane.export(0)
    chooser = asked(qtbot, pane)
    assert chooser.windowTitle() == "Export assistant"
    choose(chooser, str(tmp_path / "alpha"))  # the suffix is added
    qtbot.waitUntil(path.exists)
    assert json.loads(path.read_text(encoding="utf-8"))["assistant"]["name"] == "Alpha coder"
    pane.actions_by_name["import"].trigger()
    choose(asked(qtbot, pane), str(path))
    qtbot.waitUntil(lambda: shown_names(pane).count("Alpha coder") == 2)
    assert pane.notice.text() == "Imported “Alpha coder”."
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    pane.import_file()
    choose(asked(qtbot, pane), str(broken))
    qtbot.waitUntil(lambda: "not valid JSON" in pane.notice.text())
    assert pane.notice.property("tone") == "error", "an error is shown as one"


def test_import_from_server_dialog(qtbot: Any, store: AsyncStore, local_api: Any) -> None:
    session = make_session(store, local_api.base_url, backend=Backend.ASSISTANTS, profile_id="remote-profile")
    try:
        with (
            openai.OpenAI(base_url=local_api.base_url, api_key="sk-test") as client,
            warnings.catch_warnings(),
        ):
            warnings.simplefilter("ignore", DeprecationWarning)
            made = client.beta.assistants.create(model="gpt-4.1", name="From the server", instructions="Hi.")
        vm = AssistantListViewModel(session)
        pane = AssistantListPane(vm)
        qtbot.addWidget(pane)
        pane.show()
        dialog = pane.import_from_server()
        remote = dialog.vm
        qtbot.waitUntil(lambda: remote.loaded_once, timeout=20_000)
        rows = [a.remote_ids["remote-profile"] for a in remote.model.rows]
        row = rows.index(made.id)
        assert not dialog.import_button.isEnabled(), "nothing ticked yet"
        index = remote.model.index(row)
        dialog.list.setCurrentIndex(index)
        dialog.list.setFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # tick it from the keyboard
        assert remote.checked_count == 1 and dialog.import_button.isEnabled()
        with qtbot.waitSignal(dialog.finished, timeout=20_000):
            dialog.import_button.click()
        qtbot.waitUntil(lambda: "From the server" in shown_names(pane), timeout=20_000)
        assert pane.notice.text() == "Imported 1 assistant from the server."
        run_coro(qtbot, vm.wait_idle())
    finally:
        run_coro(qtbot, session.aclose())


def test_import_from_server_on_a_responses_profile_says_there_are_none(
    qtbot: Any, pane: AssistantListPane
) -> None:
    dialog = pane.import_from_server()
    qtbot.waitUntil(lambda: dialog.vm.loaded_once, timeout=20_000)
    assert dialog.status.text() == "The server has no assistants for this profile."
    assert not dialog.more_button.isVisible()
    dialog.reject()
    assert QApplication.activeModalWidget() is None
