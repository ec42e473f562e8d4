"""The threads of the sidebar: the search row (which the sidebar puts at its top), the filters (assistant,
"Show archived", behind the Filters button), and the list grouped by date with hover actions per row.

Keyboard: Ctrl+K searches, arrows move (headers are skipped), Enter opens, F2 renames inline, Ctrl+Shift+P
pins, Ctrl+Shift+O moves the thread to a folder, Delete deletes after asking, the context-menu key (or
Shift+F10) opens the thread's menu. Down in the search box moves to the list. A thread drags onto a folder.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMenuBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.models import Thread
from belugadesk.viewmodels.assistants.list_vm import AssistantListModel
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.threads.list_model import ThreadListModel
from belugadesk.viewmodels.threads.questions import ExportFormat
from belugadesk.views.folders.dialogs import FolderDialogs
from belugadesk.views.icons import icon
from belugadesk.views.threads.delegate import ThreadDelegate, action_tooltip, row_action_rects
from belugadesk.views.threads.dialogs import ThreadDialogs
from belugadesk.views.tone import set_tone


class ThreadListView(QListView):
    """A QListView that turns Delete into ``deleteRequested``, puts keyboard context menus on the row, and
    hit-tests the hover actions its delegate draws (``rowActionRequested``)."""

    deleteRequested = Signal(QModelIndex)
    menuRequested = Signal(QModelIndex, object)  # index, global QPoint
    rowActionRequested = Signal(str, QModelIndex, object)  # "pin" | "rename" | "more", index, global QPoint

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.hovered_action: tuple[int, str] | None = (
            None  # (row, action) under the mouse; the delegate reads it
        )

    def action_at(self, pos: QPoint) -> tuple[QModelIndex, str] | None:
        """The hover action (and its row) at ``pos`` in the viewport, if the row shows its actions."""
        index = self.indexAt(pos)
        if not index.isValid() or index.data(ThreadListModel.KindRole) != "thread":
            return None
        for name, box in row_action_rects(self.visualRect(index), self.fontMetrics().height()).items():
            if box.contains(pos):
                return index, name
        return None

    def _set_hovered(self, hovered: tuple[int, str] | None) -> None:
        if hovered != self.hovered_action:
            for row in {h[0] for h in (hovered, self.hovered_action) if h is not None}:
                self.viewport().update(self.visualRect(self.model().index(row, 0)))
            self.hovered_action = hovered

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.action_at(event.position().toPoint())
        self._set_hovered((hit[0].row(), hit[1]) if hit else None)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.action_at(event.position().toPoint()):
            event.accept()  # a press on an action button neither selects nor opens the thread
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        hit = self.action_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        if hit is not None:
            index, name = hit
            self.rowActionRequested.emit(name, index, self.viewport().mapToGlobal(pos))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            hit = self.action_at(event.pos())
            if hit is not None:
                index, name = hit
                QToolTip.showText(
                    event.globalPos(),
                    action_tooltip(name, bool(index.data(ThreadListModel.PinnedRole))),
                    self,
                )
                return True
        return super().viewportEvent(event)

    def keys_help(self) -> list[tuple[str, str]]:
        """The keys :meth:`keyPressEvent` handles (for the shortcut sheet)."""
        return [
            (self.tr("Open the thread"), self.tr("Enter")),
            (self.tr("Rename"), self.tr("F2")),
            (self.tr("Pin or unpin"), self.tr("Ctrl+Shift+P")),
            (self.tr("Delete"), self.tr("Delete")),
            (self.tr("Thread menu (export, archive, …)"), self.tr("Menu key or Shift+F10")),
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete, Enter and F2 mean the same on every platform (macOS would edit on Enter); Ctrl+Shift+P
        pins or unpins, Shift+F10 opens the row's menu like the context-menu key."""
        index = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and index.isValid():
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Delete:
                self.deleteRequested.emit(index)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods:
                self.activated.emit(index)
                return
            if key == Qt.Key.Key_F2 and not mods:
                self.edit(index)
                return
            pin_keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            if key == Qt.Key.Key_P and mods == pin_keys:
                self.rowActionRequested.emit("pin", index, self._row_point(index))
                return
            if key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier:
                self.menuRequested.emit(index, self._row_point(index))
                return
        super().keyPressEvent(event)

    def _row_point(self, index: QModelIndex) -> QPoint:
        return self.viewport().mapToGlobal(self.visualRect(index).center())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            pos = self.visualRect(index).center() if index.isValid() else self.viewport().rect().center()
        else:
            pos = event.pos()  # the viewport's coordinates: mouse events arrive through it
            index = self.indexAt(pos)
        if index.isValid():
            self.menuRequested.emit(index, self.viewport().mapToGlobal(pos))


