"""The quick-ask window (``belugadesk --quick-ask``): small, always on top, frameless but moved by its
title bar; the chat pane itself (message list, composer, errors) on the quick-ask view-model's chat.

Esc stops a reply being written, else hides the window (the thread stays for next time); "Open in main
window" (Ctrl+O) moves the thread to the main window and hides this one."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from belugadesk import APP_NAME
from belugadesk.viewmodels.quick_ask import QuickAskViewModel
from belugadesk.views.chat.chat_view import ChatView
from belugadesk.views.icons import icon

QUICK_ASK_SIZE = QSize(560, 520)


class TitleBar(QWidget):
    """The window's own title bar (it has no frame): dragging it moves the window."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("quickAskTitleBar")
        self._grab: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and handle.startSystemMove():  # the compositor moves it (Wayland too)
            return
        self._grab = event.globalPosition().toPoint() - self.window().frameGeometry().topLeft()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None:
            self.window().move(event.globalPosition().toPoint() - self._grab)
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab = None
        super().mouseReleaseEvent(event)


class QuickAskWindow(QWidget):
    def __init__(self, vm: QuickAskViewModel, parent: QWidget | None = None, *, send_on: str = "enter"):
        super().__init__(parent)
        self.vm = vm
        self.setWindowFlags(
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setObjectName("quickAsk")
        self.setWindowTitle(self.tr("Quick ask — {app}").format(app=APP_NAME))
        self.setAccessibleName(self.tr("Quick ask"))

        self.title_bar = TitleBar(self)
        self.title_label = QLabel(self.title_bar)
        self.title_label.setAccessibleName(self.tr("Assistant"))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.open_button = QPushButton(self.tr("Open in main window"), self.title_bar)
        self.open_button.setIcon(icon("monitor"))
        self.open_button.setAccessibleName(self.tr("Open in main window"))
        self.open_button.setToolTip(self.tr("Continue this conversation in the main window (Ctrl+O)"))
        self.hide_button = QToolButton(self.title_bar)
        self.hide_button.setAutoRaise(True)
        self.hide_button.setIcon(icon("x"))
        self.hide_button.setAccessibleName(self.tr("Hide quick ask"))
        self.hide_button.setToolTip(self.tr("Hide this window; the conversation stays (Esc)"))
        bar = QHBoxLayout(self.title_bar)
        bar.setContentsMargins(10, 6, 6, 0)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.hide_button)

        self.chat_view = ChatView(vm.chat, self, send_on=send_on)
        self.input = self.chat_view.input
        # one Esc in this window: the hide action below stops a reply first
        self.chat_view.chat_actions.stop.setShortcuts([])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)  # room for the border it draws (it has no frame)
        layout.setSpacing(0)
        layout.addWidget(self.title_bar)
        layout.addWidget(self.chat_view, 1)
        view = self.chat_view
        chain = [
            self.input,
            view.attach_button,
            view.model_switcher,
            view.send_button,
            self.open_button,
            self.hide_button,
            view.message_list,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)  # the box first, then its buttons, the title bar's, the reply
        self.setFocusProxy(self.input)

        self.hide_action = QAction(self.tr("Hide quick ask (stops a reply first)"), self)
        self.hide_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.hide_action.triggered.connect(self.escape)
        self.open_action = QAction(self.tr("Open in main window"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.open_in_main)
        self.addActions([self.hide_action, self.open_action])

        self.open_button.clicked.connect(self.open_in_main)
        self.hide_button.clicked.connect(self.hide)
        vm.chat.assistantChanged.connect(self._show_assistant)
        vm.chat.threadChanged.connect(self._update_open)
        vm.chat.streamingChanged.connect(self._update_open)
        self._show_assistant()
        self._update_open()
        self.resize(QUICK_ASK_SIZE)
        self._placed = False

    def set_enter_sends(self, enter_sends: bool) -> None:
        """Enter sends, or Ctrl+Enter sends (Settings → Behaviour), as in the main window."""
        self.chat_view.set_send_on("enter" if enter_sends else "ctrl_enter")

    def _show_assistant(self, *_args: object) -> None:
        name = self.vm.assistant_name
        self.title_label.setText(
            self.tr("Quick ask · {assistant}").format(assistant=name) if name else self.tr("Quick ask")
        )

    def _update_open(self, *_args: object) -> None:
        can = self.vm.can_open_in_main()
        self.open_button.setEnabled(can)
        self.open_action.setEnabled(can)

    # --- showing and hiding --------------------------------------------------------------------------

    def toggle(self) -> None:
        """A second ``--quick-ask``: hide the window if it is the one in use, else show it."""
        if self.isVisible() and self.isActiveWindow():
            self.hide()
        else:
            self.show_and_focus()

    def show_and_focus(self) -> None:
        self.vm.prepare()
        if not self._placed:  # centred, in the upper third of the screen the pointer is on
            self._placed = True
            screen = QGuiApplication.screenAt(self.cursor().pos()) or QGuiApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.move(area.center().x() - self.width() // 2, area.top() + area.height() // 6)
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.input.setFocus()

    def escape(self) -> None:
        if self.vm.chat.streaming:
            self.vm.chat.request_stop()
        else:
            self.hide()

    def open_in_main(self) -> None:
        if self.vm.open_in_main() is not None:
            self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A thin border, so the frameless window stands out from what is behind it."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing (Alt+F4) hides it like Esc: the conversation stays for next time."""
        event.ignore()
        self.hide()
