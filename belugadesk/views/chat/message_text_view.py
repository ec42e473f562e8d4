"""The selectable copy of a bubble's text, opened over it on click: select (mouse or keyboard) and copy."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QPalette, QTextCursor, QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

STYLE_SHEET = "p, ul, ol, h1, h2, h3, h4 { margin-top: 4px; margin-bottom: 4px; } pre { margin: 0; }"


class MessageTextView(QTextBrowser):
    """Read-only, frameless, transparent; links are reported (``anchorClicked``), never followed here.

    ``contextMenuWanted(global_pos)`` lets the chat view show its message menu (with Copy for the selection).
    """

    contextMenuWanted = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.message_id = ""
        self.setAccessibleName(self.tr("Message text"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        self.setPalette(palette)
        self.document().setDocumentMargin(0)
        self.document().setDefaultStyleSheet(STYLE_SHEET)

    def show_html(self, html: str, width: int) -> None:
        self.document().setDefaultFont(self.font())
        self.setHtml(html)
        self.document().setTextWidth(width)

    def show_documents(self, documents: Sequence[QTextDocument], width: int) -> None:
        """Show the documents one after another, as one selectable text (a bubble's blocks)."""
        doc = self.document()
        doc.setDefaultFont(self.font())
        doc.clear()
        cursor = QTextCursor(doc)
        for at, part in enumerate(documents):
            if at:
                cursor.insertBlock()
            start = cursor.position()
            cursor.insertFragment(QTextDocumentFragment(part))
            left = QTextCursor(doc)
            left.setPosition(start)
            after = left.block().next()
            if (
                at
                and left.block().length() == 1
                and after.isValid()
                and not QTextCursor(after).currentTable()
            ):
                left.deletePreviousChar()  # the fragment began with a list: no empty paragraph before it
        doc.setTextWidth(width)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.contextMenuWanted.emit(event.globalPos())
