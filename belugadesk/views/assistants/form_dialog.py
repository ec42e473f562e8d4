"""The create/edit assistant dialog: every value and rule lives in ``AssistantFormViewModel``; this binds."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.viewmodels.assistants.form_vm import (
    DESCRIPTION_MAX,
    NAME_MAX,
    REASONING_EFFORT_CHOICES,
    STARTERS_MAX,
    AssistantFormViewModel,
)
from belugadesk.views.assistants.field import FieldErrors, error_label
from belugadesk.views.assistants.form_sync import show_draft, show_field
from belugadesk.views.assistants.mcp_section import McpToolsSection
from belugadesk.views.assistants.metadata_table import MetadataEditor
from belugadesk.views.assistants.remote_mcp_editor import RemoteMcpEditor
from belugadesk.views.assistants.sampling import SamplingControl
from belugadesk.views.assistants.schema_editor import SchemaEditor
from belugadesk.views.assistants.tool_editors import FileSearchEditor, FunctionToolsEditor
from belugadesk.views.collapsible import CollapsibleSection
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.tone import Tone, set_tone

TWO_COLUMNS_MIN_WIDTH = 960  # below this the form is one column (it scrolls)
RESPONSE_TYPES = (
    (QT_TRANSLATE_NOOP("AssistantFormDialog", "Text"), "text"),
    (QT_TRANSLATE_NOOP("AssistantFormDialog", "JSON object"), "json_object"),
    (QT_TRANSLATE_NOOP("AssistantFormDialog", "JSON schema"), "json_schema"),
)


class FormQuestions(Questions):
    """What leaving the form asks (``DiscardQuestion``)."""

    async def confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("FormQuestions", "Discard changes?"),
            QCoreApplication.translate("FormQuestions", "This assistant has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self.parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        await self.ask(box)
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Discard)


class AssistantFormDialog(QDialog):
    def __init__(self, vm: AssistantFormViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.questions = FormQuestions(self)  # tests answer ``questions.active``
        self.setWindowTitle(vm.title)
        self.setAccessibleName(vm.title)
        self.setModal(True)
        self.errors = FieldErrors()
        self.loading = False

        # the common case (name, model, instructions, tools) fits a 1280×800 screen; the rest is under
        # "Advanced", collapsed unless the assistant uses it, and the form scrolls when it is open
        self.content = content = QWidget(self)
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._build_general(content, columns)
        self._build_tools(content, columns)
        self.advanced = CollapsibleSection(
            self.tr("&Advanced: sampling, reasoning, response format, metadata"),
            self.tr(
                "Temperature, Top P, stop sequences, seed and reasoning effort, a JSON response format, and"
                " metadata key–value pairs"
            ),
            content,
        )
        self._build_advanced(self.advanced)
        self.mcp_section = McpToolsSection(vm.mcp, content)
        self.remote_mcp = RemoteMcpEditor(vm, self.mcp_section.content)
        mcp_layout = self.mcp_section.content.layout()
        assert mcp_layout is not None
        mcp_layout.addWidget(self.remote_mcp)
        if vm.draft.remote_mcp:
            self.mcp_section.set_expanded(True)
        page = QVBoxLayout(content)
        page.addLayout(columns, 1)
        page.addWidget(self.advanced)
        page.addWidget(self.mcp_section)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save assistant"))
        self.save_button.setToolTip(self.tr("Save the assistant (Ctrl+S)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Form status"))
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

        self.buttons.accepted.connect(self.vm.attempt_save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.vm.attempt_save)
        self._connect()
        self.load()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """1180×760 where there is room; on a smaller screen, what fits (the form scrolls)."""
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 1180, 760
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side where there is room; on a narrow window, the tools go under the assistant."""
        super().resizeEvent(event)
        wide = event.size().width() >= TWO_COLUMNS_MIN_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        for columns in (self.columns, self.advanced_columns):
            if columns.direction() != direction:
                columns.setDirection(direction)

    # --- building ------------------------------------------------------------------------------------

    def _field(
        self,
        form: QFormLayout,
        label: str,
        key: str,
        widget: QWidget,
        name: str,
        focus: QWidget | None = None,
    ) -> QLabel:
        """Add a row: ``widget`` with its error label under it; ``focus`` (default ``widget``) is what gets
        focus and carries the error as accessible description."""
        error = error_label(widget.parentWidget() or self, name)
        holder = QWidget(widget.parentWidget())
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(widget)
        stack.addWidget(error)
        row_label = QLabel(label, holder.parentWidget())
        row_label.setBuddy(focus or widget)
        # a little slack: some X font setups draw wider than they measure
        row_label.setMinimumWidth(row_label.sizeHint().width() + row_label.fontMetrics().averageCharWidth())
        form.addRow(row_label, holder)
        self.errors.bind(key, focus or widget, error)
        return error

    def _build_general(self, parent: QWidget, columns: QBoxLayout) -> None:
        box = QGroupBox(self.tr("Assistant"), parent)
        form = QFormLayout(box)
        self.name_edit = QLineEdit(box)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setToolTip(self.tr("Required, up to {name_max} characters").format(name_max=NAME_MAX))
        self.name_edit.setMaxLength(NAME_MAX + 64)  # over-long input is shown as an error, not cut silently
        self._field(form, self.tr("&Name"), "name", self.name_edit, self.tr("Name"))
        self.description_edit = QLineEdit(box)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setToolTip(
            self.tr("Optional, up to {description_max} characters").format(description_max=DESCRIPTION_MAX)
        )
        self._field(
            form, self.tr("&Description"), "description", self.description_edit, self.tr("Description")
        )
        self.starters_edit = QPlainTextEdit(box)
        self.starters_edit.setAccessibleName(self.tr("Conversation starters"))
        self.starters_edit.setToolTip(
            self.tr(
                "Optional: up to {starters_max} suggested first messages, one per line, shown in an empty "
                "chat"
            ).format(starters_max=STARTERS_MAX)
        )
        self.starters_edit.setPlaceholderText(self.tr("One suggested first message per line"))
        self.starters_edit.setTabChangesFocus(True)
        lines = self.starters_edit.fontMetrics().lineSpacing()
        self.starters_edit.setFixedHeight(int(lines * 2.6) + 12)
        self._field(
            form,
            self.tr("Con&versation starters"),
            "starters_text",
            self.starters_edit,
            self.tr("Conversation starters"),
        )
        self.model_combo = QComboBox(box)
        self.model_combo.setEditable(True)
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_combo.setAccessibleName(self.tr("Model"))
        self.model_combo.setToolTip(self.tr("Choose a model from the server's list, or type any model name"))
        model_line = self.model_combo.lineEdit()
        if model_line is not None:
            model_line.setAccessibleName(self.tr("Model"))
        self.model_status = QLabel(box)
        self.model_status.setWordWrap(True)
        self.model_status.setAccessibleName(self.tr("Model list status"))
        model_error = self._field(form, self.tr("&Model"), "model", self.model_combo, self.tr("Model"))
        holder = model_error.parentWidget()
        holder_layout = holder.layout() if holder else None
        if isinstance(holder_layout, QVBoxLayout):
            holder_layout.insertWidget(1, self.model_status)
        self.instructions_edit = QPlainTextEdit(box)
        self.instructions_edit.setAccessibleName(self.tr("Instructions"))
        self.instructions_edit.setToolTip(
            self.tr("The system instructions the assistant follows (up to 256,000 characters)")
        )
        self.instructions_edit.setTabChangesFocus(True)
        self.instructions_edit.setMinimumHeight(100)
        self._field(
            form, self.tr("&Instructions"), "instructions", self.instructions_edit, self.tr("Instructions")
        )
        self.monospace_box = QCheckBox(self.tr("Monospace"), box)
        self.monospace_box.setAccessibleName(self.tr("Show instructions in a monospace font"))
        self.monospace_box.setToolTip(self.tr("Show the instructions in a fixed-width font"))
        self.instructions_count = QLabel(box)
        self.instructions_count.setAccessibleName(self.tr("Instructions character count"))
        under = QHBoxLayout()
        under.addWidget(self.monospace_box)
        under.addStretch(1)
        under.addWidget(self.instructions_count)
        form.addRow("", under)
        columns.addWidget(box, 1)

    def _build_advanced(self, section: CollapsibleSection) -> None:
        parent = section.content
        # sampling over metadata beside the response format (its schema editor is tall)
        self.advanced_columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        section.set_content_layout(self.advanced_columns)
        row = QVBoxLayout()
        self.advanced_columns.addLayout(row, 1)
        box = QGroupBox(self.tr("Sampling"), parent)
        form = QFormLayout(box)
        self.temperature = SamplingControl(
            self.tr("Temperature"), 2.0, self.tr("0–2: higher is more varied, lower more focused"), box
        )
        self._field(form, self.tr("&Temperature"), "temperature", self.temperature, self.tr("Temperature"))
        self.top_p = SamplingControl(
            self.tr("Top P"), 1.0, self.tr("0–1: sample only from the most likely tokens"), box
        )
        self._field(form, self.tr("Top &P"), "top_p", self.top_p, self.tr("Top P"))
        self.stop_edit = QPlainTextEdit(box)
        self.stop_edit.setAccessibleName(self.tr("Stop sequences"))
        self.stop_edit.setToolTip(
            self.tr("Up to 4 texts that end the reply, one a line (write \\n for a new line, \\t for a tab)")
        )
        self.stop_edit.setPlaceholderText(self.tr("One a line, e.g. \\n\\nUser:"))
        self.stop_edit.setTabChangesFocus(True)
        self.stop_edit.setFixedHeight(self.stop_edit.fontMetrics().lineSpacing() * 3 + 16)
        self._field(form, self.tr("Stop se&quences"), "stop_text", self.stop_edit, self.tr("Stop sequences"))
        self.seed_edit = QLineEdit(box)
        self.seed_edit.setAccessibleName(self.tr("Seed"))
        self.seed_edit.setToolTip(
            self.tr("A whole number: the same seed and request give the same reply where it can")
        )
        self.seed_edit.setPlaceholderText(self.tr("None"))
        self._field(form, self.tr("S&eed"), "seed_text", self.seed_edit, self.tr("Seed"))
        self.effort_combo = QComboBox(box)
        self.effort_combo.addItem(self.tr("Model default"), None)
        for effort in REASONING_EFFORT_CHOICES:
            self.effort_combo.addItem(effort.capitalize(), effort)
        self.effort_combo.setAccessibleName(self.tr("Reasoning effort"))
        self.effort_combo.setToolTip(
            self.tr(
                "How much a reasoning model (o-series, gpt-5) thinks before it answers; other models "
                "refuse it"
            )
        )
        self._field(
            form,
            self.tr("&Reasoning effort"),
            "reasoning_effort",
            self.effort_combo,
            self.tr("Reasoning effort"),
        )
        for key, widget in (("stop_text", self.stop_edit), ("seed_text", self.seed_edit)):
            holder = widget.parentWidget()
            stack = holder.layout() if holder is not None else None
            if isinstance(stack, QVBoxLayout):
                self._grey_unavailable(stack, {key: (widget, widget)})
        row.addWidget(box)

        fmt = QGroupBox(self.tr("Response format"), parent)
        fmt_form = QFormLayout(fmt)
        self.format_combo = QComboBox(fmt)
        for label, value in RESPONSE_TYPES:
            self.format_combo.addItem(self.tr(label), value)
        self.format_combo.setAccessibleName(self.tr("Response format"))
        self.format_combo.setToolTip(self.tr("Plain text, any JSON object, or JSON that matches a schema"))
        fmt_row = QLabel(self.tr("&Format"), fmt)
        fmt_row.setBuddy(self.format_combo)
        fmt_form.addRow(fmt_row, self.format_combo)
        self.schema_box = QWidget(fmt)
        schema_form = QFormLayout(self.schema_box)
        schema_form.setContentsMargins(0, 0, 0, 0)
        self.schema_name_edit = QLineEdit(self.schema_box)
        self.schema_name_edit.setAccessibleName(self.tr("Schema name"))
        self.schema_name_edit.setToolTip(self.tr("1–64 letters, digits, underscores or hyphens"))
        self._field(
            schema_form, self.tr("Schema name"), "schema_name", self.schema_name_edit, self.tr("Schema name")
        )
        self.schema_strict_box = QCheckBox(
            self.tr("Strict (the reply always matches the schema)"), self.schema_box
        )
        self.schema_strict_box.setAccessibleName(self.tr("Schema strict mode"))
        self.schema_strict_box.setToolTip(
            self.tr("Strict mode needs every property required and additionalProperties false")
        )
        schema_form.addRow("", self.schema_strict_box)
        self.schema_editor = SchemaEditor(self.tr("Response schema"), self.schema_box)
        self.schema_editor.text_edit.setMinimumHeight(200)  # under Advanced the form scrolls: room to read
        self._field(
            schema_form,
            self.tr("Sc&hema"),
            "schema_text",
            self.schema_editor,
            self.tr("Response schema"),
            self.schema_editor.text_edit,
        )
        fmt_form.addRow(self.schema_box)
        self.advanced_columns.addWidget(fmt, 1, Qt.AlignmentFlag.AlignTop)

        meta = QGroupBox(self.tr("Metadata"), parent)
        meta_layout = QVBoxLayout(meta)
        self.metadata = MetadataEditor(self.vm, meta)
        meta_error = error_label(meta, self.tr("Metadata"))
        meta_layout.addWidget(self.metadata)
        meta_layout.addWidget(meta_error)
        self.errors.bind("metadata", self.metadata.table, meta_error)
        row.addWidget(meta)
        row.addStretch(1)

    def _build_tools(self, parent: QWidget, columns: QBoxLayout) -> None:
        box = QGroupBox(self.tr("Tools"), parent)
        layout = QVBoxLayout(box)
        self.code_box = QCheckBox(self.tr("Code interpreter"), box)
        self.code_box.setAccessibleName(self.tr("Code interpreter"))
        self.code_box.setToolTip(self.tr("Let the assistant write and run Python code"))
        layout.addWidget(self.code_box)
        self.file_search = FileSearchEditor(self.vm, box)
        layout.addWidget(self.file_search)
        self.errors.bind("file_search", self.file_search.enabled_box, self.file_search.error)
        self._grey_unavailable(
            layout,
            {
                "code_interpreter": (self.code_box, self.code_box),
                "file_search": (self.file_search, self.file_search.enabled_box),
            },
        )
        self.functions = FunctionToolsEditor(self.vm, box)
        functions_label = QLabel(self.tr("F&unctions the assistant may call"), box)
        functions_label.setBuddy(self.functions.list)
        layout.addSpacing(6)
        layout.addWidget(functions_label)
        layout.addWidget(self.functions)
        layout.addStretch(1)  # the room left goes here, or to the function editor while it shows
        self.tools_layout = layout
        fn = self.functions
        self.errors.bind("functions", fn.list, fn.list_error)
        for part, widget, label in (
            ("name", fn.name_edit, fn.name_error),
            ("description", fn.description_edit, fn.description_error),
            ("parameters", fn.parameters.text_edit, fn.parameters_error),
        ):
            key = f"function.{part}"
            self.errors.bind(key, widget, label)
            self.errors.bind_dynamic(key, functools.partial(fn.error_key, part))
        columns.addWidget(box, 1)

    def _grey_unavailable(self, layout: QVBoxLayout, widgets: dict[str, tuple[QWidget, QWidget]]) -> None:
        """Disable what this profile's backend cannot run (``key: (row, its input)``), with the reason
        beside it and as the input's description."""
        for key, (widget, box) in widgets.items():
            reason = self.vm.unavailable_reason(key)
            if not reason:
                continue
            widget.setEnabled(False)
            box.setAccessibleDescription(reason)
            box.setToolTip(reason)
            self.errors.note(key, reason)
            note = QLabel(reason, widget.parentWidget())
            note.setObjectName(f"unavailable_{key}")
            note.setAccessibleName(self.tr("Why {key} is unavailable").format(key=key.replace("_", " ")))
            note.setWordWrap(True)
            layout.insertWidget(layout.indexOf(widget) + 1, note)

    # --- binding -------------------------------------------------------------------------------------

    def _connect(self) -> None:
        vm = self.vm
        self.name_edit.textEdited.connect(lambda t: vm.set_field("name", t))
        self.description_edit.textEdited.connect(lambda t: vm.set_field("description", t))
        self.starters_edit.textChanged.connect(
            lambda: self._set_unless_loading("starters_text", self.starters_edit.toPlainText())
        )
        self.model_combo.currentTextChanged.connect(self._on_model_text)
        self.instructions_edit.textChanged.connect(self._on_instructions)
        self.monospace_box.toggled.connect(self._set_monospace)
        self.temperature.changed.connect(lambda v: vm.set_field("temperature", v))
        self.top_p.changed.connect(lambda v: vm.set_field("top_p", v))
        self.stop_edit.textChanged.connect(
            lambda: self._set_unless_loading("stop_text", self.stop_edit.toPlainText())
        )
        self.seed_edit.textEdited.connect(lambda t: vm.set_field("seed_text", t))
        self.effort_combo.currentIndexChanged.connect(
            lambda i: self._set_unless_loading("reasoning_effort", self.effort_combo.itemData(i))
        )
        self.format_combo.currentIndexChanged.connect(self._on_format)
        self.schema_name_edit.textEdited.connect(lambda t: vm.set_field("schema_name", t))
        self.schema_strict_box.toggled.connect(lambda on: self._set_unless_loading("schema_strict", on))
        self.schema_editor.edited.connect(lambda t: vm.set_field("schema_text", t))
        self.schema_editor.templateRequested.connect(lambda: vm.insert_template("schema_text"))
        self.schema_editor.validateRequested.connect(self._validate_schema)
        self.code_box.toggled.connect(lambda on: self._set_unless_loading("code_interpreter", on))
        self.functions.currentFunctionChanged.connect(self._on_current_function)
        vm.functionsChanged.connect(lambda: self._on_current_function(self.functions.current))
        vm.errorsChanged.connect(self._show_errors)
        vm.validChanged.connect(lambda _v: self._show_errors())
        vm.savingChanged.connect(lambda _s: self._show_errors())
        vm.modelsChanged.connect(self._show_models)
        vm.focusRequested.connect(self._focus_field)
        vm.fieldChanged.connect(self._on_vm_field)
        vm.saved.connect(lambda _d: self.accept())
        vm.closeApproved.connect(self._close)
        vm.errorChanged.connect(lambda _m: self._show_errors())

    def _set_unless_loading(self, key: str, value: object) -> None:
        if not self.loading:
            self.vm.set_field(key, value)

    def load(self) -> None:
        """Show every field of the view-model's draft; "Advanced" is open when the draft uses it."""
        show_draft(self)
        self._show_models()
        self._show_errors()
        self._on_current_function(self.functions.current)
        draft = self.vm.draft
        uses_advanced = (
            draft.temperature is not None
            or draft.top_p is not None
            or bool(draft.stop_text)
            or bool(draft.seed_text)
            or draft.reasoning_effort is not None
            or draft.response_type != "text"
            or bool(draft.metadata)
        )
        if uses_advanced:
            self.advanced.set_expanded(True)

    def _on_current_function(self, index: int) -> None:
        """The function editor shows while a function is chosen (an empty one takes no room), and then
        takes the room left in the tools column."""
        editing = index >= 0
        self.functions.editor.setVisible(editing)
        self.tools_layout.setStretchFactor(self.functions, 1 if editing else 0)
        self.tools_layout.setStretch(self.tools_layout.count() - 1, 0 if editing else 1)
        self._show_errors()

    def _on_model_text(self, text: str) -> None:
        if not self.loading:
            self.vm.set_field("model", text)

    def _on_instructions(self) -> None:
        if not self.loading:
            self.vm.set_field("instructions", self.instructions_edit.toPlainText())

    def _set_monospace(self, on: bool) -> None:
        font = QFontDatabase.systemFont(
            QFontDatabase.SystemFont.FixedFont if on else QFontDatabase.SystemFont.GeneralFont
        )
        self.instructions_edit.setFont(font)

    def _on_format(self, index: int) -> None:
        value = self.format_combo.itemData(index)
        self.schema_box.setVisible(value == "json_schema")
        self._set_unless_loading("response_type", value)

    def _validate_schema(self) -> None:
        check = self.vm.check_schema("schema_text")
        self.schema_editor.show_result(check.ok, check.message, check.line, check.column)

    def _on_vm_field(self, key: str) -> None:
        show_field(self, key)

    def _show_models(self) -> None:
        vm = self.vm
        text = self.model_combo.currentText()
        if vm.models_state == "ready":
            self.loading = True
            try:
                self.model_combo.clear()
                self.model_combo.addItems(vm.models)
                self.model_combo.setEditText(text)
            finally:
                self.loading = False
        messages: dict[str, tuple[str, Tone]] = {
            "loading": (self.tr("Loading models…"), ""),
            "failed": (vm.models_error, "error"),
            "ready": (
                self.tr("%n model(s) available; any other name can be typed.", "", len(vm.models))
                if vm.models
                else "",
                "",
            ),
        }
        message, tone = messages.get(vm.models_state, ("", ""))
        self.model_status.setText(message)
        set_tone(self.model_status, tone)
        self.model_status.setVisible(bool(message))

    def _show_errors(self) -> None:
        vm = self.vm
        visible = vm.visible_errors()
        self.errors.show(visible)
        if not self.advanced.expanded and any(self._in_advanced(key) for key in visible):
            self.advanced.set_expanded(True)  # a problem is never hidden in a closed section
        self.instructions_count.setText(vm.instructions_count())
        self.save_button.setEnabled(vm.valid and not vm.saving)
        if vm.saving:
            set_tone(self.status, "")
            self.status.setText(self.tr("Saving…"))
        elif vm.error_text:
            set_tone(self.status, "error")
            self.status.setText(vm.error_text)
        elif not vm.valid:
            set_tone(self.status, "")
            self.status.setText(self.tr("To save: {first_error}").format(first_error=vm.first_error()))
        else:
            self.status.setText("")

    def _in_advanced(self, key: str) -> bool:
        widget = self.errors.widget(key)
        return widget is not None and self.advanced.content.isAncestorOf(widget)

    def _focus_field(self, key: str) -> None:
        if key == "functions":
            self.functions.focus_first_error()
            return
        widget = self.errors.widget(key)
        if widget is not None:
            if self._in_advanced(key):
                self.advanced.set_expanded(True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(widget)

    # --- leaving -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.vm.models_state == "idle":
            self.vm.request_models()
        self.name_edit.setFocus()

    def reject(self) -> None:
        """Esc / Cancel: discard, after asking when there are unsaved changes."""
        if self.questions.active is None:  # one question at a time
            self.vm.request_close(self.questions)

    def _close(self) -> None:
        super().reject()
