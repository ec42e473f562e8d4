"""View-model → widgets for the assistant form: show the whole draft, or one field the view-model changed.

While these run, ``dialog.loading`` is set so the widgets' change signals do not echo back to the view-model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from belugadesk.views.assistants.form_dialog import AssistantFormDialog


def show_draft(dialog: AssistantFormDialog) -> None:
    d = dialog.vm.draft
    dialog.loading = True
    try:
        dialog.name_edit.setText(d.name)
        dialog.description_edit.setText(d.description)
        dialog.starters_edit.setPlainText(d.starters_text)
        dialog.model_combo.setEditText(d.model)
        dialog.instructions_edit.setPlainText(d.instructions)
        dialog.temperature.set_value(d.temperature, fallback=1.0)
        dialog.top_p.set_value(d.top_p, fallback=1.0)
        dialog.stop_edit.setPlainText(d.stop_text)
        dialog.seed_edit.setText(d.seed_text)
        dialog.effort_combo.setCurrentIndex(max(0, dialog.effort_combo.findData(d.reasoning_effort)))
        dialog.format_combo.setCurrentIndex(max(0, dialog.format_combo.findData(d.response_type)))
        dialog.schema_name_edit.setText(d.schema_name)
        dialog.schema_strict_box.setChecked(d.schema_strict)
        dialog.schema_editor.set_text(d.schema_text)
        dialog.code_box.setChecked(d.code_interpreter)
        dialog.file_search.load()
    finally:
        dialog.loading = False
    dialog.schema_box.setVisible(d.response_type == "json_schema")


def show_field(dialog: AssistantFormDialog, key: str) -> None:
    """Show a value the view-model changed (a template, an import, a test) in its widget, if it differs."""
    d = dialog.vm.draft
    dialog.loading = True
    try:
        if key == "name" and dialog.name_edit.text() != d.name:
            dialog.name_edit.setText(d.name)
        elif key == "description" and dialog.description_edit.text() != d.description:
            dialog.description_edit.setText(d.description)
        elif key == "starters_text" and dialog.starters_edit.toPlainText() != d.starters_text:
            dialog.starters_edit.setPlainText(d.starters_text)
        elif key == "model" and dialog.model_combo.currentText() != d.model:
            dialog.model_combo.setEditText(d.model)
        elif key == "instructions" and dialog.instructions_edit.toPlainText() != d.instructions:
            dialog.instructions_edit.setPlainText(d.instructions)
        elif key == "temperature" and dialog.temperature.value() != d.temperature:
            dialog.temperature.set_value(d.temperature)
        elif key == "top_p" and dialog.top_p.value() != d.top_p:
            dialog.top_p.set_value(d.top_p)
        elif key == "stop_text" and dialog.stop_edit.toPlainText() != d.stop_text:
            dialog.stop_edit.setPlainText(d.stop_text)
        elif key == "seed_text" and dialog.seed_edit.text() != d.seed_text:
            dialog.seed_edit.setText(d.seed_text)
        elif key == "reasoning_effort":
            dialog.effort_combo.setCurrentIndex(max(0, dialog.effort_combo.findData(d.reasoning_effort)))
        elif key == "response_type":
            dialog.format_combo.setCurrentIndex(max(0, dialog.format_combo.findData(d.response_type)))
            dialog.schema_box.setVisible(d.response_type == "json_schema")
        elif key == "schema_name" and dialog.schema_name_edit.text() != d.schema_name:
            dialog.schema_name_edit.setText(d.schema_name)
        elif key == "schema_strict":
            dialog.schema_strict_box.setChecked(d.schema_strict)
        elif key == "schema_text":
            dialog.schema_editor.set_text(d.schema_text)
        elif key == "code_interpreter":
            dialog.code_box.setChecked(d.code_interpreter)
        elif key in ("file_search", "vector_store_id"):
            dialog.file_search.load()
    finally:
        dialog.loading = False
