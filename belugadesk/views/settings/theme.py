"""Applying Settings → Appearance to the running app: colour scheme and font size.

Qt ≥ 6.8 lets an app ask the platform for a light or dark scheme (``styleHints().setColorScheme``). Where
the platform theme cannot follow (offscreen, plain X11 without a desktop theme, older Qt), the app sets a
light or dark palette itself, so the choice always takes effect.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#2b2b2b",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#7cb0ff",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3c3c3c",
    QPalette.ColorRole.Mid: "#2f2f2f",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#000000",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7f7f7f",
    QPalette.ColorRole.Text: "#7f7f7f",
    QPalette.ColorRole.ButtonText: "#7f7f7f",
}
_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def effective_color_scheme() -> str:
    """ "dark" or "light": what the app's palette looks like now."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


class AppLook:
    """The running app's colour scheme and font size; the app holds one (``Application.look``).

    It remembers whether the palette in use is its own (set where the platform could not follow the
    scheme), so that a later choice can give the platform's palette back.
    """

    def __init__(self, *, own_palette: bool = False) -> None:
        self.own_palette = own_palette

    def apply(self, scheme: str, font_pt: int) -> None:
        """Ask for ``scheme`` ("system", "light", "dark"), else set our own palette; set the font size."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        wanted = _SCHEMES.get(scheme, Qt.ColorScheme.Unknown)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):
            hints.setColorScheme(wanted)
        if self.own_palette:
            QApplication.setPalette(QPalette())  # back to the platform's palette
            self.own_palette = False
        if scheme in _SCHEMES and effective_color_scheme() != scheme:
            style = app.style()
            QApplication.setPalette(dark_palette() if scheme == "dark" else style.standardPalette())
            self.own_palette = True
        font = QGuiApplication.font()
        if font.pointSize() != font_pt:
            font.setPointSize(font_pt)
            QGuiApplication.setFont(font)
