"""A banner above the chat saying something about the open thread (gone on the server, read-only, …)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from belugadesk.viewmodels.threads.resume import ThreadResumeViewModel


class ThreadBanner(QWidget):
    def __init__(self, vm: ThreadResumeViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        frame = QFrame(self)
        frame.setObjectName("threadBanner")
        frame.setStyleSheet(
            "#threadBanner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
            " #threadBanner QLabel { color: #4a3b00; }"
        )
        self.label = QLabel(frame)
        self.label.setAccessibleName(self.tr("Thread notice"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a server
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner = QHBoxLayout(frame)
        inner.setContentsMargins(10, 6, 10, 6)
        inner.addWidget(self.label, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 0)
        outer.addWidget(frame)
        vm.noticeChanged.connect(self.show_notice)
        self.show_notice(vm.notice)

    @property
    def text(self) -> str:
        return self.label.text()

    def show_notice(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
