"""Putting a prompt's text into a message box: it is not sent, and the cursor ends after it."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def insert_prompt(box: QPlainTextEdit, text: str, *, replacing: str = "") -> None:
    """Insert ``text`` at the cursor; when the box starts with ``replacing`` (the picker's ``/query``),
    ``text`` takes its place instead. The box gets the focus, its cursor after the text."""
    cursor = box.textCursor()
    if replacing and box.toPlainText().startswith(replacing):
        cursor.setPosition(0)
        cursor.setPosition(len(replacing), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)
    box.setTextCursor(cursor)
    box.ensureCursorVisible()
    box.setFocus()
