"""A section whose content shows or hides under a header button (a chevron and a title), like the
"Advanced" part of a form. The header is a checkable button: Space or a click toggles it, and screen
readers read its title and whether it is expanded."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from belugadesk.views.icons import icon


class CollapsibleSection(QWidget):
    expandedChanged = Signal(bool)

    def __init__(
        self, title: str, description: str, parent: QWidget | None = None, *, expanded: bool = False
    ):
        super().__init__(parent)
        self.header = QToolButton(self)
        self.header.setObjectName("sectionHeader")
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.header.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.header.setAccessibleName(title.replace("&", ""))
        self.header.setToolTip(description)
        self.header.setAccessibleDescription(description)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.content = QWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.content, 1)
        self.header.toggled.connect(self._show)
        self.header.setChecked(expanded)
        self._show(expanded)

    def set_content_layout(self, layout: QLayout) -> None:
        layout.setContentsMargins(0, 0, 0, 0)
        self.content.setLayout(layout)

    @property
    def expanded(self) -> bool:
        return self.header.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.header.setChecked(expanded)

    def _show(self, expanded: bool) -> None:
        self.header.setIcon(icon("chevron-down" if expanded else "chevron-right"))
        self.content.setVisible(expanded)
        self.expandedChanged.emit(expanded)
