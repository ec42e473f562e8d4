"""The app's one icon set: line icons shipped as SVG (``resources/icons/ui/NAME.svg``), drawn in the palette.

``icon("send")`` gives a ``QIcon`` whose engine draws the SVG at paint time in the application palette's
colour for its mode (button text; highlighted text when selected; disabled text when disabled; or the
accent for ``accent=True``), so every icon follows a theme change without being set again. No view uses
the platform style's standard icons.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from belugadesk.viewmodels.resources_access import resource_path

ICON_DIR = "icons/ui"


@cache
def svg_source(name: str) -> str:
    """The SVG of icon ``name``, its colour still ``currentColor`` (FileNotFoundError names the path)."""
    return resource_path(f"{ICON_DIR}/{name}.svg").read_text(encoding="utf-8")


def icon_colour(mode: QIcon.Mode, *, accent: bool = False, palette: QPalette | None = None) -> QColor:
    """The colour an icon is drawn in for ``mode`` under ``palette`` (default: the application's)."""
    palette = palette or QGuiApplication.palette()
    role = QPalette.ColorRole
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, role.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(role.HighlightedText)
    return palette.color(role.Link if accent else role.ButtonText)


class PaletteIconEngine(QIconEngine):
    """Draws one SVG of the set in the palette's colour for the requested mode."""

    def __init__(self, name: str, *, accent: bool = False, colour: QColor | None = None) -> None:
        super().__init__()
        self.name = name
        self.accent = accent
        self.colour = colour  # a fixed colour instead of the palette's (a delegate's row colour)
        self._renderers: dict[str, QSvgRenderer] = {}

    def renderer(self, colour: QColor) -> QSvgRenderer:
        key = colour.name()
        found = self._renderers.get(key)
        if found is None:
            svg = svg_source(self.name).replace("currentColor", key)
            found = self._renderers[key] = QSvgRenderer(QByteArray(svg.encode()))
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = self.colour if self.colour is not None else icon_colour(mode, accent=self.accent)
        self.renderer(colour).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.name, accent=self.accent, colour=self.colour)

    def key(self) -> str:
        return "belugadesk-palette-svg"

    def isNull(self) -> bool:
        return False


def icon(name: str, *, accent: bool = False) -> QIcon:
    """Icon ``name`` of the set, drawn in the palette's text colour (or its accent)."""
    svg_source(name)  # a missing icon fails here, where it is asked for, not at paint time
    return QIcon(PaletteIconEngine(name, accent=accent))


@cache
def _tinted(name: str, rgba: int) -> QIcon:
    svg_source(name)
    return QIcon(PaletteIconEngine(name, colour=QColor.fromRgba(rgba)))


def tinted_icon(name: str, colour: QColor) -> QIcon:
    """Icon ``name`` of the set drawn in ``colour`` whatever the palette (kept, so a delegate may ask for it
    on every paint)."""
    return _tinted(name, colour.rgba())
