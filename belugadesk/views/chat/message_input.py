"""The message box: one line tall when empty, growing with its text; Enter or Ctrl+Enter sends (a setting);
files dropped on it or pasted into it, and images pasted as data (Ctrl+V), are offered for attaching."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

from belugadesk.views.chat.drops import attachable, dropped_files, dropped_image

SEND_ON = ("enter", "ctrl_enter")
MAX_LINES = 8


class MessageInput(QPlainTextEdit):
    submitted = Signal(str)
    filesDropped = Signal(list)  # list[Path]
    imagePasted = Signal(bytes)  # an image pasted or dropped as data, as PNG bytes

    def __init__(self, parent: QWidget | None = None, *, send_on: str = "enter"):
        super().__init__(parent)
        self.send_on = "enter"
        self.setAccessibleName(self.tr("Message"))
        self.setTabChangesFocus(True)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self.set_send_on(send_on)
        self._fit()

    # --- sending -------------------------------------------------------------------------------------

    def set_send_on(self, send_on: str) -> None:
        """``"enter"``: Enter sends, Shift+Enter breaks the line. ``"ctrl_enter"``: Ctrl+Enter sends."""
        if send_on not in SEND_ON:
            raise ValueError(f"send_on must be one of {SEND_ON}, not {send_on!r}")
        self.send_on = send_on
        if send_on == "enter":
            self.setPlaceholderText(
                self.tr("Message the assistant — Enter to send, Shift+Enter for a new line")
            )
            self.setToolTip(self.tr("Enter sends; Shift+Enter starts a new line"))
        else:
            self.setPlaceholderText(
                self.tr("Message the assistant — Ctrl+Enter to send, Enter for a new line")
            )
            self.setToolTip(self.tr("Ctrl+Enter sends; Enter starts a new line"))

    def keys_help(self) -> list[tuple[str, str]]:
        """The keys this box handles itself, as the setting has them (for the shortcut sheet)."""
        if self.enter_sends:
            return [(self.tr("Send"), self.tr("Enter")), (self.tr("New line"), self.tr("Shift+Enter"))]
        return [(self.tr("Send"), self.tr("Ctrl+Enter")), (self.tr("New line"), self.tr("Enter"))]

    @property
    def enter_sends(self) -> bool:
        return self.send_on == "enter"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if (self.enter_sends and not shift and not ctrl) or (not self.enter_sends and ctrl):
                self.submit()
                return
            if self.enter_sends and ctrl:
                self.submit()  # Ctrl+Enter also sends when Enter does
                return
            self.insertPlainText("\n")  # Shift+Enter: a plain new line (not a paragraph separator)
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        text = self.toPlainText()
        if text.strip():
            self.submitted.emit(text)

    # --- height --------------------------------------------------------------------------------------

    def _chrome(self) -> int:
        margins = self.contentsMargins()
        return int(2 * self.document().documentMargin()) + margins.top() + margins.bottom()

    def _fit(self) -> None:
        lines = max(1, math.ceil(self.document().documentLayout().documentSize().height()))
        spacing = self.fontMetrics().lineSpacing()
        height = min(lines, MAX_LINES) * spacing + self._chrome() + 2
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    # --- paste, drag and drop -----------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return attachable(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Files and image data are attached, not pasted as text."""
        files = dropped_files(source)
        if files:
            self.filesDropped.emit(files)
            return
        image = dropped_image(source)
        if image is not None:
            self.imagePasted.emit(image)
            return
        super().insertFromMimeData(source)

    def _local_files(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        return dropped_files(event.mimeData())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event)
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
            return
        super().dropEvent(event)
