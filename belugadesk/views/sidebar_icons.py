"""The sidebar's few icons, looked up by name in one place (so another icon set is a one-function swap).

Drawn from Feather's SVG paths (MIT licence; the pin is Tabler's, also MIT) in a palette colour by
``chat.icons.line_icon``.
"""

from __future__ import annotations

import functools
from typing import Literal

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QWidget

from belugadesk.views.chat.icons import line_icon

SidebarIcon = Literal["new_chat", "search", "filter", "more", "pin", "rename"]

_PATHS: dict[SidebarIcon, str] = {
    "new_chat": "M12 20h9M16.5 3.5a2.121 2.121 0 0 1 3 3L7 19l-4 1 1-4L16.5 3.5z",
    "search": "M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM21 21l-4.35-4.35",
    "filter": "M22 3H2l8 9.46V19l4 2v-8.54L22 3z",
    "more": "M5 12h.01M12 12h.01M19 12h.01",
    "pin": "M15 4.5l-4 4-4 1.5-1.5 1.5 7 7 1.5-1.5 1.5-4 4-4M9 15l-4.5 4.5M14.5 4l5.5 5.5",  # Tabler (MIT)
    "rename": "M17 3a2.828 2.828 0 1 1 4 4L7.5 20.5 2 22l1.5-5.5L17 3z",
}


def sidebar_icon(
    name: SidebarIcon, widget: QWidget, role: QPalette.ColorRole = QPalette.ColorRole.Text
) -> QIcon:
    """The icon ``name`` in the colour of ``role`` in ``widget``'s palette."""
    return coloured_icon(name, widget.palette().color(role))


@functools.lru_cache(maxsize=64)
def _cached(name: SidebarIcon, rgba: int, size: int) -> QIcon:
    return line_icon(_PATHS[name], QColor.fromRgba(rgba), size)


def coloured_icon(name: SidebarIcon, colour: QColor, size: int = 18) -> QIcon:
    """The icon ``name`` drawn in ``colour`` (kept, so a delegate may ask for it on every paint)."""
    return _cached(name, colour.rgba(), size)
