"""The selectable editor over a clicked bubble: the row's laid-out documents shown in a read-only text
view, for selecting and copying (the chat delegate's third concern, beside layout and painting)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Signal
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from belugadesk.views.chat.message_layout import MessageLayout, ModelIndex
from belugadesk.views.chat.message_text_view import MessageTextView


class EditingDelegate(MessageLayout):
    """``linkActivated(message_id, href)`` for a click on a link inside a bubble or its editor."""

    linkActivated = Signal(str, str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        editor = MessageTextView(parent)
        editor.setFont(option.font)
        editor.anchorClicked.connect(lambda url: self.linkActivated.emit(editor.message_id, url.toString()))
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if not isinstance(editor, MessageTextView):
            return
        row = index.row()
        message = self.model.message_at(row)
        editor.message_id = message.id
        self.context.add_resources(editor.document(), message)
        current = self._current(row, message)
        if current.laid_out:  # the blocks' documents copied, not their rich text parsed again
            editor.show_documents([b.doc for b in current.blocks if b.doc is not None], current.width)
        else:
            editor.show_html(self.rendered(row).html, current.width)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        return  # read-only: the editor is for selecting and copying

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        editor.setGeometry(self.text_rect(index, option.rect))
