"""A message's hover actions: a small bar under the row the mouse is over (or the current row, from the
keyboard), with the message's time and one button per ``RowAction`` that applies to the row. The actions are a
list (``ChatActions.row_actions``): another one is one more entry."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListView, QToolButton

from belugadesk.domain.models import Message, MessageStatus, Role
from belugadesk.viewmodels.chat.message_model import MessageListModel
from belugadesk.viewmodels.chat.message_time import full_time, short_time
from belugadesk.views.chat.message_layout import ACTION_STRIP, PADDING, MessageLayout
from belugadesk.views.icons import icon
from belugadesk.views.tone import set_tone


@dataclass(frozen=True)
class RowAction:
    """One button: ``name`` (its accessible name), ``tooltip``, ``icon`` (of the app's set); shown on a row
    when ``applies(row, message)``; ``run(index)`` when clicked."""

    name: str
    tooltip: str
    icon: str
    applies: Callable[[int, Message], bool]
    run: Callable[[QModelIndex], None]


class HoverBar(QFrame):
    def __init__(self, view: QListView, delegate: MessageLayout, actions: Sequence[RowAction]):
        super().__init__(view.viewport())
        self.setAccessibleName(self.tr("Message actions"))
        self.view = view
        self.delegate = delegate
        self.model: MessageListModel = delegate.model
        self.actions_ = list(actions)
        self.index: QPersistentModelIndex | None = None  # the row the bar is for
        self.time_label = QLabel(self)
        self.time_label.setAccessibleName(self.tr("Time"))
        set_tone(self.time_label, "muted")
        self._row_layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for action in self.actions_:
            button = QToolButton(self)
            button.setIcon(icon(action.icon))
            button.setIconSize(QSize(16, 16))
            button.setAutoRaise(True)
            button.setToolTip(action.tooltip)
            button.setAccessibleName(action.name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard has the actions' shortcuts
            button.clicked.connect(lambda _=False, a=action: self._run(a))
            layout.addWidget(button)
            self.buttons[action.name] = button
        layout.addWidget(self.time_label)
        self.hide()

    def follow(self, index: QModelIndex) -> None:
        """Show the bar under the row at ``index`` (hide it for no row)."""
        if not index.isValid():
            self.index = None
            self.hide()
            return
        self.index = QPersistentModelIndex(index)
        self.refresh()

    def refresh(self) -> None:
        """Place the bar again (the row moved, grew or changed) and show what applies to the row now."""
        if self.index is None or not self.index.isValid():
            self.index = None
            self.hide()
            return
        row = self.index.row()
        message = self.model.message_at(row)
        if message.status is MessageStatus.IN_PROGRESS:  # its strip says what it is doing meanwhile
            self.hide()
            return
        for action in self.actions_:
            self.buttons[action.name].setVisible(action.applies(row, message))
        when = short_time(message.created_at)
        author = self.model.author(message)
        shown = when if message.role is Role.USER else self.tr("{who} · {when}").format(who=author, when=when)
        self.time_label.setText(shown)
        self.time_label.setToolTip(full_time(message.created_at))
        user = message.role is Role.USER
        self._row_layout.setDirection(
            QHBoxLayout.Direction.RightToLeft if user else QHBoxLayout.Direction.LeftToRight
        )
        self.adjustSize()
        rect = self.view.visualRect(self.model.index(row))
        bubble = self.delegate.bubble_rect(self.model.index(row), rect)
        height = min(self.sizeHint().height(), ACTION_STRIP)
        top = bubble.bottom() + 1 + (ACTION_STRIP - height) // 2
        left = bubble.right() + 1 - self.width() if user else bubble.left() + PADDING - 4
        self.setGeometry(left, top, self.width(), height)
        self.show()
        self.raise_()

    def _run(self, action: RowAction) -> None:
        if self.index is not None and self.index.isValid():
            action.run(self.model.index(self.index.row()))
            self.refresh()