class ThreadListPanel(QWidget):
    statusMessage = Signal(str)

    def __init__(self, vm: MainViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.dialogs = ThreadDialogs(self)
        self.folder_dialogs = FolderDialogs(self)
        self.menu: QMenu | None = None  # the context menu on screen

        self.search_box = QLineEdit(self)
        self.search_box.setAccessibleName(self.tr("Search threads"))
        self.search_box.setToolTip(self.tr("Search every thread's title and messages (Ctrl+K)"))
        self.search_box.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_button = QToolButton(self)
        self.filter_button.setText(self.tr("Filters"))
        self.filter_button.setIcon(icon("sliders"))
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.filter_button.setCheckable(True)
        self.filter_button.setAutoRaise(True)
        self.filter_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.filter_button.setAccessibleName(self.tr("Show thread filters"))
        self.filter_button.setToolTip(self.tr("Filter the threads by assistant, or also list archived ones"))
        # the sidebar puts this row at its top, above the New chat button
        self.search_row = QWidget(self)
        search_layout = QHBoxLayout(self.search_row)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.setSpacing(4)
        search_layout.addWidget(self.search_box, 1)
        search_layout.addWidget(self.filter_button)

        self.assistant_filter = QComboBox(self)
        self.assistant_filter.setAccessibleName(self.tr("Filter threads by assistant"))
        self.assistant_filter.setToolTip(self.tr("Show the threads of one assistant only"))
        self.show_archived = QCheckBox(self.tr("Show arc&hived"), self)
        self.show_archived.setAccessibleName(self.tr("Show archived threads"))
        self.show_archived.setToolTip(self.tr("Also list archived threads (in their own group)"))
        self.filters = QWidget(self)
        filters = QHBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.assistant_filter, 1)
        filters.addWidget(self.show_archived)
        self.filters.hide()

        self.list_view = ThreadListView(self)
        self.list_view.setAccessibleName(self.tr("Threads"))
        self.list_view.setModel(vm.threads.model)
        self.list_view.setItemDelegate(ThreadDelegate(self.list_view))
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.list_view.setFrameShape(QListView.Shape.NoFrame)
        self.list_view.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # one pane, not a boxed list
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)  # onto a folder
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)

        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Thread list problem"))
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a server
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.error_label)

        self._build_actions()
        self._fill_assistant_filter()
        assistants = vm.assistants.model
        for signal in (
            assistants.modelReset,
            assistants.rowsInserted,
            assistants.rowsRemoved,
            assistants.dataChanged,
        ):
            signal.connect(self._fill_assistant_filter)
        self.assistant_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.show_archived.toggled.connect(vm.threads.set_show_archived)
        self.show_archived.toggled.connect(self._mark_filters)
        self.search_box.textChanged.connect(vm.threads.set_query)
        self.search_box.returnPressed.connect(self._open_first_result)
        self.list_view.activated.connect(self._open_index)
        self.list_view.clicked.connect(self._open_index)
        self.list_view.deleteRequested.connect(lambda index: self.delete_thread(self._thread(index)))
        self.list_view.menuRequested.connect(self._show_menu)
        self.list_view.rowActionRequested.connect(self._on_row_action)
        self.filter_button.toggled.connect(self._show_filters)
        vm.threads.model.modelReset.connect(self._select_open_thread)
        vm.chat.threadChanged.connect(lambda _thread: self._select_open_thread())
        vm.threads.errorChanged.connect(self._show_error)  # the flows below show their own dialogs
        vm.thread_actions.statusMessage.connect(self.statusMessage)

    # --- actions and menus --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.search_action = QAction(self.tr("&Search threads"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.focus_search)
        self.open_by_id_action = QAction(self.tr("&Open thread by id…"), self)
        self.open_by_id_action.triggered.connect(self.open_by_id)
        self.import_action = QAction(self.tr("&Import thread from JSON…"), self)
        self.import_action.triggered.connect(self.import_thread)
        self.move_to_action = QAction(self.tr("Mo&ve to folder…"), self)
        self.move_to_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.move_to_action.setToolTip(self.tr("Move the selected (or open) thread to a folder"))
        self.move_to_action.triggered.connect(lambda: self.move_to_folder(self._chosen_thread()))
        self.addAction(self.search_action)
        self.addAction(self.move_to_action)

    def build_menu(self, menu_bar: QMenuBar) -> QMenu:
        """The "Threads" menu of the main window."""
        menu = menu_bar.addMenu(self.tr("&Threads"))
        menu.addAction(self.search_action)
        menu.addAction(self.move_to_action)
        menu.addSeparator()
        menu.addAction(self.open_by_id_action)
        menu.addAction(self.import_action)
        return menu

    def context_menu(self, thread: Thread) -> QMenu:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Thread actions"))
        index = self.vm.threads.model.index(self.vm.threads.model.row_of(thread.id))
        rename = menu.addAction(self.tr("&Rename"), lambda: self._rename(index))
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        menu.addAction(
            self.tr("Un&pin") if thread.pinned else self.tr("&Pin"),
            lambda: self.vm.threads.toggle_pinned(thread),
        )
        menu.addAction(
            self.tr("Un&archive") if thread.archived else self.tr("&Archive"),
            lambda: self.vm.threads.toggle_archived(thread),
        )
        move = menu.addAction(self.tr("Mo&ve to folder…"), lambda: self.move_to_folder(thread))
        move.setShortcut(self.move_to_action.shortcut())
        menu.addSeparator()
        menu.addAction(self.tr("Export as &Markdown…"), lambda: self.export_thread(thread, "markdown"))
        menu.addAction(self.tr("Export as &JSON…"), lambda: self.export_thread(thread, "json"))
        copy = menu.addAction(self.tr("&Copy remote id"), lambda: self.copy_remote_id(thread))
        copy.setEnabled(bool(thread.remote_id))
        menu.addSeparator()
        delete = menu.addAction(self.tr("&Delete…"), lambda: self.delete_thread(thread))
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        return menu

    def _show_menu(self, index: QModelIndex, global_pos: Any) -> None:
        thread = self._thread(index)
        if thread is None:
            return
        self.list_view.setCurrentIndex(index)
        self.menu = self.context_menu(thread)
        self.menu.popup(global_pos)

    def _on_row_action(self, name: str, index: QModelIndex, global_pos: Any) -> None:
        """A hover action of a row was clicked (or its shortcut pressed)."""
        thread = self._thread(index)
        if thread is None:
            return
        if name == "pin":
            self.vm.threads.toggle_pinned(thread)
        elif name == "rename":
            self._rename(index)
        else:
            self._show_menu(index, global_pos)

    def _filters_active(self) -> bool:
        return self.assistant_filter.currentIndex() > 0 or self.show_archived.isChecked()

    def _show_filters(self, shown: bool) -> None:
        """Hide the filters only when none is in effect, so a filtered list never looks complete."""
        if not shown and self._filters_active():
            self.filter_button.setChecked(True)
            return
        self.filters.setVisible(shown)
        if shown:
            self.assistant_filter.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- flows --------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _rename(self, index: QModelIndex) -> None:
        if index.isValid():
            self.list_view.setCurrentIndex(index)
            self.list_view.edit(index)

    def copy_remote_id(self, thread: Thread) -> None:
        if thread.remote_id:
            QGuiApplication.clipboard().setText(thread.remote_id)
            self.statusMessage.emit(self.tr("Copied {id}").format(id=thread.remote_id))

    # the flows live in the view-models; they ask the person through ``self.dialogs``

    def delete_thread(self, thread: Thread | None) -> None:
        self.vm.thread_actions.request_delete(thread, self.dialogs)

    def move_to_folder(self, thread: Thread | None) -> None:
        if thread is not None:
            self.vm.folders.request_move_to(thread, self.folder_dialogs)

    def _chosen_thread(self) -> Thread | None:
        """The thread selected in the list, else the one open in the chat."""
        return self._thread(self.list_view.currentIndex()) or self.vm.chat.thread

    def export_thread(self, thread: Thread, fmt: ExportFormat) -> None:
        self.vm.thread_actions.request_export(thread, fmt, self.dialogs)

    def import_thread(self) -> None:
        self.vm.thread_actions.request_import(self.dialogs)

    def open_by_id(self) -> None:
        current = self.vm.assistants.current
        self.vm.resume.request_open_by_id(self.dialogs, current.id if current else None)

    # --- helpers ------------------------------------------------------------------------------------

    def _thread(self, index: QModelIndex) -> Thread | None:
        return self.vm.threads.model.thread_at(index.row()) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        model = self.vm.threads.model
        thread, message_id = model.thread_at(index.row()), model.message_id_at(index.row())
        open_thread = self.vm.chat.thread
        if thread is None or (message_id is None and open_thread is not None and open_thread.id == thread.id):
            return
        self.vm.threads.activate_row(index.row())

    def _open_first_result(self) -> None:
        rows = self.vm.threads.model.thread_rows()
        if rows:
            index = self.vm.threads.model.index(rows[0])
            self.list_view.setCurrentIndex(index)
            self._open_index(index)

    def _select_open_thread(self) -> None:
        thread = self.vm.chat.thread
        model = self.vm.threads.model
        row = model.row_of(thread.id) if thread is not None and not model.searching else -1
        if row >= 0 and self.list_view.currentIndex().row() != row:
            self.list_view.setCurrentIndex(model.index(row))

    def _fill_assistant_filter(self, *_args: object) -> None:
        combo, model = self.assistant_filter, self.vm.assistants.model
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All assistants"), None)
        for row in range(model.rowCount()):
            assistant = model.data(model.index(row), AssistantListModel.AssistantRole)
            if assistant is not None:
                combo.addItem(assistant.name, assistant.id)
        found = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if keep is not None and found < 0:
            self._on_filter_changed()

    def _on_filter_changed(self, *_args: object) -> None:
        self.vm.threads.set_assistant_filter(self.assistant_filter.currentData())
        self._mark_filters()

    def _mark_filters(self, *_args: object) -> None:
        """A filter in effect keeps the Filters button pressed and the filters in view."""
        if self._filters_active():
            self.filter_button.setChecked(True)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key == Qt.Key.Key_Down:
                rows = self.vm.threads.model.thread_rows()
                if rows:
                    self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.list_view.setCurrentIndex(self.vm.threads.model.index(rows[0]))
                return True
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        return super().eventFilter(watched, event)
