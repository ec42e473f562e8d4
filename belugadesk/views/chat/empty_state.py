"""What an empty chat shows: the assistant's name and description, and suggested prompts to click.

Clicking a prompt fills the message box with it and sends it, as chat apps do. Laid over the (empty)
message list, so the list never re-lays out for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from belugadesk.domain.models import AssistantDefinition

COLUMN_WIDTH = 620  # the prompts sit in a centred column this wide at most
PROMPT_STYLE = (
    "QPushButton#suggestedPrompt { text-align: left; border: 1px solid palette(mid); border-radius: 10px;"
    " background: palette(base); }"
    "QPushButton#suggestedPrompt:hover { background: palette(alternate-base); }"
    "QPushButton#suggestedPrompt:focus { border: 2px solid palette(highlight); }"
    "QPushButton#suggestedPrompt:disabled { color: palette(mid); }"
)


class PromptButton(QPushButton):
    """A card with one suggested prompt; its text wraps (a QPushButton's own text would not)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.prompt = text
        self.setObjectName("suggestedPrompt")
        self.setStyleSheet(PROMPT_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Send: {text}").format(text=text))
        self.setToolTip(self.tr("Send this message"))
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # starters are typed by people, never markup
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = self._box = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    # as tall as its wrapped text at the width it is given (a QPushButton measures only its own, empty, text)
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._box.totalHeightForWidth(width)

    def minimumSizeHint(self) -> QSize:
        return self._box.totalMinimumSize()

    def sizeHint(self) -> QSize:
        return self._box.totalSizeHint()


class EmptyState(QWidget):
    promptChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Empty chat"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel(self)
        self.title.setAccessibleName(self.tr("Assistant name"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(self)
        self.description.setAccessibleName(self.tr("Assistant description"))
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description.setWordWrap(True)
        self.description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.prompts: list[PromptButton] = []
        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        self.column = column = QWidget(self)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(16, 0, 16, 0)
        inner.setSpacing(8)
        inner.addWidget(self.title)
        inner.addWidget(self.description)
        inner.addSpacing(16)
        inner.addLayout(self._grid)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.show_assistant(None, ())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.column.setFixedWidth(max(200, min(COLUMN_WIDTH, self.width() - 24)))

    def show_assistant(self, assistant: AssistantDefinition | None, prompts: tuple[str, ...]) -> None:
        if assistant is None:
            self.title.setText(self.tr("No assistant yet"))
            self.description.setText(
                self.tr("Create an assistant (Ctrl+Shift+N) or choose one in the sidebar to start.")
            )
            prompts = ()
        else:
            self.title.setText(assistant.name)
            self.description.setText(
                assistant.description or self.tr("Ask {name} anything.").format(name=assistant.name)
            )
        self.description.setVisible(bool(self.description.text()))
        for button in self.prompts:
            self._grid.removeWidget(button)
            button.deleteLater()
        self.prompts = []
        for i, text in enumerate(prompts):
            button = PromptButton(text, self)
            button.clicked.connect(lambda _checked=False, t=text: self.promptChosen.emit(t))
            self._grid.addWidget(button, i // 2, i % 2)
            self.prompts.append(button)

    def set_prompts_enabled(self, enabled: bool) -> None:
        for button in self.prompts:
            button.setEnabled(enabled)
