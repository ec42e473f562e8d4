"""The sidebar's few icons, looked up by name in one place (so another icon set is a one-function swap).

Drawn from Feather's SVG paths (MIT licence) in the widget's palette text colour by ``chat.icons.line_icon``.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QWidget

from belugadesk.views.chat.icons import line_icon

SidebarIcon = Literal["new_chat", "search", "filter", "more"]

_PATHS: dict[SidebarIcon, str] = {
    "new_chat": "M12 20h9M16.5 3.5a2.121 2.121 0 0 1 3 3L7 19l-4 1 1-4L16.5 3.5z",
    "search": "M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM21 21l-4.35-4.35",
    "filter": "M22 3H2l8 9.46V19l4 2v-8.54L22 3z",
    "more": "M5 12h.01M12 12h.01M19 12h.01",
}


def sidebar_icon(
    name: SidebarIcon, widget: QWidget, role: QPalette.ColorRole = QPalette.ColorRole.Text
) -> QIcon:
    """The icon ``name`` in the colour of ``role`` in ``widget``'s palette."""
    return line_icon(_PATHS[name], widget.palette().color(role), 18)
