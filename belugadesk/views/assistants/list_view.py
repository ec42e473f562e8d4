"""The assistant library pane: search, sort, the list with tool badges, and the actions on an assistant."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.viewmodels.assistants.list_vm import SORT_LABELS, AssistantListViewModel
from belugadesk.viewmodels.assistants.remote_import_vm import RemoteImportViewModel
from belugadesk.views.assistants.delegate import AssistantDelegate
from belugadesk.views.assistants.form_dialog import AssistantFormDialog
from belugadesk.views.assistants.remote_dialog import RemoteImportDialog
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.tone import set_tone

JSON_FILTER = QT_TRANSLATE_NOOP("AssistantDialogs", "BelugaDesk assistant (*.json);;All files (*)")


class AssistantDialogs(Questions):
    """The questions the assistant list's flows ask (``AssistantQuestions``)."""

    async def confirm_delete(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("AssistantDialogs", "Delete assistant?"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.parent.window(),
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(QCoreApplication.translate("AssistantDialogs", "Delete"))
        yes.setAccessibleName(QCoreApplication.translate("AssistantDialogs", "Delete assistant"))
        await self.ask(box)
        return box.clickedButton() is yes

    async def export_path(self, suggested_name: str) -> Path | None:
        return await self.save_path(
            QCoreApplication.translate("AssistantDialogs", "Export assistant"),
            Path.home() / suggested_name,
            QCoreApplication.translate("AssistantDialogs", JSON_FILTER),
            "json",
        )

    async def import_path(self) -> Path | None:
        return await self.open_path(
            QCoreApplication.translate("AssistantDialogs", "Import assistant"),
            QCoreApplication.translate("AssistantDialogs", JSON_FILTER),
        )


class AssistantListPane(QWidget):
    """Binds to ``AssistantListViewModel``; ``actions`` are shared with the window's Assistant menu."""

    def __init__(self, vm: AssistantListViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.dialog: AssistantFormDialog | None = None
        self.remote_dialog: RemoteImportDialog | None = None
        self.questions = AssistantDialogs(self)  # what the list's flows ask; tests answer ``active``

        self.title = QLabel(self.tr("&Assistants"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search assistants"))
        self.search.setAccessibleName(self.tr("Search assistants"))
        self.search.setToolTip(self.tr("Filter by name, description or model"))
        self.search.setClearButtonEnabled(True)
        self.sort = QComboBox(self)
        for key, label in SORT_LABELS.items():
            self.sort.addItem(QCoreApplication.translate("AssistantListViewModel", label), key)
        self.sort.setAccessibleName(self.tr("Sort assistants by"))
        self.sort.setToolTip(self.tr("Sort by name or by when the assistant was last used"))
        self.list = QListView(self)
        self.list.setModel(vm.model)
        self.list.setItemDelegate(AssistantDelegate(self.list))
        self.list.setAccessibleName(self.tr("Assistants"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setMinimumHeight(120)
        self.title.setBuddy(self.list)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Assistant library status"))
        self.notice.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.notice)

        self.actions_by_name = self._build_actions()
        self.search.textChanged.connect(vm.set_search)
        self.sort.currentIndexChanged.connect(lambda i: vm.set_sort(self.sort.itemData(i)))
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list.activated.connect(lambda index: self.edit(index.row()))
        self.list.customContextMenuRequested.connect(self._context_menu)
        vm.model.modelReset.connect(self._show_current)
        vm.currentChanged.connect(lambda _a: self._show_current())
        vm.noticeChanged.connect(self._show_notice)

    # --- actions -------------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, *, keys: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> dict[str, QAction]:
        acts = {
            "new": self._action(
                self.tr("&New assistant…"), self.new, keys="Ctrl+Shift+N", tip=self.tr("Create an assistant")
            ),
            "edit": self._action(
                self.tr("&Edit…"), lambda: self.edit(), keys="F4", tip=self.tr("Edit the selected assistant")
            ),
            "new_thread": self._action(
                self.tr("New &thread with this assistant"),
                lambda: self.start_thread(),
                tip=self.tr("Start a new thread with it"),
            ),
            "duplicate": self._action(
                self.tr("D&uplicate"), lambda: self.duplicate(), keys="Ctrl+D", tip=self.tr("Copy it")
            ),
            "delete": self._action(
                self.tr("&Delete…"), lambda: self.delete(), keys="Del", tip=self.tr("Delete the assistant")
            ),
            "export": self._action(
                self.tr("E&xport as JSON…"), lambda: self.export(), tip=self.tr("Save it as a JSON file")
            ),
            "import": self._action(
                self.tr("&Import from JSON…"), lambda: self.import_file(), tip=self.tr("Add one from a file")
            ),
            "import_remote": self._action(
                self.tr("Import from &server…"),
                self.import_from_server,
                tip=self.tr("Import assistants defined on the server"),
            ),
        }
        # New works anywhere in the window; the others act on the list and only when it has focus
        self.addAction(acts["new"])
        for name in ("edit", "duplicate", "delete"):
            acts[name].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.list.addAction(acts[name])
        return acts

    CONTEXT_ORDER = (
        "new_thread",
        "edit",
        "duplicate",
        "delete",
        None,
        "export",
        "import",
        "import_remote",
        None,
        "new",
    )
    MENU_ORDER = (
        "new",
        "edit",
        "new_thread",
        "duplicate",
        "delete",
        None,
        "export",
        "import",
        "import_remote",
    )

    def _fill(self, menu: QMenu, order: tuple[str | None, ...]) -> QMenu:
        for name in order:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions_by_name[name])
        return menu

    def context_menu(self) -> QMenu:
        return self._fill(QMenu(self), self.CONTEXT_ORDER)

    def fill_menu(self, menu: QMenu) -> QMenu:
        """The window's Assistant menu: the same actions (and shortcuts) as the context menu."""
        menu.aboutToShow.connect(self._enable_for_selection)
        return self._fill(menu, self.MENU_ORDER)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if index.isValid():
            self.list.setCurrentIndex(index)
        self._enable_for_selection()
        self.context_menu().popup(self.list.viewport().mapToGlobal(pos))

    def _enable_for_selection(self) -> None:
        has = self.current_row() >= 0
        for name in ("edit", "new_thread", "duplicate", "delete", "export"):
            self.actions_by_name[name].setEnabled(has)

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def _row(self, row: int | None) -> int:
        return self.current_row() if row is None else row

    # --- doing ---------------------------------------------------------------------------------------

    def _open_form(self, dialog: AssistantFormDialog) -> AssistantFormDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def new(self) -> AssistantFormDialog:
        return self._open_form(AssistantFormDialog(self.vm.new_form(), self.window()))

    def edit(self, row: int | None = None) -> AssistantFormDialog | None:
        form = self.vm.edit_form(self._row(row))
        return self._open_form(AssistantFormDialog(form, self.window())) if form else None

    def start_thread(self, row: int | None = None) -> None:
        self.vm.start_thread(self._row(row))

    def duplicate(self, row: int | None = None) -> None:
        self.vm.request_duplicate(self._row(row))

    def delete(self, row: int | None = None) -> None:
        self.vm.request_delete(self._row(row), self.questions)

    def export(self, row: int | None = None) -> None:
        self.vm.request_export(self._row(row), self.questions)

    def import_file(self) -> None:
        self.vm.request_import(self.questions)

    def import_from_server(self) -> RemoteImportDialog:
        remote = RemoteImportViewModel(self.vm.session, self.vm)
        remote.imported.connect(self.vm.imported_from_server)
        dialog = RemoteImportDialog(remote, self.window())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.remote_dialog = dialog
        dialog.open()
        return dialog

    # --- showing -------------------------------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.vm.select_row(current.row())
        self._enable_for_selection()

    def _show_current(self) -> None:
        current = self.vm.current
        row = self.vm.model.row_of(current.id) if current else -1
        if row >= 0 and self.list.currentIndex().row() != row:
            self.list.setCurrentIndex(self.vm.model.index(row))
        self._enable_for_selection()

    def _show_notice(self, text: str) -> None:
        set_tone(self.notice, "error" if self.vm.notice_is_error else "")
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
