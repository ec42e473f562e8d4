"""A label's tone (an error, a success, a quiet hint): the app style sheet colours each for the scheme in
use (``settings/style_sheet``), so a label set once follows a theme change. No view hard-codes a colour."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QWidget

Tone = Literal["", "error", "success", "muted"]


def set_tone(widget: QWidget, tone: Tone) -> None:
    """Colour ``widget``'s text for ``tone`` ("" for plain text)."""
    if (widget.property("tone") or "") == tone:
        return
    widget.setProperty("tone", tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
