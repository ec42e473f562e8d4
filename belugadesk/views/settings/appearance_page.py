"""Settings → Appearance: colour scheme and font size (applied by ``theme.AppLook``)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QFormLayout, QRadioButton, QSpinBox, QVBoxLayout, QWidget

from belugadesk.viewmodels.settings.prefs_vm import SCHEMES, PreferencesViewModel

_SCHEME_LABELS = {"system": "Follow the &system", "light": "&Light", "dark": "&Dark"}


class AppearancePage(QWidget):
    def __init__(self, vm: PreferencesViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.scheme_buttons: dict[str, QRadioButton] = {}
        self.scheme_group = QButtonGroup(self)
        schemes = QVBoxLayout()
        for scheme in SCHEMES:
            button = QRadioButton(_SCHEME_LABELS[scheme], self)
            button.setAccessibleName(f"Colour scheme: {_SCHEME_LABELS[scheme].replace('&', '')}")
            button.setChecked(scheme == vm.color_scheme)
            button.toggled.connect(lambda on, s=scheme: self._on_scheme(s, on))
            self.scheme_group.addButton(button)
            self.scheme_buttons[scheme] = button
            schemes.addWidget(button)
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
        form.addRow("&Font size", self.font_size)

    def _on_scheme(self, scheme: str, checked: bool) -> None:
        if checked:
            self.vm.request_color_scheme(scheme)
