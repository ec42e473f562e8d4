"""The sidebar's Folders section, above the threads: a header ("Folders", collapsible, with New folder) and
the folders with their counts ("All chats", each folder, "No folder"). Choosing a row filters the thread
list; threads dragged from it drop on a folder; a folder dragged onto a sibling takes its place.

Keyboard: arrows choose (the thread list follows), F2 renames, Delete deletes after asking, Alt+Up and
Alt+Down reorder, the context-menu key (or Shift+F10) opens the folder's menu; Ctrl+Shift+F makes a folder
anywhere in the window.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.folders import ALL_CHATS, Folder
from belugadesk.viewmodels.folders.folders_vm import FoldersViewModel
from belugadesk.viewmodels.folders.list_model import FolderListModel
from belugadesk.views.folders.delegate import FolderDelegate
from belugadesk.views.folders.dialogs import FolderDialogs
from belugadesk.views.icons import icon
from belugadesk.views.tone import set_tone

MAX_ROWS_SHOWN = 8  # more folders scroll within the section


class FolderListView(QListView):
    """A QListView that puts keyboard context menus (the menu key, Shift+F10) on the row."""

    menuRequested = Signal(QModelIndex, object)  # index, global QPoint

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key, mods = event.key(), event.modifiers()
        if index.isValid() and key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier:
            self.menuRequested.emit(index, self.viewport().mapToGlobal(self.visualRect(index).center()))
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            pos = self.visualRect(index).center() if index.isValid() else self.viewport().rect().center()
        else:
            pos = event.pos()
            index = self.indexAt(pos)
        if index.isValid():
            self.menuRequested.emit(index, self.viewport().mapToGlobal(pos))


class FolderSection(QWidget):
    statusMessage = Signal(str)

    def __init__(self, vm: FoldersViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.dialogs = FolderDialogs(self)
        self.menu: QMenu | None = None  # the context menu on screen
        self.setAccessibleName(self.tr("Folders"))

        self.header = QToolButton(self)
        self.header.setObjectName("sectionHeader")  # flat, like the collapsible sections
        self.header.setText(self.tr("FOLDERS"))
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.header.setAccessibleName(self.tr("Folders"))
        self.header.setToolTip(self.tr("Show or hide the folders"))
        font = self.header.font()
        font.setBold(True)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.header.setFont(font)
        self.header.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.new_folder_button = QToolButton(self)
        self.new_folder_button.setAutoRaise(True)
        self.new_folder_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.list_view = FolderListView(self)
        self.list_view.setAccessibleName(self.tr("Folders"))
        self.list_view.setModel(vm.model)
        self.list_view.setItemDelegate(FolderDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setFrameShape(QListView.Shape.NoFrame)
        self.list_view.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_view.setDropIndicatorShown(True)
        self.list_view.setDragDropOverwriteMode(True)  # a drop anywhere on a row is onto it, never between
        self.list_view.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Folder problem"))
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.hide()

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.header, 1, Qt.AlignmentFlag.AlignLeft)
        head.addWidget(self.new_folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(self.list_view)
        layout.addWidget(self.error_label)

        self._build_actions()
        self.new_folder_button.setDefaultAction(self.new_folder_action)
        self.new_folder_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.new_folder_button.setAccessibleName(self.tr("New folder"))

        self.header.toggled.connect(self._show_list)
        self._show_list(True)
        self.list_view.selectionModel().currentChanged.connect(self._on_current)
        self.list_view.menuRequested.connect(self._show_menu)
        vm.model.modelReset.connect(self._after_reset)
        vm.selectionChanged.connect(lambda _key: self._select_current())
        vm.selectionChanged.connect(lambda _key: self._name_header())
        vm.errorChanged.connect(self._show_error)
        vm.statusMessage.connect(self.statusMessage)
        self._after_reset()

    # --- actions -------------------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, keys: str | None = None, *, name: str = "") -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        if name:
            action.setIcon(icon(name))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_folder_action = self._action(
            self.tr("New &folder…"),
            lambda: self.vm.request_create(self.dialogs),
            "Ctrl+Shift+F",
            name="folder-plus",
        )
        self.new_folder_action.setToolTip(self.tr("Make a folder for threads (Ctrl+Shift+F)"))
        self.addAction(self.new_folder_action)  # anywhere in the window
        # these act on the folder under the cursor and only while the list has the focus
        self.rename_action = self._action(self.tr("&Rename…"), lambda: self._on_folder(self._rename), "F2")
        self.delete_action = self._action(self.tr("&Delete…"), lambda: self._on_folder(self._delete), "Del")
        self.move_up_action = self._action(
            self.tr("Move &up"), lambda: self._on_folder(lambda f: self.vm.request_move_by(f, -1)), "Alt+Up"
        )
        self.move_down_action = self._action(
            self.tr("Move do&wn"),
            lambda: self._on_folder(lambda f: self.vm.request_move_by(f, 1)),
            "Alt+Down",
        )
        self.settings_action = self._action(
            self.tr("Default assistant and &instructions…"),
            lambda: self._on_folder(lambda f: self.vm.request_settings(f, self.dialogs)),
        )
        for action in (self.rename_action, self.delete_action, self.move_up_action, self.move_down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.list_view.addAction(action)

    def context_menu(self, folder: Folder) -> QMenu:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Folder actions"))
        menu.addAction(self.rename_action)
        if folder.parent_id is None:
            menu.addAction(
                self.tr("New &subfolder…"), lambda: self.vm.request_create(self.dialogs, folder.id)
            )
        menu.addAction(self.settings_action)
        menu.addSeparator()
        self._add_nest_entries(menu, folder)
        menu.addAction(self.move_up_action)
        menu.addAction(self.move_down_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def _add_nest_entries(self, menu: QMenu, folder: Folder) -> None:
        """ "Put inside ▸" a top-level folder (one level of nesting), or "Move to the top level"."""
        if folder.parent_id is not None:
            menu.addAction(self.tr("Move to the &top level"), lambda: self.vm.request_nest(folder, None))
            return
        if any(f.parent_id == folder.id for f in self.vm.model.folders()):
            return  # a folder with subfolders stays on top
        parents = [f for f in self.vm.model.folders() if f.parent_id is None and f.id != folder.id]
        if not parents:
            return
        inside = menu.addMenu(self.tr("Put &inside"))
        inside.setAccessibleName(self.tr("Put the folder inside another"))
        for parent in parents:
            inside.addAction(parent.name, partial(self.vm.request_nest, folder, parent.id))

    # --- slots ----------------------------------------------------------------------------------------

    def _folder_at(self, index: QModelIndex) -> Folder | None:
        return index.data(FolderListModel.FolderRole) if index.isValid() else None

    def _on_folder(self, act: Any) -> None:
        folder = self._folder_at(self.list_view.currentIndex())
        if folder is not None:
            act(folder)

    def _rename(self, folder: Folder) -> None:
        self.vm.request_rename(folder, self.dialogs)

    def _delete(self, folder: Folder) -> None:
        self.vm.request_delete(folder, self.dialogs)

    def _show_menu(self, index: QModelIndex, global_pos: QPoint) -> None:
        folder = self._folder_at(index)
        if folder is None:
            return
        self.list_view.setCurrentIndex(index)
        self.menu = self.context_menu(folder)
        self.menu.popup(global_pos)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(FolderListModel.KeyRole) if current.isValid() else None
        if key is not None and key != self.vm.selected:
            self.vm.select(str(key))
        folder = self._folder_at(current)
        for action in (self.rename_action, self.delete_action, self.settings_action):
            action.setEnabled(folder is not None)
        self.move_up_action.setEnabled(folder is not None)
        self.move_down_action.setEnabled(folder is not None)

    def _select_current(self) -> None:
        row = self.vm.model.row_of(self.vm.selected)
        if row >= 0 and self.list_view.currentIndex().row() != row:
            self.list_view.setCurrentIndex(self.vm.model.index(row))

    def _after_reset(self) -> None:
        self._select_current()
        self._fit_height()

    def _fit_height(self) -> None:
        rows = min(self.vm.model.rowCount(), MAX_ROWS_SHOWN)
        height = self.list_view.sizeHintForRow(0) if self.vm.model.rowCount() else 0
        self.list_view.setFixedHeight(rows * height + 2 * self.list_view.frameWidth() + 2)

    def _show_list(self, shown: bool) -> None:
        self.header.setIcon(icon("chevron-down" if shown else "chevron-right"))
        self.list_view.setVisible(shown)
        self.header.setAccessibleDescription(self.tr("expanded") if shown else self.tr("collapsed"))
        self._name_header()

    def _name_header(self) -> None:
        """Collapsed with a folder chosen, the header names it: the thread list is filtered by it."""
        row = self.vm.model.row_at(self.vm.model.row_of(self.vm.selected))
        chosen = row.name if row is not None and row.key != ALL_CHATS else ""
        title = self.tr("FOLDERS")
        if chosen and not self.header.isChecked():
            title = self.tr("FOLDERS · {name}").format(name=chosen)
        self.header.setText(title)
        self.header.setAccessibleName(self.tr("Folders") if title == self.tr("FOLDERS") else title.title())

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
