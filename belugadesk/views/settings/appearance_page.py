"""Settings → Appearance: colour scheme, accent colour and font size (applied by ``theme.AppLook``)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.viewmodels.settings.prefs_vm import ACCENTS, SCHEMES, PreferencesViewModel
from belugadesk.views.icons import icon
from belugadesk.views.settings.palette_design import ACCENT_COLOURS

_SCHEME_LABELS = {"system": "Follow the &system", "light": "&Light", "dark": "&Dark"}
_SCHEME_ICONS = {"system": "monitor", "light": "sun", "dark": "moon"}
SWATCH = 22


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(SWATCH * 2, SWATCH * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 0))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(2, 2, SWATCH - 4, SWATCH - 4)
    painter.end()
    return QIcon(pixmap)


class AppearancePage(QWidget):
    def __init__(self, vm: PreferencesViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.scheme_buttons: dict[str, QRadioButton] = {}
        self.scheme_group = QButtonGroup(self)
        schemes = QVBoxLayout()
        for scheme in SCHEMES:
            button = QRadioButton(_SCHEME_LABELS[scheme], self)
            button.setIcon(icon(_SCHEME_ICONS[scheme]))
            button.setAccessibleName(f"Colour scheme: {_SCHEME_LABELS[scheme].replace('&', '')}")
            button.setChecked(scheme == vm.color_scheme)
            button.toggled.connect(lambda on, s=scheme: self._on_scheme(s, on))
            self.scheme_group.addButton(button)
            self.scheme_buttons[scheme] = button
            schemes.addWidget(button)

        self.accent_buttons: dict[str, QToolButton] = {}
        self.accent_group = QButtonGroup(self)
        self.accent_group.setExclusive(True)
        accents = QHBoxLayout()
        accents.setSpacing(4)
        for accent in ACCENTS:
            swatch = QToolButton(self)
            swatch.setCheckable(True)
            swatch.setIcon(_swatch(ACCENT_COLOURS[accent]))
            swatch.setIconSize(QSize(SWATCH, SWATCH))
            swatch.setAccessibleName(f"Accent colour: {accent}")
            swatch.setToolTip(f"{accent.capitalize()} accent")
            swatch.setChecked(accent == vm.accent)
            swatch.toggled.connect(lambda on, a=accent: self._on_accent(a, on))
            self.accent_group.addButton(swatch)
            self.accent_buttons[accent] = swatch
            accents.addWidget(swatch)
        accents.addStretch(1)

        self.font_size = QSpinBox(self)
        self.font_size.setRange(vm.min_font_pt, vm.max_font_pt)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(vm.font_size)
        self.font_size.setAccessibleName("Font size")
        self.font_size.setToolTip("The size of text in the whole window, in points")
        self.font_size.setMaximumWidth(120)
        self.font_size.valueChanged.connect(vm.request_font_size)

        form = QFormLayout(self)
        form.addRow("Colour scheme", schemes)
        form.addRow("Accent colour", accents)
        form.addRow("&Font size", self.font_size)

    def _on_scheme(self, scheme: str, checked: bool) -> None:
        if checked:
            self.vm.request_color_scheme(scheme)

    def _on_accent(self, accent: str, checked: bool) -> None:
        if checked:
            self.vm.request_accent(accent)
