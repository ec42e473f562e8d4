"""The folder flows' questions (``FolderQuestions``), asked through the shared awaitable dialogs: a name,
the folder's settings (name, default assistant, extra instructions), and the "Move to…" picker."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.folders import INSTRUCTIONS_MAX, NAME_MAX, Folder, FolderFilter
from belugadesk.viewmodels.folders.questions import FolderChoice, FolderSettings
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.icons import icon
from belugadesk.views.tone import set_tone


class FolderSettingsDialog(QDialog):
    """A folder's name, the assistant New chat preselects in it, and the instructions added to its replies."""

    def __init__(self, folder: Folder, assistants: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Folder settings"))
        self.setAccessibleName(self.tr("Folder settings"))
        self.name_edit = QLineEdit(folder.name, self)
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Folder name"))
        self.assistant_combo = QComboBox(self)
        self.assistant_combo.setAccessibleName(self.tr("Default assistant"))
        self.assistant_combo.setToolTip(
            self.tr("New chats started while this folder is selected use this assistant")
        )
        self.assistant_combo.addItem(self.tr("None (the assistant chosen in the sidebar)"), None)
        for assistant_id, name in assistants:
            self.assistant_combo.addItem(name, assistant_id)
        found = self.assistant_combo.findData(folder.default_assistant_id)
        self.assistant_combo.setCurrentIndex(max(found, 0))
        self.instructions_edit = QPlainTextEdit(folder.extra_instructions, self)
        self.instructions_edit.setAccessibleName(self.tr("Extra instructions"))
        self.instructions_edit.setTabChangesFocus(True)
        self.instructions_edit.setPlaceholderText(self.tr("e.g. Answer in British English and cite sources."))
        hint = QLabel(
            self.tr(
                "Added after the assistant's own instructions in every reply of the threads in this folder "
                "(and its subfolders)."
            ),
            self,
        )
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Problem with the folder settings"))
        set_tone(self.problem, "error")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Default &assistant:"), self.assistant_combo)
        form.addRow(self.tr("Extra &instructions:"), self.instructions_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._check)
        self.instructions_edit.textChanged.connect(self._check)
        self.resize(460, 360)

    def _check(self, *_args: object) -> None:
        problem = ""
        if not self.name_edit.text().strip():
            problem = self.tr("A folder needs a name.")
        elif len(self.instructions_edit.toPlainText()) > INSTRUCTIONS_MAX:
            problem = self.tr("The instructions are too long.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def settings(self) -> FolderSettings:
        return FolderSettings(
            name=self.name_edit.text(),
            default_assistant_id=self.assistant_combo.currentData(),
            extra_instructions=self.instructions_edit.toPlainText(),
        )


class FolderPickerDialog(QDialog):
    """ "Move to…": type to narrow the folders, arrows to choose, Enter to move."""

    KeyRole = Qt.ItemDataRole.UserRole + 1
    CurrentRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, choices: list[FolderChoice], current: FolderFilter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to folder"))
        self.setAccessibleName(self.tr("Move to folder"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName(self.tr("Find a folder"))
        self.filter_edit.setPlaceholderText(self.tr("Type to find a folder"))
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Folders"))
        self.list.setIconSize(QSize(16, 16))
        for choice in choices:
            label = (
                choice.label if choice.key != current else self.tr("{name} (now)").format(name=choice.label)
            )
            item = QListWidgetItem(
                icon("folder-none" if choice.key == "none" else "folder"), label, self.list
            )
            item.setData(self.KeyRole, choice.key)
            item.setData(Qt.ItemDataRole.UserRole, choice.label)
            item.setData(self.CurrentRole, choice.key == current)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.filter_edit.textChanged.connect(self._narrow)
        self.filter_edit.installEventFilter(self)
        self._narrow("")
        self.filter_edit.setFocus()
        self.resize(320, 360)

    def _narrow(self, text: str) -> None:
        """Show the places whose name holds ``text``; choose the first that is not the thread's own."""
        needle = text.strip().casefold()
        shown = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in str(item.data(Qt.ItemDataRole.UserRole)).casefold()
            item.setHidden(hidden)
            if not hidden:
                shown.append(item)
        first = next((i for i in shown if not i.data(self.CurrentRole)), shown[0] if shown else None)
        if first is not None:
            self.list.setCurrentItem(first)
        else:
            self.list.setCurrentRow(-1)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(first is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the list, so typing and choosing need no Tab."""
        if (
            watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ) and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            visible = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
            if visible:
                at = self.list.currentRow()
                index = visible.index(at) if at in visible else 0
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.list.setCurrentRow(visible[max(0, min(len(visible) - 1, index + step))])
            return True
        return super().eventFilter(watched, event)

    @property
    def chosen(self) -> FolderFilter | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else str(item.data(self.KeyRole))


class FolderDialogs(Questions):
    """The questions the folder flows ask; tests answer them through ``active``."""

    async def folder_name(self, title: str, label: str, initial: str = "") -> str | None:
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(initial)
        dialog.setAccessibleName(title)
        if await self.ask(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    async def folder_settings(
        self, folder: Folder, assistants: list[tuple[str, str]]
    ) -> FolderSettings | None:
        dialog = FolderSettingsDialog(folder, assistants, self.parent)
        if await self.ask(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.settings()

    async def pick_folder(self, choices: list[FolderChoice], current: FolderFilter) -> FolderFilter | None:
        dialog = FolderPickerDialog(choices, current, self.parent)
        if await self.ask(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen
