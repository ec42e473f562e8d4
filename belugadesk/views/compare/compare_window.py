"""The Compare window: two to four assistants chosen, one prompt, their replies side by side in columns.

Each column shows its assistant's chat as the main chat does (the same message list and delegate), its
status, usage and cost, and its own Stop, Ask again and "Continue with this one". Keys: Alt+1…4 go to a
column's replies, Esc stops the reply of the column in focus, Ctrl+W closes (asking what becomes of the
threads when none was chosen).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.models import AssistantDefinition, ToolCallPart
from belugadesk.viewmodels.compare.compare_vm import MAX_COLUMNS, CompareViewModel, Undecided
from belugadesk.views.chat.actions import follow_link
from belugadesk.views.chat.link_confirmation import ChatQuestions
from belugadesk.views.chat.message_delegate import MessageDelegate
from belugadesk.views.chat.message_input import MessageInput
from belugadesk.views.chat.tool_dialog import ToolOutputDialog
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.icons import icon
from belugadesk.views.tone import set_tone

ASSISTANT_ID = Qt.ItemDataRole.UserRole


class _CompareWords(QObject):
    """Plurals must come from ``self.tr`` in a QObject for lupdate to extract them as plurals."""

    def keep_or_discard(self, threads: int) -> str:
        return self.tr(
            "Keep all: each of the %n thread(s) is listed with its prompt and reply. "
            "Discard: they are deleted here and on the server.",
            "",
            threads,
        )


class CompareDialogs(Questions):
    """What the comparison asks the person."""

    async def close_undecided(self, threads: int) -> Undecided | None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("CompareDialogs", "Close the comparison?"),
            "",
            parent=self.parent,
        )
        box.setText(
            QCoreApplication.translate("CompareDialogs", "You have not chosen which reply to continue with.")
        )
        box.setInformativeText(_CompareWords().keep_or_discard(threads))
        keep = box.addButton(
            QCoreApplication.translate("CompareDialogs", "Keep all"), QMessageBox.ButtonRole.AcceptRole
        )
        keep.setAccessibleName(QCoreApplication.translate("CompareDialogs", "Keep all threads"))
        discard = box.addButton(
            QCoreApplication.translate("CompareDialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        discard.setAccessibleName(QCoreApplication.translate("CompareDialogs", "Discard all threads"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        await self.ask(box)
        clicked = box.clickedButton()
        if clicked is keep:
            return Undecided.KEEP_ALL
        if clicked is discard:
            return Undecided.DISCARD
        return None


class CompareColumn(QFrame):
    """One assistant's side of the comparison."""

    def __init__(self, compare: CompareViewModel, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.compare = compare
        self.index = index
        self.vm = chat = compare.columns[index]  # the column's chat (what a link in a bubble acts on)
        self.tool_dialog: ToolOutputDialog | None = None
        self.questions = ChatQuestions(self)  # links to open, images to save, MCP tool calls to approve
        chat.tool_approvals = self.questions
        assistant = chat.assistant
        name = assistant.name if assistant else ""
        self.setObjectName("compareColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("{name}'s reply").format(name=name))

        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setText(f"{name} · {chat.model_choice.chosen or (assistant.model if assistant else '')}")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.header.setAccessibleName(self.tr("Assistant and model"))

        self.message_list = QListView(self)
        self.message_list.setAccessibleName(self.tr("{name}'s messages").format(name=name))
        self.message_list.setModel(chat.messages)
        self.delegate = MessageDelegate(chat, self.message_list)
        self.message_list.setItemDelegate(self.delegate)
        self.message_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.message_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.message_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.message_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.message_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.message_list.setFrameShape(QFrame.Shape.NoFrame)
        self.message_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleName(self.tr("Reply status"))
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setAccessibleName(self.tr("Usage and cost"))
        set_tone(self.summary_label, "muted")
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # a server's words, never markup
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Error"))
        set_tone(self.error_label, "error")
        self.error_label.hide()

        self.stop_button = QPushButton(icon("stop"), self.tr("Stop"), self)
        self.stop_button.setAccessibleName(self.tr("Stop {name}'s reply").format(name=name))
        self.stop_button.setToolTip(self.tr("Stop this reply only; the others go on (Esc)"))
        self.again_button = QPushButton(icon("refresh"), self.tr("Ask again"), self)
        self.again_button.setAccessibleName(self.tr("Ask {name} again").format(name=name))
        self.again_button.setToolTip(self.tr("Retry a reply that did not complete, or regenerate this one"))
        self.keep_button = QPushButton(icon("check"), self.tr("Continue with this one"), self)
        self.keep_button.setAccessibleName(self.tr("Continue with {name}").format(name=name))
        self.keep_button.setToolTip(
            self.tr("Keep this thread and open it in the main window; the other replies are deleted")
        )
        self.keep_button.setProperty("primary", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.message_list, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.stop_action = QAction(self.tr("Stop this reply"), self)
        self.stop_action.setShortcut(QKeySequence("Esc"))
        self.stop_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stop_action.triggered.connect(lambda: compare.request_stop(index))
        self.addAction(self.stop_action)

        self.stop_button.clicked.connect(lambda: compare.request_stop(index))
        self.again_button.clicked.connect(lambda: compare.request_ask_again(index))
        self.keep_button.clicked.connect(lambda: compare.request_keep(index))
        self.delegate.linkActivated.connect(lambda message_id, href: follow_link(self, message_id, href))
        chat.toolCallPending.connect(self.show_tool_dialog)
        chat.statusChanged.connect(self.status_label.setText)
        chat.errorChanged.connect(self._on_error)
        chat.streamingChanged.connect(self.update_buttons)
        compare.streamingChanged.connect(self.update_buttons)
        model = chat.messages
        model.rowsInserted.connect(self.delegate.relayout_in_background)
        model.modelReset.connect(self.delegate.relayout_in_background)
        model.dataChanged.connect(self._show_summary)
        model.rowsInserted.connect(self._show_summary)
        self.delegate.sizesChanged.connect(self._relayout)
        self.message_list.viewport().installEventFilter(self)
        self._apply_palette()
        self.update_buttons()

    def update_buttons(self) -> None:
        streaming = self.vm.streaming
        self.stop_button.setEnabled(streaming)
        self.again_button.setEnabled(self.compare.can_ask_again(self.index))
        self.keep_button.setEnabled(not streaming and self.vm.thread is not None)

    def _on_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _show_summary(self) -> None:
        self.summary_label.setText(self.compare.summary(self.index))
        self.update_buttons()

    def _relayout(self) -> None:
        self.message_list.doItemsLayout()
        if self.vm.streaming:
            self.message_list.scrollToBottom()  # follow the reply being written

    # --- what a link in a bubble asks of the pane (views/chat/actions.LinkHost) ---------------------------

    def say(self, text: str) -> None:
        """What an action in this column did (a link not opened, the sandbox note), on its status line."""
        self.status_label.setText(text)

    def close_editor(self, *_args: object) -> None:
        """A column has no selectable editor over a bubble: nothing to close."""

    def show_tool_dialog(self, call: ToolCallPart) -> None:
        """The assistant waits for a function call's output: the person gives it (or declines)."""
        if self.tool_dialog is not None and self.tool_dialog.isVisible():
            self.tool_dialog.raise_()
            return
        dialog = ToolOutputDialog(call, self)
        dialog.answered.connect(self._on_tool_answered)
        dialog.finished.connect(lambda _result: setattr(self, "tool_dialog", None))
        self.tool_dialog = dialog
        dialog.open()

    def _on_tool_answered(self, call_id: str, output: object) -> None:
        self.vm.answer_tool_call(call_id, output if isinstance(output, str) else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.message_list.viewport() and event.type() == QEvent.Type.Resize:
            self.delegate.set_width(self.message_list.viewport().width())
            self.message_list.scheduleDelayedItemsLayout()
        return super().eventFilter(watched, event)

    def _apply_palette(self) -> None:
        self.delegate.set_dark(self.palette().color(QPalette.ColorRole.Base).lightness() < 128)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_palette()


class CompareWindow(QWidget):
    """A window of its own (not modal): the main window stays usable while replies stream."""

    def __init__(
        self,
        vm: CompareViewModel,
        assistants: list[AssistantDefinition],
        parent: QWidget | None = None,
        *,
        send_on: str = "enter",
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.vm = vm
        self._decided = False
        self.columns: list[CompareColumn] = []
        self.setWindowTitle(self.tr("Compare assistants"))
        self.setAccessibleName(self.tr("Compare assistants"))
        self.questions = CompareDialogs(self)

        self.picker_label = QLabel(self.tr("Assistants to compare (two to four):"), self)
        self.picker = QListWidget(self)
        self.picker.setAccessibleName(self.tr("Assistants to compare"))
        self.picker.setToolTip(self.tr("Check two to four assistants (Space checks the one in focus)"))
        self.picker_label.setBuddy(self.picker)
        for assistant in assistants:
            item = QListWidgetItem(f"{assistant.name} · {assistant.model}", self.picker)
            item.setData(ASSISTANT_ID, assistant.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.picker.setMaximumHeight(120)
        self._assistants = {a.id: a for a in assistants}

        self.input = MessageInput(self, send_on=send_on)
        self.input.setAccessibleName(self.tr("Prompt for every assistant"))
        self.input.setPlaceholderText(self.tr("One prompt, sent to every assistant chosen"))
        self.send_button = QPushButton(icon("columns"), self.tr("Compare"), self)
        self.send_button.setAccessibleName(self.tr("Send to every assistant"))
        self.send_button.setProperty("primary", True)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.input, 1)
        prompt_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.hint_label = QLabel(self)
        self.hint_label.setAccessibleName(self.tr("Why the comparison cannot be sent"))
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        set_tone(self.hint_label, "muted")
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setAccessibleName(self.tr("Replies side by side"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.picker_label)
        layout.addWidget(self.picker)
        layout.addLayout(prompt_row)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)
        self.resize(1200, 760)

        self.focus_actions: list[QAction] = []
        for number in range(1, MAX_COLUMNS + 1):
            action = QAction(self.tr("Go to reply {number}").format(number=number), self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _checked=False, at=number - 1: self.focus_column(at))
            self.addAction(action)
            self.focus_actions.append(action)
        close = QAction(self.tr("Close the comparison"), self)
        close.setShortcut(QKeySequence("Ctrl+W"))
        close.triggered.connect(self.close)
        self.addAction(close)

        self.picker.itemChanged.connect(self._on_picked)
        self.input.submitted.connect(self._send)
        self.send_button.clicked.connect(self.input.submit)
        vm.columnsChanged.connect(self._show_columns)
        vm.errorChanged.connect(self._on_error)
        vm.decided.connect(self._on_decided)
        vm.streamingChanged.connect(self._update_send)  # sent: the prompt cannot be sent twice
        self._show_columns()

    # --- choosing and sending --------------------------------------------------------------------------

    def checked(self) -> list[AssistantDefinition]:
        items = (self.picker.item(row) for row in range(self.picker.count()))
        return [
            self._assistants[item.data(ASSISTANT_ID)]
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _on_picked(self, item: QListWidgetItem) -> None:
        chosen = self.checked()
        if len(chosen) > MAX_COLUMNS:  # a fifth: refused, the first four stay
            self.picker.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.picker.blockSignals(False)
            self.hint_label.setText(self.tr("At most four assistants can be compared at once."))
            return
        if len(chosen) >= 2:
            self.vm.choose(chosen)
        else:
            self.hint_label.setText(self.tr("Choose at least two assistants."))
            self._update_send()

    def _send(self, text: str) -> None:
        if not self.vm.can_send()[0] or not text.strip():
            return
        self.vm.request_send(text)
        self.picker.setEnabled(False)
        self.picker.hide()  # the columns take the room; their headers name the assistants
        self.picker_label.hide()
        self.input.setReadOnly(True)
        self._update_send()
        if self.columns:
            self.columns[0].message_list.setFocus()

    def _update_send(self) -> None:
        ok, why = self.vm.can_send()
        if len(self.checked()) < 2:
            ok, why = False, self.tr("Choose at least two assistants.")
        self.send_button.setEnabled(ok)
        self.hint_label.setText(why)
        self.hint_label.setVisible(bool(why))

    def _show_columns(self) -> None:
        for column in self.columns:
            column.setParent(None)
            column.deleteLater()
        self.columns = [CompareColumn(self.vm, i, self.splitter) for i in range(len(self.vm.columns))]
        for column in self.columns:
            self.splitter.addWidget(column)
        if self.columns:
            self.splitter.setSizes([1] * len(self.columns))
        self._update_send()

    def focus_column(self, index: int) -> None:
        if 0 <= index < len(self.columns):
            self.columns[index].message_list.setFocus()

    def _on_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # --- closing ---------------------------------------------------------------------------------------

    def _on_decided(self) -> None:
        self._decided = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._decided:
            super().closeEvent(event)
            return
        event.ignore()  # the view-model asks what becomes of the threads, then says it is decided
        self.vm.request_close(self.questions)
