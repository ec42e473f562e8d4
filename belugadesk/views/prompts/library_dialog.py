"""The prompt library window: search (title, text, tags), a tag filter, the list with the chosen prompt's
text beside it; Insert puts the prompt into the message box (its variables filled first), Add, Edit,
Delete, Import and Export manage the library."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.prompts import SavedPrompt
from belugadesk.viewmodels.prompts.library_vm import PromptLibraryViewModel
from belugadesk.views.prompts.insertion import insert_prompt
from belugadesk.views.prompts.prompt_list import PromptList
from belugadesk.views.prompts.questions import PromptDialogs
from belugadesk.views.tone import set_tone


class PromptLibraryDialog(QDialog):
    def __init__(self, vm: PromptLibraryViewModel, box: QPlainTextEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.box = box  # where Insert puts a prompt
        self.ask = PromptDialogs(self)
        self.setWindowTitle(self.tr("Prompt library"))
        self.setAccessibleName(self.tr("Prompt library"))

        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search prompts"))
        self.search.setPlaceholderText(self.tr("Search titles, text and tags"))
        self.search.setClearButtonEnabled(True)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.list = PromptList(self)
        self.list.setAccessibleName(self.tr("Prompts"))
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Prompt text"))
        self.preview.setTabChangesFocus(True)
        self.tags_label = QLabel(self)
        self.tags_label.setAccessibleName(self.tr("Tags of the prompt"))
        set_tone(self.tags_label, "muted")
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.tags_label)
        detail_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([260, 400])
        splitter.setChildrenCollapsible(False)

        self.add_button = self._button(self.tr("&Add…"), self.tr("Add a prompt"), self._add)
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Edit the prompt"), self._edit)
        self.delete_button = self._button(self.tr("&Delete…"), self.tr("Delete the prompt"), self._delete)
        self.import_button = self._button(self.tr("&Import…"), self.tr("Import prompts"), self._import)
        self.export_button = self._button(self.tr("E&xport…"), self.tr("Export prompts"), self._export)
        self.insert_button = self._button(
            self.tr("I&nsert"), self.tr("Insert into the message box"), self._insert
        )
        self.insert_button.setProperty("primary", True)
        self.insert_button.setDefault(True)
        self.close_button = self._button(self.tr("Close"), self.tr("Close the prompt library"), self.close)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.tag_filter)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.import_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(720, 460)

        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.list, self._delete)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        to_list = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.list.setFocus)
        to_list.setContext(Qt.ShortcutContext.WidgetShortcut)  # from the search, Down goes to the list
        self.search.textChanged.connect(vm.set_query)
        self.tag_filter.currentIndexChanged.connect(self._on_tag)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemActivated.connect(lambda _item: self._insert())
        vm.promptsChanged.connect(self._fill)
        vm.statusMessage.connect(self._say)
        vm.errorChanged.connect(self._show_error)
        self.search.setText(vm.query)
        self._fill()
        if not vm.loaded:
            vm.request_refresh()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- showing the library ------------------------------------------------------------------------

    def _fill(self) -> None:
        self._fill_tags()
        self.list.set_prompts(self.vm.visible, lambda prompt: prompt.title)
        self._show_current()

    def _fill_tags(self) -> None:
        wanted = ["", *self.vm.tags]
        present = [self.tag_filter.itemData(i) for i in range(self.tag_filter.count())]
        if present != wanted:
            self.tag_filter.blockSignals(True)
            self.tag_filter.clear()
            self.tag_filter.addItem(self.tr("All tags"), "")
            for tag in self.vm.tags:
                self.tag_filter.addItem(tag, tag)
            self.tag_filter.blockSignals(False)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(self.vm.tag)))

    def _on_tag(self, index: int) -> None:
        self.vm.set_tag(self.tag_filter.itemData(index) or "")

    def current(self) -> SavedPrompt | None:
        return self.list.current_prompt()

    def titles(self) -> list[str]:
        return self.list.titles()

    def _show_current(self) -> None:
        prompt = self.current()
        self.preview.setPlainText(prompt.body if prompt else "")
        tags = ", ".join(prompt.tags) if prompt else ""
        self.tags_label.setText(self.tr("Tags: {tags}").format(tags=tags) if tags else self.tr("No tags"))
        for button in (self.edit_button, self.delete_button, self.insert_button):
            button.setEnabled(prompt is not None)

    def _say(self, text: str) -> None:
        set_tone(self.status, "success")
        self.status.setText(text)

    def _show_error(self, text: str) -> None:
        if text:
            set_tone(self.status, "error")
            self.status.setText(text)

    # --- actions ------------------------------------------------------------------------------------

    def _add(self) -> None:
        self.vm.request_edit(None, self.ask)

    def _edit(self) -> None:
        if (prompt := self.current()) is not None:
            self.vm.request_edit(prompt, self.ask)

    def _delete(self) -> None:
        if (prompt := self.current()) is not None:
            self.vm.request_delete(prompt, self.ask)

    def _import(self) -> None:
        self.vm.request_import(self.ask)

    def _export(self) -> None:
        self.vm.request_export(self.ask)

    def _insert(self) -> None:
        if (prompt := self.current()) is None:
            return
        box = self.box

        def put(text: str) -> None:
            self.close()
            box.window().activateWindow()
            insert_prompt(box, text)

        self.vm.request_insert(prompt, self.ask, put)
