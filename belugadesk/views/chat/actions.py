"""The chat's actions (with their shortcuts), the message context menu, and what a link in a bubble does."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTextBrowser

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.models import ImagePart, Message, Role
from belugadesk.views.chat.app_links import parse_action
from belugadesk.views.chat.hover_bar import RowAction
from belugadesk.views.chat.link_confirmation import link_problem
from belugadesk.views.chat.markdown_render import COPY_CODE
from belugadesk.views.chat.message_html import RETRY, SAVE_IMAGE, TOGGLE, TOOL_OUTPUT
from belugadesk.views.shortcut_sheet import ShortcutSheet

if TYPE_CHECKING:
    from belugadesk.domain.models import ToolCallPart
    from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
    from belugadesk.views.chat.chat_view import ChatView
    from belugadesk.views.chat.link_confirmation import ChatQuestions
    from belugadesk.views.chat.message_delegate import MessageDelegate


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChatActions", text)


SANDBOX_NOTE = QT_TRANSLATE_NOOP(
    "ChatActions", "That file lives in the code interpreter's sandbox; right-click the image to save it."
)


class ChatActions:
    def __init__(self, view: ChatView):
        self.view = view
        self.menu: QMenu | None = None  # the message menu last shown
        vm = view.vm
        self.stop = self._action(
            QCoreApplication.translate("ChatActions", "Stop the reply"),
            "Esc",
            vm.request_stop,
            widget_only=True,
        )
        self.regenerate = self._action(
            QCoreApplication.translate("ChatActions", "Regenerate the last reply"),
            "Ctrl+R",
            vm.request_regenerate,
        )
        self.regenerate.setToolTip(
            QCoreApplication.translate(
                "ChatActions",
                "Ask again for the last reply. On the Responses API the server's conversation keeps the "
                "earlier "
                "reply, so the model sees it as context.",
            )
        )
        self.edit_last = self._action(
            QCoreApplication.translate("ChatActions", "Edit the last message"),
            "Ctrl+Shift+E",
            self._edit_last,
        )
        self.edit_last.setToolTip(
            QCoreApplication.translate(
                "ChatActions", "Put your last message back in the box to change it; sending it makes a branch"
            )
        )
        self.copy_last = self._action(
            QCoreApplication.translate("ChatActions", "Copy the last reply"),
            "Ctrl+Shift+C",
            self.copy_last_reply,
        )
        self.attach = self._action(
            QCoreApplication.translate("ChatActions", "Attach files…"), "Ctrl+Shift+A", view.choose_files
        )
        self.jump = self._action(
            QCoreApplication.translate("ChatActions", "Jump to the latest message"),
            "Ctrl+End",
            view.jump_to_latest,
        )
        self.help = self._action(
            QCoreApplication.translate("ChatActions", "Keyboard shortcuts"), "F1", self.show_shortcuts
        )
        self.branch_here = self._action(_tr("Branch from here"), "Ctrl+Shift+B", self._branch_current)
        self.branch_here.setToolTip(
            _tr("A new thread with the history up to the selected message (the last one if none is selected)")
        )
        self.cancel_edit = self._action(_tr("Cancel the edit"), "", vm.cancel_edit, widget_only=True)
        self.help.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.copy_message = QAction(
            QCoreApplication.translate("ChatActions", "Copy message"), view.message_list
        )
        self.copy_message.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_message.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_message.triggered.connect(
            lambda: self.copy_row(view.message_list.currentIndex(), markdown=False)
        )
        view.message_list.addAction(self.copy_message)
        #: the buttons of a message's hover bar: each runs what a menu entry or shortcut already does
        self.row_actions = [
            RowAction(
                QCoreApplication.translate("ChatActions", "Copy"),
                QCoreApplication.translate("ChatActions", "Copy the message as Markdown"),
                "copy",
                lambda _row, message: bool(message.text),
                lambda index: self.copy_row(index, markdown=True),
            ),
            RowAction(
                QCoreApplication.translate("ChatActions", "Regenerate"),
                self._with_keys(self.regenerate),
                "refresh",
                self._is_last_reply,
                lambda _index: self.regenerate.trigger(),
            ),
            RowAction(
                QCoreApplication.translate("ChatActions", "Edit"),
                self._with_keys(self.edit_last),
                "pencil",
                self._is_last_question,
                lambda _index: self.edit_last.trigger(),
            ),
            RowAction(
                _tr("Branch"),
                _tr("Branch from here: a new thread with the history up to this message"),
                "branch",
                lambda row, _message: self.view.vm.can_branch(row),
                lambda index: self.view.vm.branch_from(index.row()),
            ),
        ]
        self.update_enabled()

    @staticmethod
    def _with_keys(action: QAction) -> str:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f"{action.text()} ({keys})"

    def _is_last_reply(self, row: int, message: Message) -> bool:
        vm = self.view.vm
        return message.role is Role.ASSISTANT and row == vm.messages.rowCount() - 1 and vm.can_regenerate()

    def _is_last_question(self, row: int, message: Message) -> bool:
        vm = self.view.vm
        if message.role is not Role.USER or vm.streaming:
            return False
        later = range(row + 1, vm.messages.rowCount())
        return all(vm.messages.message_at(r).role is not Role.USER for r in later)

    def _action(
        self, text: str, keys: str, slot: Callable[[], object], *, widget_only: bool = False
    ) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
            if widget_only
            else Qt.ShortcutContext.WindowShortcut
        )
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def menu_actions(self) -> list[QAction]:
        """For the window's Chat menu."""
        return [
            self.stop,
            self.regenerate,
            self.edit_last,
            self.branch_here,
            self.cancel_edit,
            self.copy_last,
            self.attach,
            self.jump,
        ]

    def update_enabled(self) -> None:
        vm = self.view.vm
        self.stop.setEnabled(vm.streaming)
        self.regenerate.setEnabled(vm.can_regenerate())
        has_user = (
            any(m.role is Role.USER for m in vm.messages.messages[-2:]) if vm.messages.rowCount() else False
        )
        self.edit_last.setEnabled(not vm.streaming and has_user)
        self.branch_here.setEnabled(vm.can_branch(self._current_row()))
        editing = bool(vm.editing) and not vm.streaming
        self.cancel_edit.setEnabled(editing)
        # Esc is Stop's while a reply streams: the edit holds it only while it can be cancelled
        self.cancel_edit.setShortcut(QKeySequence("Esc") if editing else QKeySequence())
        self.copy_last.setEnabled(vm.messages.rowCount() > 0)

    # --- actions -------------------------------------------------------------------------------------

    def _edit_last(self) -> None:
        if self.view.input.toPlainText().strip():
            self.view.vm.set_error(
                QCoreApplication.translate(
                    "ChatActions", "Empty the message box first: editing puts your last message there."
                )
            )
            return
        self.view.vm.edit_last_message()
        self.view.input.setFocus()

    def edit_message(self, message_id: str) -> None:
        """Put a message in the box to change it; sending it makes a branch."""
        if self.view.input.toPlainText().strip():
            self.view.vm.set_error(_tr("Empty the message box first: editing puts the message there."))
            return
        self.view.vm.edit_message(message_id)
        self.view.input.setFocus()

    def _current_row(self) -> int:
        """The selected message's row, or the last one."""
        index = self.view.message_list.currentIndex()
        return index.row() if index.isValid() else self.view.vm.messages.rowCount() - 1

    def _branch_current(self) -> None:
        self.view.vm.branch_from(self._current_row())

    def copy_last_reply(self) -> None:
        text = self.view.vm.last_reply_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.view.say(QCoreApplication.translate("ChatActions", "Copied the last reply."))

    def copy_row(self, index: QModelIndex, *, markdown: bool) -> None:
        if not index.isValid():
            return
        row = index.row()
        message = self.view.vm.messages.message_at(row)
        text = message.text if markdown else self.view.delegate.plain_text(row)
        QGuiApplication.clipboard().setText(text)

    def show_shortcuts(self) -> ShortcutSheet:
        """The sheet of every shortcut of the window this chat is in (the main or the quick-ask window)."""
        dialog = ShortcutSheet(self.view.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, no nested event loop
        return dialog

    def save_image(self, file_id: str) -> None:
        self.view.vm.request_save_image(file_id, self.view.questions)

    # --- the context menu ----------------------------------------------------------------------------

    def build_menu(self, index: QModelIndex) -> QMenu:
        view, vm = self.view, self.view.vm
        menu = QMenu(view)
        menu.setAccessibleName(QCoreApplication.translate("ChatActions", "Message menu"))
        menu.setToolTipsVisible(True)
        editor = view.editor()
        if isinstance(editor, QTextBrowser) and editor.textCursor().hasSelection():
            menu.addAction(QCoreApplication.translate("ChatActions", "Copy selection"), editor.copy)
        if index.isValid():
            row = index.row()
            message = vm.messages.message_at(row)
            menu.addAction(
                QCoreApplication.translate("ChatActions", "Copy"),
                lambda: self.copy_row(index, markdown=False),
            )
            menu.addAction(
                QCoreApplication.translate("ChatActions", "Copy as Markdown"),
                lambda: self.copy_row(index, markdown=True),
            )
            if message.raw_parts is not None:
                raw = message.raw_parts
                menu.addAction(
                    QCoreApplication.translate("ChatActions", "Copy raw text"),
                    lambda: QGuiApplication.clipboard().setText(raw),
                )
            menu.addAction(
                QCoreApplication.translate("ChatActions", "Select text"), lambda: view.open_editor(index)
            )
            for part in message.parts:
                if isinstance(part, ImagePart) and vm.images.path_for(part.file_id):
                    menu.addAction(
                        QCoreApplication.translate("ChatActions", "Save image as…"),
                        functools.partial(self.save_image, part.file_id),
                    )
            if vm.can_branch(row):
                menu.addSeparator()
                menu.addAction(_tr("Branch from here"), functools.partial(vm.branch_from, row))
                if vm.can_edit(row):
                    edit = menu.addAction(
                        _tr("Edit in a branch…"), functools.partial(self.edit_message, message.id)
                    )
                    edit.setToolTip(_tr("Change this message and send it in a new branch; this thread stays"))
            last = row == vm.messages.rowCount() - 1
            if last and message.role is Role.ASSISTANT and not vm.streaming:
                menu.addSeparator()
                if vm.can_retry(message.id):
                    menu.addAction(
                        QCoreApplication.translate("ChatActions", "Retry"),
                        lambda: vm.request_retry(message.id),
                    )
                menu.addAction(self.regenerate)
        menu.addSeparator()
        menu.addAction(self.edit_last)
        menu.addAction(self.copy_last)
        return menu

    def show_menu(self, index: QModelIndex, global_pos: QPoint) -> None:
        self.menu = self.build_menu(index)
        self.menu.popup(global_pos)

    # --- links in bubbles ----------------------------------------------------------------------------

    def activate_link(self, message_id: str, href: str) -> None:
        follow_link(self.view, message_id, href)


class LinkHost(Protocol):
    """What a pane showing a chat's bubbles gives a link in them (the chat view, a Compare column)."""

    vm: ChatViewModel
    delegate: MessageDelegate
    questions: ChatQuestions

    def say(self, text: str) -> None: ...

    def close_editor(self, *_args: object) -> None: ...

    def show_tool_dialog(self, call: ToolCallPart) -> None: ...


def follow_link(host: LinkHost, message_id: str, href: str) -> None:
    """A click on a link in a bubble: the app's own actions run; any other link came from the model and
    is only offered to open, after a confirmation that shows where it really goes."""
    action = parse_action(href)
    if action is None:
        _offer_to_open(host, href)
        return
    vm = host.vm
    name, argument = action
    if name == COPY_CODE:
        code = host.delegate.code_block(message_id, argument)
        if code:
            QGuiApplication.clipboard().setText(code)
            host.delegate.show_copied(message_id, argument)
    elif name == TOGGLE:
        host.close_editor()
        host.delegate.toggle_expanded(message_id, argument)
    elif name == TOOL_OUTPUT:
        call = vm.tool_call(argument)
        if call is not None and argument in vm.pending_tool_calls:
            host.show_tool_dialog(call)
    elif name == RETRY:
        vm.request_retry(argument)
    elif name == SAVE_IMAGE:
        vm.request_save_image(argument, host.questions)


def _offer_to_open(host: LinkHost, href: str) -> None:
    if href.strip().lower().startswith("sandbox:"):
        host.say(QCoreApplication.translate("ChatActions", SANDBOX_NOTE))
        return
    url = QUrl(href.strip(), QUrl.ParsingMode.StrictMode)
    problem = link_problem(url)
    if problem:
        host.say(problem)
        return
    question = host.questions.active
    if question is not None:  # one question at a time
        question.raise_()
        return
    host.vm.request_open_link(url, host.questions)
