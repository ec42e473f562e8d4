"""Adding or editing a saved prompt: its title, its text (with ``{{variables}}``) and its tags."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.prompts import SavedPrompt, clean_tags
from belugadesk.views.tone import set_tone


class PromptEditDialog(QDialog):
    def __init__(self, prompt: SavedPrompt | None, tags: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.original = prompt
        heading = self.tr("Edit prompt") if prompt else self.tr("New prompt")
        self.setWindowTitle(heading)
        self.setAccessibleName(heading)
        self.title_edit = QLineEdit(prompt.title if prompt else "", self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.body_edit = QPlainTextEdit(prompt.body if prompt else "", self)
        self.body_edit.setAccessibleName(self.tr("Prompt text"))
        self.body_edit.setTabChangesFocus(True)
        self.tags_edit = QLineEdit(", ".join(prompt.tags) if prompt else "", self)
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("writing, code"))
        completer = QCompleter(list(tags), self.tags_edit)
        self.tags_edit.setCompleter(completer)
        hint = QLabel(
            self.tr(
                "Write {{name}} for a blank filled in when the prompt is inserted, {{name|default}} to give "
                "it a default, and \\{{ for two literal braces. Tags are separated by commas."
            ),
            self,
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        form = QFormLayout()
        for text, field in (
            (self.tr("&Title:"), self.title_edit),
            (self.tr("Te&xt:"), self.body_edit),
            (self.tr("T&ags:"), self.tags_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save prompt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update)
        self.body_edit.textChanged.connect(self._update)
        self._update()
        self.resize(560, 420)

    def _update(self) -> None:
        ready = bool(self.title_edit.text().strip() and self.body_edit.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    def prompt(self) -> SavedPrompt:
        fields = {
            "title": self.title_edit.text(),
            "body": self.body_edit.toPlainText(),
            "tags": clean_tags(self.tags_edit.text()),
        }
        if self.original is None:
            return SavedPrompt.model_validate(fields)
        return SavedPrompt.model_validate({**self.original.model_dump(), **fields})
