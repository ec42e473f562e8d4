"""The assistant form dialog with real widgets: fill every field, save, reopen; errors; keyboard; Esc."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from belugadesk.core.assistant_schema import FUNCTION_PARAMETERS_TEMPLATE, RESPONSE_SCHEMA_TEMPLATE
from belugadesk.domain.models import CodeInterpreterTool, FileSearchTool, FunctionTool
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.views.assistants.form_dialog import AssistantFormDialog
from belugadesk.views.assistants.tool_editors import CHAT_FILES_ONLY
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import session_fixture, store_fixture  # noqa: F401


def open_dialog(qtbot: Any, vm: AssistantFormViewModel) -> AssistantFormDialog:
    dialog = AssistantFormDialog(vm)
    # at teardown, close without the "discard changes?" question (nobody is there to answer it)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: vm.models_state in ("ready", "failed"), timeout=20_000)
    return dialog


def answer(qtbot: Any, dialog: AssistantFormDialog, text: str) -> None:
    """Click ``text`` in the question the form is asking (window-modal over it), once it is up."""
    questions = dialog.questions
    qtbot.waitUntil(lambda: isinstance(questions.active, QMessageBox) and questions.active.isVisible())
    box = questions.active
    assert isinstance(box, QMessageBox)
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()
    qtbot.waitUntil(lambda: questions.active is None)


def click(qtbot: Any, widget: QWidget) -> None:
    """A real mouse click; the form scrolls and "Advanced" may be closed, so open it and bring the widget
    into view first (as a user would)."""
    window = widget.window()
    advanced = window.advanced if isinstance(window, AssistantFormDialog) else None
    if advanced is not None and advanced.content.isAncestorOf(widget) and not advanced.expanded:
        qtbot.mouseClick(advanced.header, Qt.MouseButton.LeftButton)
    scroll = window.findChild(QScrollArea)
    if scroll is not None and scroll.isAncestorOf(widget):
        scroll.ensureWidgetVisible(widget)
    # a check box answers clicks on its box and label only: aim at the box, not the middle of a wide row
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def error_label_of(dialog: AssistantFormDialog, key: str) -> QLabel:
    label = dialog.errors.label(key)
    assert label is not None
    return label


def type_into_focused(qtbot: Any, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def fill_every_field(qtbot: Any, dialog: AssistantFormDialog) -> None:
    qtbot.keyClicks(dialog.name_edit, "Weather bot")
    qtbot.keyClicks(dialog.description_edit, "Answers questions about the weather.")
    qtbot.keyClicks(dialog.starters_edit, "Will it rain in Oslo?")
    qtbot.keyClick(dialog.starters_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.starters_edit, "Pack for a week in Lisbon")
    assert dialog.model_combo.findText("gpt-4.1-mini") >= 0, "the combo lists the server's models"
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findText("gpt-4.1-mini"))
    qtbot.keyClicks(dialog.instructions_edit, "Be brief. Use metric units.")
    click(qtbot, dialog.temperature.default_box)  # untick "Model default"
    dialog.temperature.spin.setValue(0.7)
    click(qtbot, dialog.top_p.default_box)
    dialog.top_p.slider.setValue(90)
    assert dialog.top_p.spin.value() == 0.9, "slider and spin box move together"
    assert dialog.advanced.expanded
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json_schema"))
    assert dialog.schema_box.isVisible()
    dialog.schema_name_edit.clear()
    qtbot.keyClicks(dialog.schema_name_edit, "forecast")
    click(qtbot, dialog.schema_editor.template_button)
    click(qtbot, dialog.schema_editor.validate_button)
    assert dialog.schema_editor.result.text() == "✓ The schema is valid."

    click(qtbot, dialog.metadata.add_button)
    type_into_focused(qtbot, "team")
    table = dialog.metadata.table
    table.setCurrentIndex(table.model().index(0, 1))
    table.edit(table.currentIndex())
    type_into_focused(qtbot, "weather")

    click(qtbot, dialog.code_box)
    stores = dialog.vm.vector_stores
    click(qtbot, dialog.file_search.enabled_box)
    assert dialog.file_search.enabled_box.isChecked()
    qtbot.waitUntil(lambda: stores.loaded or bool(stores.error_text), timeout=20_000)
    assert stores.error_text == ""

    assert dialog.file_search.create_button.isEnabled(), (
        stores.busy,
        dialog.file_search.enabled_box.isChecked(),
    )
    click(qtbot, dialog.file_search.create_button)
    questions = dialog.file_search.questions
    qtbot.waitUntil(lambda: questions.active is not None and questions.active.isVisible())
    name_box = questions.active
    assert isinstance(name_box, QInputDialog) and name_box.windowTitle() == "New vector store"
    name_box.setTextValue("Forecasts")
    name_box.accept()
    qtbot.waitUntil(lambda: bool(dialog.vm.vector_store_id) or bool(stores.error_text), timeout=20_000)
    assert not stores.error_text
    assert "Forecasts" in dialog.file_search.store_combo.currentText()

    fn = dialog.functions
    click(qtbot, fn.add_button)
    fn.name_edit.selectAll()
    qtbot.keyClicks(fn.name_edit, "get_weather")
    qtbot.keyClicks(fn.description_edit, "Current weather for a city.")
    click(qtbot, fn.parameters.template_button)
    click(qtbot, fn.strict_box)


def test_fill_every_field_save_and_reopen(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    assert not dialog.save_button.isEnabled()
    fill_every_field(qtbot, dialog)
    assert vm.errors == {}
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=20_000) as finished:
        click(qtbot, dialog.save_button)
    assert finished.args == [QDialog.DialogCode.Accepted.value]

    [stored] = run_coro(qtbot, session.store.run(lambda s: s.assistants.list()))
    assert (stored.name, stored.model, stored.temperature, stored.top_p) == (
        "Weather bot",
        "gpt-4.1-mini",
        0.7,
        0.9,
    )
    assert stored.description == "Answers questions about the weather."
    assert stored.starters == ("Will it rain in Oslo?", "Pack for a week in Lisbon")
    assert stored.instructions == "Be brief. Use metric units."
    assert stored.metadata == {"team": "weather"}
    assert stored.response_format.json_schema is not None
    assert stored.response_format.json_schema.schema_ == RESPONSE_SCHEMA_TEMPLATE
    code, search, function = stored.tools
    assert isinstance(code, CodeInterpreterTool) and isinstance(search, FileSearchTool)
    assert search.vector_store_ids == (vm.vector_store_id,)
    assert isinstance(function, FunctionTool) and function.strict
    assert (function.name, function.parameters) == ("get_weather", FUNCTION_PARAMETERS_TEMPLATE)

    again = open_dialog(qtbot, AssistantFormViewModel(session, stored))
    assert again.windowTitle() == "Edit “Weather bot”"
    assert again.name_edit.text() == "Weather bot"
    assert again.description_edit.text() == "Answers questions about the weather."
    assert again.starters_edit.toPlainText() == "Will it rain in Oslo?\nPack for a week in Lisbon"
    assert again.model_combo.currentText() == "gpt-4.1-mini"
    assert again.instructions_edit.toPlainText() == "Be brief. Use metric units."
    assert again.temperature.value() == 0.7 and again.top_p.value() == 0.9
    assert again.format_combo.currentData() == "json_schema" and again.schema_name_edit.text() == "forecast"
    assert again.schema_strict_box.isChecked()
    assert again.metadata.table.model().index(0, 1).data() == "weather"
    assert again.code_box.isChecked() and again.file_search.enabled_box.isChecked()
    assert again.functions.name_edit.text() == "get_weather" and again.functions.strict_box.isChecked()
    assert again.vm.draft == vm.draft, "every field round-trips"
    assert not again.vm.dirty and again.save_button.isEnabled()
    again.reject()


def test_invalid_fields_show_errors_next_to_them_and_save_nothing(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    assert not dialog.save_button.isEnabled(), "Save stays disabled until the form is valid"
    assert dialog.status.text() == "To save: Enter a name."
    dialog.description_edit.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # an attempted save
    assert QApplication.focusWidget() is dialog.name_edit, "the first invalid field gets focus"
    name_error = error_label_of(dialog, "name")
    assert name_error.isVisible() and name_error.text() == "Enter a name."
    assert dialog.name_edit.accessibleDescription() == "Enter a name."

    qtbot.keyClicks(dialog.name_edit, "Checker")
    assert not name_error.isVisible() and dialog.name_edit.accessibleDescription() == ""
    dialog.model_combo.setEditText("gpt-4.1")

    vm.set_field("temperature", 2.5)  # e.g. from an imported file: the spin box cannot go there
    temperature_error = error_label_of(dialog, "temperature")
    assert temperature_error.isVisible() and "between 0 and 2" in temperature_error.text()
    assert not dialog.save_button.isEnabled()
    click(qtbot, dialog.temperature.default_box)  # back to the model default
    assert vm.draft.temperature is None and not temperature_error.isVisible()

    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json_schema"))
    dialog.schema_editor.text_edit.setPlainText('{\n  "type": "object",\n  "properties": {,}\n}')
    click(qtbot, dialog.schema_editor.validate_button)
    assert (
        dialog.schema_editor.result.text()
        == "Line 3, column 18: Expecting property name enclosed in double quotes."
    )
    cursor = dialog.schema_editor.text_edit.textCursor()
    assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (3, 18), (
        "the cursor goes to the problem"
    )
    schema_error = error_label_of(dialog, "schema_text")
    assert schema_error.isVisible() and schema_error.text().startswith("Line 3, column 18")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("text"))

    for _ in range(17):
        click(qtbot, dialog.metadata.add_button)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the cell editor
    model = dialog.metadata.table.model()
    for row in range(17):
        model.setData(model.index(row, 0), f"key{row}")
    metadata_error = error_label_of(dialog, "metadata")
    assert metadata_error.isVisible() and "At most 16 metadata pairs" in metadata_error.text()
    assert dialog.metadata.count.text() == "17 / 16"
    dialog.metadata.table.setCurrentIndex(model.index(16, 0))
    click(qtbot, dialog.metadata.remove_button)
    assert not metadata_error.isVisible()

    fn = dialog.functions
    for name in ("lookup", "lookup"):
        click(qtbot, fn.add_button)
        fn.name_edit.selectAll()
        qtbot.keyClicks(fn.name_edit, name)
    assert fn.current == 1
    assert (
        fn.name_error.isVisible() and fn.name_error.text() == "Another function is already called “lookup”."
    )
    assert fn.name_edit.accessibleDescription() == fn.name_error.text()
    assert fn.list_error.text() == "Fix function 2."
    assert "⚠" in fn.list.model().index(1).data()
    assert not dialog.save_button.isEnabled()

    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is fn.name_edit, "focus goes to the duplicate function's name"
    assert run_coro(qtbot, session.store.run(lambda s: s.assistants.list())) == [], "nothing was saved"

    fn.name_edit.selectAll()
    qtbot.keyClicks(fn.name_edit, "lookup_more")
    assert vm.valid and dialog.save_button.isEnabled()
    dialog.reject()
    answer(qtbot, dialog, "Discard")
    assert not dialog.isVisible()


def test_every_field_is_reachable_by_tab_and_has_an_accessible_name(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    # what is hidden or disabled is rightly skipped by Tab: show and enable everything first
    qtbot.keyClicks(dialog.name_edit, "Tabby")
    dialog.model_combo.setEditText("gpt-4.1")
    click(qtbot, dialog.temperature.default_box)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json_schema"))
    click(qtbot, dialog.file_search.enabled_box)
    qtbot.waitUntil(lambda: vm.vector_stores.loaded, timeout=20_000)
    click(qtbot, dialog.functions.add_button)
    click(qtbot, dialog.metadata.add_button)
    type_into_focused(qtbot, "key")
    assert run_coro(qtbot, vm.vector_stores.create("Tab store"), timeout=20_000) is not None
    assert vm.errors == {} and dialog.save_button.isEnabled()

    dialog.name_edit.setFocus()
    visited: list[QWidget] = []
    for _ in range(120):
        focused = QApplication.focusWidget()
        assert focused is not None
        if visited and focused is visited[0]:
            break
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    fields = {
        "name": dialog.name_edit,
        "description": dialog.description_edit,
        "starters": dialog.starters_edit,
        "model": dialog.model_combo,
        "instructions": dialog.instructions_edit,
        "monospace": dialog.monospace_box,
        "temperature default": dialog.temperature.default_box,
        "temperature slider": dialog.temperature.slider,
        "temperature": dialog.temperature.spin,
        "top_p default": dialog.top_p.default_box,
        "response format": dialog.format_combo,
        "schema name": dialog.schema_name_edit,
        "schema strict": dialog.schema_strict_box,
        "schema": dialog.schema_editor.text_edit,
        "schema validate": dialog.schema_editor.validate_button,
        "schema template": dialog.schema_editor.template_button,
        "metadata": dialog.metadata.table,
        "metadata add": dialog.metadata.add_button,
        "code interpreter": dialog.code_box,
        "file search": dialog.file_search.enabled_box,
        "vector store": dialog.file_search.store_combo,
        "create vector store": dialog.file_search.create_button,
        "functions": dialog.functions.list,
        "add function": dialog.functions.add_button,
        "function name": dialog.functions.name_edit,
        "function description": dialog.functions.description_edit,
        "function strict": dialog.functions.strict_box,
        "function parameters": dialog.functions.parameters.text_edit,
        "save": dialog.save_button,
        "cancel": dialog.cancel_button,
    }

    def reached(widget: QWidget) -> bool:
        return any(v is widget or widget.isAncestorOf(v) for v in visited)

    missing = [name for name, widget in fields.items() if not reached(widget)]
    assert missing == [], f"not reachable with Tab: {missing}"
    unnamed = [type(w).__name__ for w in visited if not (w.accessibleName() or _named_parent(w))]
    assert unnamed == [], f"focusable widgets without an accessible name: {unnamed}"
    order = [visited.index(next(v for v in visited if v is w or w.isAncestorOf(v))) for w in fields.values()]
    assert order[:5] == sorted(order[:5]), "Tab goes down the form in reading order"
    dialog.reject()
    answer(qtbot, dialog, "Discard")
    assert not dialog.isVisible()


def _named_parent(widget: QWidget) -> bool:
    """The line edit inside an editable combo box is named through the combo box."""
    parent = widget.parentWidget()
    return parent is not None and bool(parent.accessibleName()) and widget.focusProxy() is None


def test_escape_asks_before_discarding_changes(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), "an untouched form closes at once"

    dialog = open_dialog(qtbot, AssistantFormViewModel(session))
    qtbot.keyClicks(dialog.name_edit, "Draft")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    answer(qtbot, dialog, "Cancel")
    assert dialog.isVisible() and dialog.name_edit.text() == "Draft", "Cancel keeps the form and its text"
    click(qtbot, dialog.cancel_button)
    with qtbot.waitSignal(dialog.finished) as finished:
        answer(qtbot, dialog, "Discard")
    assert finished.args == [QDialog.DialogCode.Rejected.value]
    assert run_coro(qtbot, session.store.run(lambda s: s.assistants.list())) == []


def test_screenshot_of_the_form(qtbot: Any, session: Session, tmp_path: Path) -> None:
    """Renders the filled form; set BELUGADESK_SCREENSHOT_DIR to keep the picture (docs/screenshots)."""
    import os

    dialog = open_dialog(qtbot, AssistantFormViewModel(session))
    fill_every_field(qtbot, dialog)
    dialog.name_edit.setFocus()
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    scroll.verticalScrollBar().setValue(0)
    target = Path(os.environ.get("BELUGADESK_SCREENSHOT_DIR", tmp_path)) / "assistant-form.png"
    assert dialog.grab().save(str(target), "PNG")
    assert target.stat().st_size > 10_000

    dialog.name_edit.clear()
    dialog.vm.set_field("name", "")
    dialog.vm.set_field("temperature", 2.5)
    dialog.functions.parameters.text_edit.setPlainText('{"type": "object", "properties": {,}}')
    dialog.activateWindow()  # the vector store's name dialog had the focus last
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is dialog.name_edit
    scroll.verticalScrollBar().setValue(0)
    errors = target.with_name("assistant-form-errors.png")
    assert dialog.grab().save(str(errors), "PNG")
    dialog.reject()
    answer(qtbot, dialog, "Discard")
    assert not dialog.isVisible()


def test_schema_editor_names_a_dangling_ref_and_refuses_deep_nesting(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json_schema"))
    editor = dialog.schema_editor
    dangling = (
        '{"type": "object", "properties": {"a": {"$ref": "#/$defs/missing"}},'
        ' "required": ["a"], "additionalProperties": false}'
    )
    editor.text_edit.setPlainText(dangling)
    click(qtbot, editor.validate_button)
    assert editor.result.text() == (
        "At /properties/a: the reference '#/$defs/missing' points to nothing in this schema. "
        'Define it (e.g. under "$defs") or correct the name.'
    )
    assert error_label_of(dialog, "schema_text").text() == editor.result.text()

    defined = dangling.replace('"required"', '"$defs": {"missing": {"type": "string"}}, "required"')
    editor.text_edit.setPlainText(defined)
    click(qtbot, editor.validate_button)
    assert editor.result.text() == "✓ The schema is valid."

    for depth in (200, 100_000):  # too deep for the schema checks / for the JSON parser itself
        editor.text_edit.setPlainText('{"type": "object", "x": ' + "[" * depth + "]" * depth + "}")
        click(qtbot, editor.validate_button)
        assert editor.result.text().startswith("The JSON is nested too deeply (more than 64 levels")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("text"))


def test_file_search_needs_no_vector_store_it_searches_the_chats_files(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    qtbot.keyClicks(dialog.name_edit, "Reader")
    dialog.model_combo.setEditText("gpt-4.1")
    click(qtbot, dialog.file_search.enabled_box)
    qtbot.waitUntil(lambda: vm.vector_stores.loaded or bool(vm.vector_stores.error_text), timeout=20_000)
    assert dialog.file_search.store_combo.currentText() == CHAT_FILES_ONLY
    assert vm.errors == {} and dialog.save_button.isEnabled()
    assert not error_label_of(dialog, "file_search").isVisible()
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        click(qtbot, dialog.save_button)
    [stored] = run_coro(qtbot, session.store.run(lambda s: s.assistants.list()))
    assert stored.tools == (FileSearchTool(vector_store_ids=()),)
