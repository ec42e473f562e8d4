"""The chat pane: the virtualized message list in a centred reading column (a reply's state shows in its row
and on Send/Stop), attachments, and the composer (the message box with its buttons) in the same column. Files
dropped anywhere on the pane are attached."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.models import ToolCallPart
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.actions import ChatActions
from belugadesk.views.chat.attachments_bar import AttachmentsBar
from belugadesk.views.chat.composer import Composer
from belugadesk.views.chat.drops import attachable, dropped_files, dropped_image
from belugadesk.views.chat.empty_state import EmptyState
from belugadesk.views.chat.hover_bar import HoverBar
from belugadesk.views.chat.link_confirmation import ChatQuestions
from belugadesk.views.chat.message_delegate import MessageDelegate
from belugadesk.views.chat.toast import Toast
from belugadesk.views.chat.tool_dialog import ToolOutputDialog
from belugadesk.views.tone import set_tone

FOLLOW_SLACK_PX = 24  # this close to the bottom counts as "at the bottom"


class ChatView(QWidget):
    def __init__(self, vm: ChatViewModel, parent: QWidget | None = None, *, send_on: str = "enter"):
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(self.tr("Chat"))
        self.following = True
        self.tool_dialog: ToolOutputDialog | None = None
        self._editor_index: QModelIndex | None = None
        self._returned = False  # the last failed send gave its text back to the box
        self._known_maximum = -1  # the scroll range once any re-layout settled

        self.message_list = QListView(self)
        self.message_list.setAccessibleName(self.tr("Messages"))
        self.message_list.setModel(vm.messages)
        self.delegate = MessageDelegate(vm, self.message_list)
        self.questions = ChatQuestions(self)  # what the chat's flows ask (files, links, tool approvals)
        vm.tool_approvals = self.questions
        self.message_list.setItemDelegate(self.delegate)
        self.message_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.message_list.verticalScrollBar().setSingleStep(24)
        # always there, so the width rows are laid out for does not change when a thread gets long
        self.message_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.message_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.message_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.message_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.message_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message_list.setFrameShape(QListView.Shape.NoFrame)
        self.message_list.setMouseTracking(True)

        # shown over the (empty) list, so the list keeps its size and never re-lays out for being shown
        self.empty_state = EmptyState(self.message_list)

        self.jump_button = QPushButton(self.tr("↓ Jump to latest"), self)
        self.jump_button.setAccessibleName(self.tr("Jump to latest"))
        self.jump_button.setToolTip(self.tr("Scroll to the newest message and follow the reply (Ctrl+End)"))
        self.jump_button.hide()

        # what an action did, said for a few seconds over the list (the reply's state is in its row)
        self.toast = Toast(self.message_list, self)
        self.answer_button = QPushButton(self.tr("Provide tool output…"), self)
        self.answer_button.setAccessibleName(self.tr("Provide tool output"))
        self.answer_button.setToolTip(self.tr("The assistant is waiting for the output of a function call"))
        self.answer_button.hide()
        status_row = QHBoxLayout()
        status_row.addStretch(1)
        status_row.addWidget(self.answer_button)

        self.notice_label = QLabel(self)
        self.notice_label.setAccessibleName(self.tr("Context notice"))
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.error_label = QLabel(self)
        set_tone(self.error_label, "error")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # a server's words, never markup
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setAccessibleName(self.tr("Retry sending"))
        self.retry_button.setToolTip(self.tr("Send the message in the box again"))
        error_row = QHBoxLayout()
        error_row.addWidget(self.error_label, 1)
        error_row.addWidget(self.retry_button)
        self.error_box = QWidget(self)
        self.error_box.setLayout(error_row)
        self.error_box.setAccessibleName(self.tr("Error message"))
        self.error_box.hide()

        self.attachments_bar = AttachmentsBar(vm.attachments, self)
        self.composer = Composer(vm, self, send_on=send_on)
        self.input = self.composer.input
        self.attach_button = self.composer.attach_button
        self.model_switcher = self.composer.model_switcher
        self.send_button = self.composer.send_button  # Send, and Stop while a reply is written
        self.attach_button.setToolTip(vm.attachments.hint)
        self.hint_label = QLabel(self)
        set_tone(self.hint_label, "muted")
        self.hint_label.setAccessibleName(self.tr("Why sending is not possible"))
        self.hint_label.hide()

        # shown over the list while files are dragged over the pane, which takes them anywhere
        self.drop_hint = QLabel(
            self.tr("Drop files or images to attach them to the message"), self.message_list
        )
        self.drop_hint.setObjectName("dropHint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setAccessibleName(self.tr("Drop files here"))
        self.drop_hint.hide()
        self.setAcceptDrops(True)

        # under the list, in the messages' reading column: notes, attachments and the composer
        self.bottom = QWidget(self)
        self._bottom_layout = bottom = QVBoxLayout(self.bottom)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(4)
        bottom.addLayout(status_row)
        bottom.addWidget(self.notice_label)
        bottom.addWidget(self.error_box)
        bottom.addWidget(self.attachments_bar)
        bottom.addWidget(self.hint_label)
        bottom.addWidget(self.composer)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.message_list, 1)
        layout.addWidget(self.bottom)

        self.chat_actions = ChatActions(self)
        self.hover_bar = HoverBar(self.message_list, self.delegate, self.chat_actions.row_actions)
        self._hover_pos: QPoint | None = None  # where the mouse is over the list, while it is
        self._bind()
        self._show_assistant(vm.assistant)
        self.set_send_on(send_on)
        self._on_rows_changed()
        self._on_can_send(*vm.can_send())
        self._apply_palette()

    # --- wiring --------------------------------------------------------------------------------------

    def _on_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def _bind(self) -> None:
        vm = self.vm
        self.input.submitted.connect(self._on_submitted)
        self.input.textChanged.connect(self._on_input_changed)
        self.input.filesDropped.connect(self.attach_files)
        self.input.imagePasted.connect(vm.attach_image_data)
        self.attach_button.clicked.connect(self.choose_files)
        self.retry_button.clicked.connect(self._retry_send)
        self.jump_button.clicked.connect(self.jump_to_latest)
        self.answer_button.clicked.connect(self.answer_pending_tool)
        vm.statusChanged.connect(self._on_activity)
        vm.noticeChanged.connect(self._on_notice)
        vm.errorChanged.connect(self._on_error)
        vm.streamingChanged.connect(self._on_streaming)
        vm.draftReturned.connect(self._on_draft_returned)
        vm.draftLoaded.connect(self._on_draft_loaded)
        vm.canSendChanged.connect(self._on_can_send)
        vm.toolCallPending.connect(self._on_tool_call_pending)
        vm.attachments.rejected.connect(vm.set_error)
        vm.attachments.changed.connect(self._show_attach_hint)  # a method: disconnected with the view
        vm.threadChanged.connect(self._on_thread_changed)
        vm.editingChanged.connect(self._on_actions_changed)
        vm.assistantChanged.connect(self._show_assistant)
        self.empty_state.promptChosen.connect(self.send_prompt)
        model = vm.messages
        model.rowsInserted.connect(self._on_rows_changed)
        model.rowsRemoved.connect(self._on_rows_changed)
        model.modelReset.connect(self._on_rows_changed)
        model.modelAboutToBeReset.connect(self.close_editor)
        model.rowsAboutToBeRemoved.connect(self.close_editor)
        bar = self.message_list.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_scrolled)
        bar.actionTriggered.connect(self._on_user_scroll)
        self.delegate.linkActivated.connect(self.chat_actions.activate_link)
        self.delegate.sizesChanged.connect(self._relayout_keeping_place)
        self.message_list.viewport().installEventFilter(self)
        model.modelReset.connect(self.delegate.relayout_in_background)
        model.rowsInserted.connect(self.delegate.relayout_in_background)
        self.delegate.bubbleClicked.connect(self.open_editor)
        self.message_list.installEventFilter(self)
        self.message_list.activated.connect(self.open_editor)  # Enter on a message: select its text
        selection = self.message_list.selectionModel()
        selection.currentChanged.connect(self._on_current_changed)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self._refresh_hover)
        vm.streamingChanged.connect(self._refresh_hover)

    def set_send_on(self, send_on: str) -> None:
        """``"enter"`` or ``"ctrl_enter"`` (settings: behaviour.send_on)."""
        self.composer.set_send_on(send_on)

    # --- sending -------------------------------------------------------------------------------------

    def _show_assistant(self, assistant: object) -> None:
        self.empty_state.show_assistant(self.vm.assistant, self.vm.suggested_prompts)
        self.empty_state.set_prompts_enabled(self.vm.can_send()[0])
        chain = [self.message_list, *self.empty_state.prompts, self.input]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)  # the prompts come where the messages will be, before the box

    def send_prompt(self, text: str) -> None:
        """A suggested prompt was chosen: fill the message box with it and send, as if typed. A draft
        already in the box stays there: the prompt is sent past it."""
        if not self.input.toPlainText().strip():
            self.input.setPlainText(text)
            self.input.submit()
        elif self.vm.can_send()[0]:
            self.following = True
            self.vm.submit(text)

    def _on_submitted(self, text: str) -> None:
        if not self.vm.can_send()[0]:
            return
        self._returned = False
        self.input.clear()
        self.following = True
        self.vm.submit(text)

    def _on_input_changed(self) -> None:
        self.vm.set_draft(self.input.toPlainText())
        if self.retry_button.isVisible() and not self.input.toPlainText().strip():
            self.retry_button.hide()

    def _retry_send(self) -> None:
        self.vm.clear_error()
        self.input.submit()

    def _on_draft_returned(self, text: str) -> None:
        if not self.input.toPlainText().strip():
            self.input.setPlainText(text)
            self.input.moveCursor(self.input.textCursor().MoveOperation.End)
        self._returned = True
        self._update_retry()

    def _on_draft_loaded(self, text: str) -> None:
        if self.input.toPlainText() != text:
            self.input.blockSignals(True)
            self.input.setPlainText(text)
            self.input.blockSignals(False)
            self.input._fit()

    def _on_error(self, message: str) -> None:
        self.error_label.setText(f"⚠ {message}" if message else "")
        self.error_box.setVisible(bool(message))
        self._update_retry()

    def _update_retry(self) -> None:
        """Retry sends the message in the box again: offered when a send failed and gave its text back."""
        self.retry_button.setVisible(
            bool(self.vm.error) and self._returned and bool(self.input.toPlainText().strip())
        )

    def _on_streaming(self, streaming: bool) -> None:
        self.composer.set_streaming(streaming)
        if not streaming:
            self.answer_button.hide()
            if self.tool_dialog is not None:
                self.tool_dialog.close()
        self.chat_actions.update_enabled()

    def _on_activity(self, text: str) -> None:
        """What the reply is doing ("Writing…", "Running a tool…") shows in its row and on Stop."""
        self.composer.set_activity(text)
        last = self.vm.messages.rowCount() - 1
        if last >= 0:
            self.message_list.update(self.vm.messages.index(last))

    def say(self, text: str) -> None:
        """Tell the user what an action did, for a few seconds."""
        self.toast.say(text)

    def _on_actions_changed(self, *_args: object) -> None:
        self.chat_actions.update_enabled()

    def _on_can_send(self, can_send: bool, reason: str) -> None:
        self.chat_actions.update_enabled()
        self.composer.set_can_send()
        self.empty_state.set_prompts_enabled(can_send)
        self.hint_label.setText(reason)
        # while a reply is written, Stop and the reply's row say so (and what it is doing)
        self.hint_label.setVisible(bool(reason) and not self.vm.streaming)

    def _on_thread_changed(self, _thread: object = None) -> None:
        self.close_editor()
        self.following = True
        self.message_list.scrollToBottom()
        self.chat_actions.update_enabled()

    # --- attachments ---------------------------------------------------------------------------------

    def choose_files(self) -> None:
        self.vm.request_attach(self.questions)

    def attach_files(self, paths: list[Path]) -> None:
        self.vm.attach_files(paths)

    def _takes(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return attachable(event.mimeData()) and self.attach_button.isEnabled()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._takes(event):
            event.acceptProposedAction()
            self.drop_hint.setGeometry(self.message_list.rect())
            self.drop_hint.show()
            self.drop_hint.raise_()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._takes(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:
        self.drop_hint.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_hint.hide()
        if not self._takes(event):
            event.ignore()
            return
        event.acceptProposedAction()
        mime = event.mimeData()
        files = dropped_files(mime)
        image = dropped_image(mime)
        if files:
            self.attach_files(files)
        elif image is not None:
            self.vm.attach_image_data(image)

    def _show_attach_hint(self) -> None:
        """Pictures only, or files for the tools: what the profile's backend takes."""
        self.attach_button.setToolTip(self.vm.attachments.hint)

    # --- tool calls ----------------------------------------------------------------------------------

    def _on_tool_call_pending(self, call: ToolCallPart) -> None:
        self.answer_button.show()
        last = self.vm.messages.rowCount() - 1
        if last >= 0:
            self.delegate.invalidate_message(self.vm.messages.message_at(last).id)
        self.show_tool_dialog(call)

    def show_tool_dialog(self, call: ToolCallPart) -> None:
        if self.tool_dialog is not None and self.tool_dialog.isVisible():
            self.tool_dialog.raise_()
            return
        dialog = ToolOutputDialog(call, self)
        dialog.answered.connect(self._on_tool_answered)
        dialog.finished.connect(lambda _r: setattr(self, "tool_dialog", None))
        self.tool_dialog = dialog
        dialog.open()

    def answer_pending_tool(self) -> None:
        pending = self.vm.pending_tool_calls
        call = self.vm.tool_call(pending[0]) if pending else None
        if call is not None:
            self.show_tool_dialog(call)

    def _on_tool_answered(self, call_id: str, output: object) -> None:
        self.vm.answer_tool_call(call_id, output if isinstance(output, str) else None)
        if not self.vm.pending_tool_calls:
            self.answer_button.hide()

    # --- the list: following the bottom, the selectable editor -----------------------------------------

    def _on_rows_changed(self, *_args: object) -> None:
        has_messages = self.vm.messages.rowCount() > 0
        self.empty_state.setVisible(not has_messages)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if has_messages else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.message_list.setVerticalScrollBarPolicy(policy)
        if self.following:
            self.message_list.scrollToBottom()
        self.chat_actions.update_enabled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        viewport = self.message_list.viewport()
        if watched is viewport and event.type() == QEvent.Type.Resize:
            self.delegate.set_width(viewport.width())
            self.message_list.scheduleDelayedItemsLayout()
            self._align_bottom()
            self._refresh_hover()
        elif watched is viewport and isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseMove:
            self._hover_pos = event.position().toPoint()
            self._follow_hover()
        elif watched is viewport and event.type() == QEvent.Type.Leave:
            self._hover_pos = None
            self.hover_bar.follow(QModelIndex())
        elif watched in (viewport, self.message_list) and isinstance(event, QContextMenuEvent):
            self._context_menu(event)
            return True
        return super().eventFilter(watched, event)

    # --- the hover actions -----------------------------------------------------------------------------

    def _follow_hover(self) -> None:
        """The bar follows the row under the mouse (its action strip included)."""
        if self._hover_pos is not None:
            self.hover_bar.follow(self.message_list.indexAt(self._hover_pos))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """From the keyboard, the bar shows for the current message (and Branch acts on it)."""
        self._on_actions_changed()
        if self.message_list.hasFocus() and self._hover_pos is None:
            self.hover_bar.follow(current)

    def _refresh_hover(self, *_args: object) -> None:
        if self._hover_pos is not None:
            self._follow_hover()
        else:
            self.hover_bar.refresh()

    def _align_bottom(self) -> None:
        """The composer and the notes above it take the messages' reading column."""
        viewport = self.message_list.viewport()
        left, width = self.delegate.column(viewport.width())
        margins = self._layout.contentsMargins()  # the bottom spans the pane within them (it may not be
        span = self.width() - margins.left() - margins.right()  # resized yet: the list is laid out first)
        start = viewport.mapTo(self, QPoint(left, 0)).x() - margins.left()
        self._bottom_layout.setContentsMargins(max(0, start), 0, max(0, span - start - width), 0)

    def _context_menu(self, event: QContextMenuEvent) -> None:
        """Right click: the message under the mouse. Menu key / Shift+F10: the current message."""
        view = self.message_list
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = view.currentIndex()
            rect = view.visualRect(index) if index.isValid() else view.viewport().rect()
            where = view.viewport().mapToGlobal(rect.center())
        else:
            index = view.indexAt(view.viewport().mapFromGlobal(event.globalPos()))
            where = event.globalPos()
        self.chat_actions.show_menu(index, where)

    def _relayout_keeping_place(self) -> None:
        """Rows got their exact heights: re-lay out now, keeping the message at the top where it was (or
        the bottom in view when following)."""
        view = self.message_list
        anchor: tuple[QPersistentModelIndex, int] | None = None
        if not self.following:
            top = view.indexAt(QPoint(view.viewport().width() // 2, 1))
            if top.isValid():
                anchor = (QPersistentModelIndex(top), view.visualRect(top).top())
        view.doItemsLayout()
        bar = view.verticalScrollBar()
        if self.following:
            bar.setValue(bar.maximum())
        elif anchor is not None and anchor[0].isValid():
            moved = view.visualRect(self.vm.messages.index(anchor[0].row())).top() - anchor[1]
            bar.setValue(bar.value() + moved)
        self.update_editor_geometry()
        self._refresh_hover()

    def update_editor_geometry(self) -> None:
        if self._editor_index is not None and self._editor_index.isValid():
            self.message_list.updateEditorGeometries()

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self.following:
            self.message_list.verticalScrollBar().setValue(maximum)
        # a value change that comes with this range change (clamping, re-layout) is not the user's doing;
        # later ones (keys, wheel, scrollTo) are
        QTimer.singleShot(0, self, self._remember_range)
        self._update_jump()

    def _remember_range(self) -> None:
        self._known_maximum = self.message_list.verticalScrollBar().maximum()

    def _on_scrolled(self, value: int) -> None:
        """Reaching the bottom always means following it (End, a key, the wheel, even in the same step as a
        re-layout); leaving it counts only when the range did not just change (a re-layout that moves the
        value is not the user scrolling away)."""
        self._refresh_hover()
        bar = self.message_list.verticalScrollBar()
        at_bottom = value >= bar.maximum() - FOLLOW_SLACK_PX
        if at_bottom or bar.maximum() == self._known_maximum:
            self.following = at_bottom
        self._update_jump()

    def _on_user_scroll(self, _action: int) -> None:
        """The user moved the scroll bar (wheel, drag, click): follow the bottom only if they went there.
        (Value changes caused by re-layout do not count: a list that grows or shrinks keeps following.)"""
        bar = self.message_list.verticalScrollBar()
        self.following = bar.sliderPosition() >= bar.maximum() - FOLLOW_SLACK_PX
        self._update_jump()

    def _update_jump(self) -> None:
        bar = self.message_list.verticalScrollBar()
        show = not self.following and bar.maximum() > 0 and self.message_list.isVisible()
        if show != self.jump_button.isVisible():
            self.jump_button.setVisible(show)
            self._place_jump()

    def show_message(self, row: int) -> None:
        """Scroll to the message at ``row`` (at the top), make it current, and stop following the bottom."""
        index = self.vm.messages.index(row)
        if not index.isValid():
            return
        self.following = False
        self.message_list.setCurrentIndex(index)
        self.message_list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self._update_jump()

    def jump_to_latest(self) -> None:
        self.following = True
        self.message_list.scrollToBottom()
        self.message_list.verticalScrollBar().setValue(self.message_list.verticalScrollBar().maximum())
        self._update_jump()

    def _place_jump(self) -> None:
        geo = self.message_list.geometry()
        self.jump_button.adjustSize()
        size = self.jump_button.sizeHint()
        self.jump_button.move(geo.center().x() - size.width() // 2, geo.bottom() - size.height() - 12)
        self.jump_button.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.empty_state.setGeometry(self.message_list.rect())
        self._place_jump()
        if self.toast.isVisible():
            self.toast.place()

    def open_editor(self, index: QModelIndex) -> None:
        """Show the selectable text of the bubble at ``index`` over it."""
        if self._editor_index is not None and self._editor_index == index:
            return
        self.close_editor()
        self.message_list.openPersistentEditor(index)
        self._editor_index = QModelIndex(index)
        editor = self.message_list.indexWidget(index)
        if editor is not None:
            editor.contextMenuWanted.connect(lambda pos: self.chat_actions.show_menu(index, pos))  # type: ignore[attr-defined]
            editor.setFocus()

    def close_editor(self, *_args: object) -> None:
        if self._editor_index is not None:
            if self._editor_index.isValid():
                self.message_list.closePersistentEditor(self._editor_index)
            self._editor_index = None

    def editor(self) -> QWidget | None:
        if self._editor_index is None or not self._editor_index.isValid():
            return None
        return self.message_list.indexWidget(self._editor_index)

    # --- theme ---------------------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.delegate.set_dark(dark)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_palette()

    def keys_help(self) -> list[tuple[str, str]]:
        """Keys the message list handles itself (for the shortcut sheet; its actions are listed as such)."""
        return [
            (self.tr("Select the text of a message, then copy it"), self.tr("Enter, then Ctrl+C")),
            (self.tr("Message menu (copy, copy as Markdown, save image…)"), self.tr("Menu key or Shift+F10")),
        ]

    def menu_position(self) -> QPoint:
        return self.message_list.viewport().mapToGlobal(self.message_list.viewport().rect().center())
