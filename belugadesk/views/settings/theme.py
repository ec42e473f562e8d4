"""Applying Settings → Appearance to the running app: colour scheme, accent, font and font size.

The app always draws with its own designed palette (``palette_design``) on the Fusion style, with the one
app style sheet (``style_sheet``), so it looks the same on every desktop. "system" follows the platform's
light or dark setting live (``QStyleHints.colorSchemeChanged``); "light" and "dark" override it (and are
passed on to the platform, where it can follow, for native title bars and dialogs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTemporaryDir
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from belugadesk.views.icons import svg_source
from belugadesk.views.settings.fonts import register_bundled_fonts, ui_font
from belugadesk.views.settings.palette_design import Colours, colours_for
from belugadesk.views.settings.style_sheet import app_style_sheet

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
BASE_STYLE = "Fusion"


def effective_color_scheme() -> str:
    """ "dark" or "light": what the app's palette looks like now."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


class AppLook(QObject):
    """The running app's look; the app holds one (``Application.look``).

    ``apply(scheme, font_pt, accent)`` sets the choice; with "system" the look also changes whenever the
    platform's colour scheme does.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scheme = "system"
        self.accent = "blue"
        self.font_pt = 0
        self.colours: Colours | None = None  # what is applied now
        self.fonts = register_bundled_fonts()
        self._images = QTemporaryDir()  # removed with the look
        hints = QGuiApplication.styleHints()
        self._platform = hints.colorScheme()
        hints.colorSchemeChanged.connect(self._on_platform_scheme)

    def apply(self, scheme: str, font_pt: int, accent: str = "blue") -> None:
        """Show ``scheme`` ("system", "light", "dark") with ``accent`` and the UI font at ``font_pt``."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        self.scheme, self.accent = scheme, accent
        hints = QGuiApplication.styleHints()
        wanted = _SCHEMES.get(scheme, Qt.ColorScheme.Unknown)
        if hints.colorScheme() != wanted or scheme == "system":
            hints.setColorScheme(wanted)
            if scheme == "system":
                self._platform = hints.colorScheme()
        if app.style().name().lower() != BASE_STYLE.lower():
            app.setStyle(BASE_STYLE)
        self._show_colours()
        if font_pt != self.font_pt:
            self.font_pt = font_pt
            QApplication.setFont(ui_font(font_pt))

    def close(self) -> None:
        """Stop following the platform's colour scheme (the app is shutting down)."""
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_platform_scheme)

    def resolved_scheme(self) -> str:
        """ "light" or "dark": the choice, or the platform's for "system"."""
        if self.scheme in _SCHEMES:
            return self.scheme
        return "dark" if self._platform == Qt.ColorScheme.Dark else "light"

    def _on_platform_scheme(self, platform: Qt.ColorScheme) -> None:
        if self.scheme != "system":
            return  # our own override echoed back, or a change we do not follow
        self._platform = platform
        self._show_colours()

    def _show_colours(self) -> None:
        colours = colours_for(self.resolved_scheme(), self.accent)
        if colours == self.colours:
            return
        self.colours = colours
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        QApplication.setPalette(colours.palette())
        images = {name: self._image(name, colours.text) for name in ("chevron-down", "chevron-up")}
        images["check"] = self._image("check", colours.on_accent)
        app.setStyleSheet(app_style_sheet(colours, images))

    def _image(self, name: str, colour: str) -> str:
        """Icon ``name`` in ``colour`` as a file (a style sheet draws images only from files); its path."""
        path = Path(self._images.path()) / f"{name}-{colour.lstrip('#')}.svg"
        if not path.exists():
            path.write_text(svg_source(name).replace("currentColor", colour), encoding="utf-8")
        return path.as_posix()
