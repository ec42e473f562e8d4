"""Tool editors of the assistant form: file search (vector store) and the list of function tools."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel, function_field
from belugadesk.views.assistants.field import error_label
from belugadesk.views.assistants.schema_editor import SchemaEditor
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.tone import set_tone

CHAT_FILES_ONLY = QT_TRANSLATE_NOOP("FileSearchEditor", "None: only files attached in the chat")


class FileSearchEditor(QWidget):
    """The file-search checkbox, the vector store it searches, and buttons to create one or add files."""

    def __init__(self, vm: AssistantFormViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.stores = vm.vector_stores
        self.questions = Questions(self)  # the store's name, the files to add
        self.enabled_box = QCheckBox(self.tr("File search"), self)
        self.enabled_box.setAccessibleName(self.tr("File search"))
        self.enabled_box.setToolTip(
            self.tr(
                "Let the assistant search the files attached in the chat, and a vector store if you choose "
                "one"
            )
        )
        self.store_combo = QComboBox(self)
        self.store_combo.setAccessibleName(self.tr("Vector store"))
        self.store_combo.setToolTip(
            self.tr(
                "A vector store searched in every chat; without one, file search looks in the chat's "
                "attachments"
            )
        )
        self.store_combo.setMinimumWidth(200)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh vector stores"))
        self.refresh_button.setToolTip(self.tr("Load the vector stores of this profile's account"))
        self.create_button = QPushButton(self.tr("New…"), self)
        self.create_button.setAccessibleName(self.tr("Create vector store"))
        self.create_button.setToolTip(self.tr("Create a new vector store on the server"))
        self.add_files_button = QPushButton(self.tr("Add files…"), self)
        self.add_files_button.setAccessibleName(self.tr("Add files to vector store"))
        self.add_files_button.setToolTip(self.tr("Upload files into the chosen vector store"))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Vector store status"))
        self.status.setWordWrap(True)
        self.error = error_label(self, self.tr("File search"))
        self.stores_error = QLabel(self)
        set_tone(self.stores_error, "error")
        self.stores_error.setWordWrap(True)
        self.stores_error.setAccessibleName(self.tr("Vector store error"))
        self.stores_error.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.store_combo, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.create_button)
        row.addWidget(self.add_files_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.stores_error)
        layout.addWidget(self.error)

        self.enabled_box.toggled.connect(self._on_toggled)
        self.store_combo.activated.connect(self._on_chosen)
        self.refresh_button.clicked.connect(self.stores.request_load)
        self.create_button.clicked.connect(self._create)
        self.add_files_button.clicked.connect(self._add_files)
        self.stores.storesChanged.connect(self.show_stores)
        self.stores.statusChanged.connect(self.status.setText)
        self.stores.errorChanged.connect(self._show_stores_error)
        self.stores.busyChanged.connect(lambda _busy: self._enable())

    def load(self) -> None:
        self.enabled_box.setChecked(self.vm.draft.file_search)
        self.show_stores()
        self._enable()

    def show_stores(self) -> None:
        chosen = self.vm.vector_store_id
        self.store_combo.clear()
        self.store_combo.addItem(self.tr(CHAT_FILES_ONLY), "")
        for info in self.stores.stores:
            self.store_combo.addItem(info.label, info.id)
        if chosen and self.store_combo.findData(chosen) < 0:
            self.store_combo.addItem(self.stores.label_of(chosen), chosen)
        self.store_combo.setCurrentIndex(max(0, self.store_combo.findData(chosen)))
        self._enable()

    def _show_stores_error(self, message: str) -> None:
        self.stores_error.setText(message)
        self.stores_error.setVisible(bool(message))

    def _enable(self) -> None:
        on = self.enabled_box.isChecked()
        idle = not self.stores.busy
        for widget in (self.store_combo, self.refresh_button, self.create_button):
            widget.setEnabled(on and idle)
        self.add_files_button.setEnabled(on and idle and bool(self.vm.vector_store_id))

    def _on_toggled(self, on: bool) -> None:
        self.vm.set_field("file_search", on)
        self._enable()
        if on and not self.stores.loaded and not self.stores.busy:
            self.stores.request_load()

    def _on_chosen(self, index: int) -> None:
        self.vm.set_field("vector_store_id", self.store_combo.itemData(index) or "")
        self._enable()

    def _create(self) -> None:
        self.stores.request_create(self.questions)

    def _add_files(self) -> None:
        self.stores.request_add_files(self.vm.vector_store_id, self.questions)


class FunctionToolsEditor(QWidget):
    """The function tools as a list (Add/Remove) and an editor for the selected one."""

    currentFunctionChanged = Signal(int)

    def __init__(self, vm: AssistantFormViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.current = -1
        self.list = QListView(self)
        self.list.setModel(vm.functions)
        self.list.setAccessibleName(self.tr("Function tools"))
        self.list.setToolTip(self.tr("Functions the assistant may call; choose one to edit it"))
        self.list.setMaximumHeight(72)
        self.add_button = QPushButton(self.tr("Add function"), self)
        self.add_button.setAccessibleName(self.tr("Add function tool"))
        self.add_button.setToolTip(self.tr("Add a function the assistant can call"))
        self.remove_button = QPushButton(self.tr("Remove function"), self)
        self.remove_button.setAccessibleName(self.tr("Remove function tool"))
        self.remove_button.setToolTip(self.tr("Remove the selected function"))
        self.list_error = error_label(self, self.tr("Function tools"))

        self.editor = QWidget(self)
        self.name_edit = QLineEdit(self.editor)
        self.name_edit.setAccessibleName(self.tr("Function name"))
        self.name_edit.setToolTip(self.tr("1–64 letters, digits, underscores or hyphens"))
        self.name_edit.setPlaceholderText("get_weather")
        self.name_error = error_label(self.editor, self.tr("Function name"))
        self.description_edit = QLineEdit(self.editor)
        self.description_edit.setAccessibleName(self.tr("Function description"))
        self.description_edit.setToolTip(
            self.tr("What the function does; the model reads this to decide when to call it")
        )
        self.description_error = error_label(self.editor, self.tr("Function description"))
        self.strict_box = QCheckBox(self.tr("Strict (arguments always match the schema)"), self.editor)
        self.strict_box.setAccessibleName(self.tr("Function strict mode"))
        self.strict_box.setToolTip(
            self.tr("Strict mode needs every property required and additionalProperties false")
        )
        self.parameters = SchemaEditor(self.tr("Function parameters"), self.editor)
        self.parameters_error = error_label(self.editor, self.tr("Function parameters"))

        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Functi&on name"), _stack(self.name_edit, self.name_error))
        form.addRow(self.tr("Function description"), _stack(self.description_edit, self.description_error))
        form.addRow("", self.strict_box)
        form.addRow(self.tr("Parameters"), _stack(self.parameters, self.parameters_error))
        _buddy(form, self.name_edit, self.description_edit)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.list_error)
        layout.addWidget(self.editor)

        self._loading = False
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(lambda: self.vm.remove_function(self.current))
        self.list.selectionModel().currentChanged.connect(self._on_current)
        vm.functionsChanged.connect(self._on_functions_reset)
        vm.fieldChanged.connect(self._on_vm_field)
        self.name_edit.textEdited.connect(lambda t: self._set("name", t))
        self.description_edit.textEdited.connect(lambda t: self._set("description", t))
        self.strict_box.toggled.connect(lambda on: self._set("strict", on))
        self.parameters.edited.connect(lambda t: self._set("parameters_text", t))
        self.parameters.templateRequested.connect(lambda: self.vm.insert_template("parameters", self.current))
        self.parameters.validateRequested.connect(self._validate)
        self._on_functions_reset()

    def error_key(self, part: str) -> str:
        return function_field(self.current, part) if self.current >= 0 else ""

    def select(self, index: int) -> None:
        if 0 <= index < self.vm.functions.rowCount():
            self.list.setCurrentIndex(self.vm.functions.index(index))

    def focus_first_error(self) -> None:
        """Select the first function with an error and focus its first invalid field."""
        for i in range(len(self.vm.draft.functions)):
            for part, widget in (
                ("name", self.name_edit),
                ("description", self.description_edit),
                ("parameters", self.parameters.text_edit),
            ):
                if function_field(i, part) in self.vm.errors:
                    self.select(i)
                    widget.setFocus()
                    return
        self.list.setFocus()

    def _set(self, part: str, value: object) -> None:
        if not self._loading and self.current >= 0:
            self.vm.set_function_field(self.current, part, value)

    def _add(self) -> None:
        index = self.vm.add_function()
        self.select(index)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _on_functions_reset(self) -> None:
        count = self.vm.functions.rowCount()
        target = min(self.current, count - 1) if self.current >= 0 else (0 if count else -1)
        self.current = -1
        if target >= 0:
            self.select(target)
        self._show_current(target)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current(current.row() if current.isValid() else -1)

    def _show_current(self, index: int) -> None:
        changed = index != self.current
        self.current = index
        self._loading = True
        try:
            fn = self.vm.draft.functions[index] if 0 <= index < len(self.vm.draft.functions) else None
            if self.name_edit.text() != (fn.name if fn else ""):
                self.name_edit.setText(fn.name if fn else "")
            if self.description_edit.text() != (fn.description if fn else ""):
                self.description_edit.setText(fn.description if fn else "")
            self.strict_box.setChecked(fn.strict if fn else False)
            self.parameters.set_text(fn.parameters_text if fn else "")
        finally:
            self._loading = False
        self.editor.setEnabled(fn is not None)
        self.remove_button.setEnabled(fn is not None)
        if changed:
            self.currentFunctionChanged.emit(index)

    def _on_vm_field(self, key: str) -> None:
        if self.current >= 0 and key.startswith(f"functions.{self.current}."):
            self._show_current(self.current)

    def _validate(self) -> None:
        if self.current >= 0:
            check = self.vm.check_schema("parameters", self.current)
            self.parameters.show_result(check.ok, check.message, check.line, check.column)


def _stack(widget: QWidget, error: QLabel) -> QWidget:
    holder = QWidget(widget.parentWidget())
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return holder


def _buddy(form: QFormLayout, *widgets: QWidget) -> None:
    """Give each row label its field as buddy, so the label's mnemonic focuses the field."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None or not isinstance(label.widget(), QLabel):
            continue
        holder = field.widget()
        for widget in widgets:
            if holder is widget or (holder is not None and holder.isAncestorOf(widget)):
                label_widget = label.widget()
                assert isinstance(label_widget, QLabel)
                label_widget.setBuddy(widget)
