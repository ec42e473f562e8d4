"""The small form that fills a prompt's ``{{variables}}`` before it is inserted: one field per variable, in
the order they first appear, each opened with its default."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from belugadesk.domain.prompts import Variable


class VariablesForm(QDialog):
    def __init__(self, title: str, variables: Sequence[Variable], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill in the prompt"))
        self.setAccessibleName(self.tr("Fill in the prompt"))
        intro = QLabel(
            self.tr("“{title}” has blanks to fill in before it goes into the message box.").format(
                title=title
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for variable in variables:
            field = QLineEdit(variable.default, self)
            field.setAccessibleName(variable.name)
            field.setPlaceholderText(variable.default)
            label = QLabel(self.tr("{name}:").format(name=variable.name), self)
            label.setBuddy(field)
            form.addRow(label, field)
            self.fields[variable.name] = field
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        insert = self.buttons.addButton(self.tr("Insert"), QDialogButtonBox.ButtonRole.AcceptRole)
        insert.setAccessibleName(self.tr("Insert the prompt"))
        insert.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if self.fields:
            first = next(iter(self.fields.values()))
            first.setFocus()
            first.selectAll()
        self.resize(max(360, self.sizeHint().width()), self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {name: field.text() for name, field in self.fields.items()}
