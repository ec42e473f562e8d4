"""Settings → Appearance: colour scheme, accent colour and font size (applied by ``theme.AppLook``), and
the UI language (applied at the next start, by ``app.translations``)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.viewmodels.settings.prefs_vm import ACCENTS, LANGUAGES, SCHEMES, PreferencesViewModel
from belugadesk.views.icons import icon
from belugadesk.views.settings.palette_design import ACCENT_COLOURS
from belugadesk.views.tone import set_tone

_SCHEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("AppearancePage", "Follow the &system"),
    "light": QT_TRANSLATE_NOOP("AppearancePage", "&Light"),
    "dark": QT_TRANSLATE_NOOP("AppearancePage", "&Dark"),
}
_ACCENT_LABELS = {
    "blue": QT_TRANSLATE_NOOP("AppearancePage", "Blue"),
    "teal": QT_TRANSLATE_NOOP("AppearancePage", "Teal"),
    "green": QT_TRANSLATE_NOOP("AppearancePage", "Green"),
    "violet": QT_TRANSLATE_NOOP("AppearancePage", "Violet"),
    "pink": QT_TRANSLATE_NOOP("AppearancePage", "Pink"),
    "orange": QT_TRANSLATE_NOOP("AppearancePage", "Orange"),
    "graphite": QT_TRANSLATE_NOOP("AppearancePage", "Graphite"),
}
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
            button = QRadioButton(self.tr(_SCHEME_LABELS[scheme]), self)
            button.setIcon(icon(_SCHEME_ICONS[scheme]))
            button.setAccessibleName(
                self.tr("Colour scheme: {scheme}").format(
                    scheme=self.tr(_SCHEME_LABELS[scheme]).replace("&", "")
                )
            )
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
            colour = self.tr(_ACCENT_LABELS[accent])
            swatch.setAccessibleName(self.tr("Accent colour: {colour}").format(colour=colour))
            swatch.setToolTip(self.tr("{colour} accent").format(colour=colour))
            swatch.setChecked(accent == vm.accent)
            swatch.toggled.connect(lambda on, a=accent: self._on_accent(a, on))
            self.accent_group.addButton(swatch)
            self.accent_buttons[accent] = swatch
            accents.addWidget(swatch)
        accents.addStretch(1)

        self.font_size = QSpinBox(self)
        self.font_size.setRange(vm.min_font_pt, vm.max_font_pt)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(vm.font_size)
        self.font_size.setAccessibleName(self.tr("Font size"))
        self.font_size.setToolTip(self.tr("The size of text in the whole window, in points"))
        self.font_size.setMaximumWidth(120)
        self.font_size.valueChanged.connect(vm.request_font_size)

        self.language = QComboBox(self)
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(vm.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(
            self.tr("The language of the window's text; it changes when BelugaDesk starts again")
        )
        self.language.currentIndexChanged.connect(lambda _: vm.request_language(self.language.currentData()))
        self.language_note = QLabel(self.tr("Takes effect after a restart."), self)
        self.language_note.setWordWrap(True)
        set_tone(self.language_note, "muted")
        language = QVBoxLayout()
        language.addWidget(self.language)
        language.addWidget(self.language_note)

        form = QFormLayout(self)
        form.addRow(self.tr("Colour scheme"), schemes)
        form.addRow(self.tr("Accent colour"), accents)
        form.addRow(self.tr("&Font size"), self.font_size)
        language_label = QLabel(self.tr("&Language"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, language)

    def _on_scheme(self, scheme: str, checked: bool) -> None:
        if checked:
            self.vm.request_color_scheme(scheme)

    def _on_accent(self, accent: str, checked: bool) -> None:
        if checked:
            self.vm.request_accent(accent)
