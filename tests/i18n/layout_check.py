"""Finds text that does not fit its widget: a label, button, check box or group box title narrower than
its text (Qt then cuts it off or elides it), or a word-wrapped label shorter than its wrapped text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QScrollArea,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    """Content of a scroll area may be larger than what shows: it scrolls, nothing is cut off."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget, text: str, need: int, have: int, what: str) -> str:
    name = widget.objectName() or widget.accessibleName() or type(widget).__name__
    return f"{type(widget).__name__} “{name}”: {text!r} needs {need} px {what}, has {have}"


def clipped_texts(top: QWidget) -> list[str]:
    """Every visible widget under ``top`` whose text does not fit."""
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text.strip() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + SLACK and not _inside_scroll_area(widget, top):
                    problems.append(_describe(widget, text, need, widget.height(), "high"))
            else:
                need = widget.sizeHint().width()
                if need > widget.width() + SLACK:
                    problems.append(_describe(widget, text, need, widget.width(), "wide"))
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if not text.strip():
                continue
            if isinstance(widget, QToolButton) and widget.toolButtonStyle().name == "ToolButtonIconOnly":
                continue
            need = widget.sizeHint().width()
            if need > widget.width() + SLACK:
                problems.append(_describe(widget, text, need, widget.width(), "wide"))
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title().replace("&", "")) + 16
            if need > widget.width() + SLACK:
                problems.append(_describe(widget, widget.title(), need, widget.width(), "wide"))
    return problems
