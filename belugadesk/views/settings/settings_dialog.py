"""The Settings dialog (Ctrl+,): Profiles, Appearance, Behaviour, Prices. Changes apply as they are made."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from belugadesk.viewmodels.settings.settings_vm import SettingsViewModel
from belugadesk.views.settings.appearance_page import AppearancePage
from belugadesk.views.settings.behaviour_page import BehaviourPage
from belugadesk.views.settings.prices_page import PricesPage
from belugadesk.views.settings.profiles_page import ProfilesPage


class SettingsDialog(QDialog):
    def __init__(self, vm: SettingsViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.resize(760, 520)
        self.profiles_page = ProfilesPage(vm.profiles, vm.keyring_text, self)
        self.appearance_page = AppearancePage(vm.preferences, self)
        self.behaviour_page = BehaviourPage(vm.preferences, self)
        self.prices_page = PricesPage(vm.prices, self)
        self.pages = QStackedWidget(self)
        self.nav = QListWidget(self)
        self.nav.setAccessibleName("Settings pages")
        self.nav.setToolTip("Choose a settings page")
        for title, page in (
            ("Profiles", self.profiles_page),
            ("Appearance", self.appearance_page),
            ("Behaviour", self.behaviour_page),
            ("Prices", self.prices_page),
        ):
            self.nav.addItem(title)
            self.pages.addWidget(page)
        self.nav.setFixedWidth(150)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)

    def show_page(self, title: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).text() == title:
                self.nav.setCurrentRow(row)
                return
        raise KeyError(title)
