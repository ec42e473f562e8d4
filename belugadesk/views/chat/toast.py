"""A short sentence shown over the bottom of the message list for a few seconds: what an action did ("Copied
the last reply."), or why a link was not opened. Announced to screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

MIN_SHOWN_MS = 3000
PER_CHAR_MS = 60  # a longer sentence stays longer


class Toast(QLabel):
    def __init__(self, over: QWidget, parent: QWidget):
        super().__init__(parent)
        self.over = over  # shown near the bottom of this widget
        self.setObjectName("toast")
        self.setAccessibleName(self.tr("Notification"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a link target
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.place()
        self.show()
        self.raise_()
        self._timer.start(max(MIN_SHOWN_MS, PER_CHAR_MS * len(text)))
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def place(self) -> None:
        geo = self.over.geometry()
        self.setMaximumWidth(max(200, min(560, geo.width() - 40)))
        self.adjustSize()
        size = self.size()
        self.move(geo.center().x() - size.width() // 2, geo.bottom() - size.height() - 56)
