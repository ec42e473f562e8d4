"""The profile form shared by onboarding and the profile editor: the provider (a preset), the fields it needs
(each with its error shown under it), the masked key with Show/Hide, the context budgets (Chat Completions),
the proxy, and Test connection with the table of the APIs the server speaks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.capabilities import ProbeReport
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.viewmodels.settings.profile_form_vm import (
    BACKENDS,
    MIN_CONTEXT_BUDGET,
    PROVIDERS,
    ProfileFormViewModel,
)
from belugadesk.views.settings.budget_editor import BudgetEditor
from belugadesk.views.tone import set_tone

_LABELS = {
    "name": QT_TRANSLATE_NOOP("ProfileForm", "Profile &name"),
    "key": QT_TRANSLATE_NOOP("ProfileForm", "API &key"),
    "backend": QT_TRANSLATE_NOOP("ProfileForm", "&Backend"),
    "base_url": QT_TRANSLATE_NOOP("ProfileForm", "Base &URL"),
    "azure_endpoint": QT_TRANSLATE_NOOP("ProfileForm", "&Endpoint"),
    "api_version": QT_TRANSLATE_NOOP("ProfileForm", "API &version"),
    "deployments": QT_TRANSLATE_NOOP("ProfileForm", "&Deployments"),
    "organization": QT_TRANSLATE_NOOP("ProfileForm", "&Organization"),
    "project": QT_TRANSLATE_NOOP("ProfileForm", "Pro&ject"),
    "proxy": QT_TRANSLATE_NOOP("ProfileForm", "Pro&xy"),
    "context_budgets": QT_TRANSLATE_NOOP("ProfileForm", "Context bud&gets"),
}
_TIPS = {
    "name": QT_TRANSLATE_NOOP("ProfileForm", "A name to tell this profile apart from others"),
    "key": QT_TRANSLATE_NOOP(
        "ProfileForm",
        "The secret API key from your provider's dashboard; it is stored in the system keyring only",
    ),
    "backend": QT_TRANSLATE_NOOP("ProfileForm", "Which OpenAI API family conversations use"),
    "base_url": QT_TRANSLATE_NOOP(
        "ProfileForm",
        "The server's API address, e.g. http://localhost:8000/v1 (OpenAI: empty means the default)",
    ),
    "azure_endpoint": QT_TRANSLATE_NOOP(
        "ProfileForm", "Your Azure OpenAI resource, e.g. https://my-resource.openai.azure.com"
    ),
    "api_version": QT_TRANSLATE_NOOP(
        "ProfileForm", "The Azure OpenAI api-version, e.g. 2025-04-01-preview or v1"
    ),
    "deployments": QT_TRANSLATE_NOOP(
        "ProfileForm", "One per line: model = deployment-name (used when an assistant names that model)"
    ),
    "organization": QT_TRANSLATE_NOOP("ProfileForm", "Optional OpenAI organization id (org-…)"),
    "project": QT_TRANSLATE_NOOP("ProfileForm", "Optional OpenAI project id (proj_…)"),
    "proxy": QT_TRANSLATE_NOOP(
        "ProfileForm",
        "Optional HTTP(S) proxy every request of this profile goes through, e.g. http://proxy:3128",
    ),
    "context_budgets": QT_TRANSLATE_NOOP(
        "ProfileForm",
        "How many tokens of a thread each model is sent (older turns are left out beyond it); a model not "
        "listed gets a default. At least {minimum} tokens",
    ),
}
_PLACEHOLDERS = {
    "key": "sk-…",
    "base_url": "https://api.openai.com/v1",
    "azure_endpoint": "https://my-resource.openai.azure.com",
    "deployments": "gpt-4.1-mini = my-gpt41-mini",
    "organization": QT_TRANSLATE_NOOP("ProfileForm", "optional"),
    "project": QT_TRANSLATE_NOOP("ProfileForm", "optional"),
    "proxy": QT_TRANSLATE_NOOP("ProfileForm", "optional, e.g. http://proxy.example.com:3128"),
}


class ProfileForm(QWidget):
    """Binds a :class:`ProfileFormViewModel`; the provider choice is hidden for the demo profile."""

    def __init__(self, vm: ProfileFormViewModel, parent: QWidget | None = None, *, show_test: bool = True):
        super().__init__(parent)
        self.vm = vm
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rows: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}

        self.provider = QComboBox(self)
        for kind, label in PROVIDERS:
            self.provider.addItem(label, kind)
        self.provider.setAccessibleName(self.tr("Provider"))
        self.provider.setToolTip(
            self.tr(
                "Who runs the server: fills in its address, whether it needs a key, and a backend it speaks"
            )
        )
        provider_label = QLabel(self.tr("&Provider"), self)
        provider_label.setBuddy(self.provider)
        self.form.addRow(provider_label, self.provider)
        self.provider_label = provider_label

        self.inputs: dict[str, QWidget] = {}
        for name in ("name", "key", "base_url", "azure_endpoint", "api_version", "deployments"):
            self._add_row(name)
        for name in ("organization", "project", "backend", "context_budgets", "proxy"):
            self._add_row(name)
        self.general_error = self._error_label("__all__")

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.setToolTip(
            self.tr("List the server's models with this key, without saving anything")
        )
        self.test_result = QLabel(self)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        self.probe_table = self._probe_table()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        if show_test:
            layout.addLayout(test_row)
            layout.addWidget(self.probe_table)
        else:
            self.test_button.hide()
            self.test_result.hide()
        layout.addStretch(1)

        self._load()
        self.provider.currentIndexChanged.connect(self._on_provider)
        self.test_button.clicked.connect(self._on_test)
        vm.presetChanged.connect(self._on_preset_changed)
        vm.backendChanged.connect(self._show_backend)
        vm.probeFinished.connect(self._show_probe)
        vm.fieldErrorsChanged.connect(self._show_errors)
        vm.keyStatusChanged.connect(self.key_status.setText)
        vm.testFinished.connect(self._on_test_finished)
        vm.busyChanged.connect(self._on_busy)
        self._show_fields()

    # --- building -----------------------------------------------------------------------------------

    def _probe_table(self) -> QTableWidget:
        table = QTableWidget(0, 2, self)
        table.setObjectName("probe_table")
        table.setAccessibleName(self.tr("APIs the server speaks"))
        table.setHorizontalHeaderLabels([self.tr("API"), self.tr("Speaks it")])
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.hide()
        return table

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error_{name}")
        label.setAccessibleName(
            self.tr("{field} error").format(
                field=self.tr(_LABELS.get(name, QT_TRANSLATE_NOOP("ProfileForm", "Profile"))).replace("&", "")
            )
        )
        set_tone(label, "error")
        label.setWordWrap(True)
        label.hide()
        self.error_labels[name] = label
        return label

    def _add_row(self, name: str) -> None:
        plain = self.tr(_LABELS[name]).replace("&", "")
        widget: QWidget
        if name == "backend":
            combo = QComboBox(self)
            for value, text in BACKENDS:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self._on_backend_chosen)
            widget = self.backend_combo = combo
            editor: QWidget = combo
        elif name == "context_budgets":
            self.budget_editor = BudgetEditor(self.vm.budgets, self)
            widget, editor = self.budget_editor, self.budget_editor.table
        elif name == "api_version":
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(list(self.vm.api_versions))
            combo.currentTextChanged.connect(lambda text: self.vm.set_value("api_version", text))
            widget = self.api_version_combo = combo
            editor = combo
        elif name == "deployments":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.setPlaceholderText(self.tr(_PLACEHOLDERS[name]))
            edit.textChanged.connect(lambda: self.vm.set_value("deployments", edit.toPlainText()))
            widget = self.deployments_edit = edit
            editor = edit
        elif name == "key":
            widget, editor = self._key_widget()
        else:
            line = QLineEdit(self)
            line.setPlaceholderText(self.tr(_PLACEHOLDERS.get(name, "")))
            line.textEdited.connect(lambda text, n=name: self.vm.set_value(n, text))
            widget = editor = line
        editor.setAccessibleName(plain)
        editor.setToolTip(self.tr(_TIPS[name]).format(minimum=MIN_CONTEXT_BUDGET))
        self.inputs[name] = editor
        label = QLabel(self.tr(_LABELS[name]), self)
        label.setBuddy(editor)
        column = QWidget(self)
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self._error_label(name))
        self.form.addRow(label, column)
        self.rows[name] = column
        self.labels[name] = label

    def _key_widget(self) -> tuple[QWidget, QWidget]:
        holder = QWidget(self)
        line = QLineEdit(holder)
        line.setEchoMode(QLineEdit.EchoMode.Password)
        line.setPlaceholderText(_PLACEHOLDERS["key"])
        line.textEdited.connect(self.vm.set_key)
        self.key_edit = line
        self.show_key = QToolButton(holder)
        self.show_key.setText(self.tr("Show"))
        self.show_key.setCheckable(True)
        self.show_key.setAccessibleName(self.tr("Show API key"))
        self.show_key.setToolTip(self.tr("Show or hide the API key you typed"))
        self.show_key.toggled.connect(self._on_show_key)
        self.key_status = QLabel(holder)
        self.key_status.setAccessibleName(self.tr("Where the API key is stored"))
        self.key_status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(line, 1)
        row.addWidget(self.show_key)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.key_status)
        return holder, line

    def _load(self) -> None:
        vm = self.vm
        self.provider.setCurrentIndex(max(0, self.provider.findData(vm.preset_id)))
        for name in ("name", "base_url", "azure_endpoint", "organization", "project", "proxy"):
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            edit.setText(vm.value(name))
        self.api_version_combo.setCurrentText(vm.value("api_version"))
        self.deployments_edit.setPlainText(vm.value("deployments"))
        self._show_backend(vm.backend)
        self.key_status.setText(vm.key_status)

    # --- reacting -----------------------------------------------------------------------------------

    def _on_provider(self, _index: int) -> None:
        self.vm.set_preset(str(self.provider.currentData()))

    def _on_preset_changed(self, _preset: str) -> None:
        for field in ("name", "base_url"):
            edit = self.inputs[field]
            assert isinstance(edit, QLineEdit)
            if edit.text() != self.vm.value(field):
                edit.setText(self.vm.value(field))
        self.key_status.setText(self.vm.key_status)
        self.test_result.clear()
        self.probe_table.hide()
        self._show_fields()
        self._grow_window()

    def _on_backend_chosen(self, _index: int) -> None:
        self.vm.set_backend(str(self.backend_combo.currentData()))
        self._show_fields()  # the context budgets show on Chat Completions only

    def _show_backend(self, backend: str) -> None:
        self.backend_combo.setCurrentIndex(max(0, self.backend_combo.findData(backend)))
        self._show_fields()

    def _show_probe(self, report: ProbeReport) -> None:
        rows = report.rows()
        table = self.probe_table
        table.setRowCount(len(rows))
        for row, (api, answer) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(api))
            table.setItem(row, 1, QTableWidgetItem(answer))
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height + 2 * table.frameWidth())
        table.setAccessibleDescription("; ".join(f"{api}: {answer}" for api, answer in rows))
        table.show()
        self._grow_window()

    def _grow_window(self) -> None:
        """Make the window tall enough for rows that appeared (Qt does not grow a window whose layout has
        word-wrapped labels, so the rows would be squeezed instead)."""
        window = self.window()
        layout = window.layout()
        if layout is None or window is self:
            return
        layout.activate()
        needed = max(window.sizeHint().height(), layout.totalHeightForWidth(window.width()))
        if window.height() < needed:
            window.resize(window.width(), needed)

    def _show_fields(self) -> None:
        visible = set(self.vm.visible_fields())
        base_url = self.inputs["base_url"]
        assert isinstance(base_url, QLineEdit)
        compatible = self.vm.kind == "compatible"
        base_url.setPlaceholderText("http://localhost:8000/v1" if compatible else _PLACEHOLDERS["base_url"])
        demo = self.vm.kind == "demo"
        self.provider.setVisible(not demo)
        self.provider_label.setVisible(not demo)
        for name, row in self.rows.items():
            self.form.setRowVisible(row, name in visible)

    def _on_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)

    def _on_show_key(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_key.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.show_key.setAccessibleName(self.tr("Hide API key") if shown else self.tr("Show API key"))

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.error_labels.items():
            message = errors.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
        first = next((n for n in self.vm.visible_fields() if n in errors), None)
        if first is not None:
            self.inputs[first].setFocus()

    def _on_test(self) -> None:
        set_tone(self.test_result, "")
        self.test_result.setText(self.tr("Testing…"))
        self.vm.request_test()

    def _on_test_finished(self, ok: bool, message: str) -> None:
        set_tone(self.test_result, "success" if ok else "error")
        self.test_result.setText(message)

    def clear_key(self) -> None:
        """Forget a typed key (widget and view-model), e.g. once the dialog closes."""
        self.key_edit.clear()
        self.vm.set_key("")
