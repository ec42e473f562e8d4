"""The Settings dialog (Ctrl+,): a sidebar of sections with icons (Profiles, Appearance, Behaviour,
Prices, Tools, Data, Sync) and the chosen section's page beside it. Changes apply as they are made."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from belugadesk.viewmodels.settings.settings_vm import SettingsViewModel
from belugadesk.views.icons import icon
from belugadesk.views.settings.appearance_page import AppearancePage
from belugadesk.views.settings.behaviour_page import BehaviourPage
from belugadesk.views.settings.data_page import DataPage
from belugadesk.views.settings.prices_page import PricesPage
from belugadesk.views.settings.profiles_page import ProfilesPage
from belugadesk.views.settings.sync_page import SyncPage
from belugadesk.views.settings.tools_page import ToolsPage


class SettingsDialog(QDialog):
    def __init__(self, vm: SettingsViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.resize(760, 520)
        self.profiles_page = ProfilesPage(vm.profiles, vm.keyring_text, self)
        self.appearance_page = AppearancePage(vm.preferences, self)
        self.behaviour_page = BehaviourPage(vm.preferences, self)
        self.prices_page = PricesPage(vm.prices, self)
        self.tools_page = ToolsPage(vm.tools, self)
        self.data_page = DataPage(vm.data, self) if vm.data is not None else None
        self.sync_page = SyncPage(vm.sync, self) if vm.sync is not None else None
        self.pages = QStackedWidget(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("settingsSections")
        self.nav.setAccessibleName(self.tr("Settings sections"))
        self.nav.setToolTip(self.tr("Choose a section (Up and Down keys)"))
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        sections: list[tuple[str, str, QWidget]] = [
            (self.tr("Profiles"), "user", self.profiles_page),
            (self.tr("Appearance"), "contrast", self.appearance_page),
            (self.tr("Behaviour"), "sliders", self.behaviour_page),
            (self.tr("Prices"), "coins", self.prices_page),
            (self.tr("Tools"), "wrench", self.tools_page),
        ]
        if self.data_page is not None:
            sections.append((self.tr("Data"), "download", self.data_page))
        if self.sync_page is not None:
            sections.append((self.tr("Sync"), "refresh", self.sync_page))
        for title, icon_name, page in sections:
            item = QListWidgetItem(icon(icon_name), title, self.nav)
            item.setToolTip(self.tr("{title} settings").format(title=title))
            page.setAccessibleName(self.tr("{title} settings").format(title=title))
            self.pages.addWidget(page)
        self.nav.setFixedWidth(180)
        self.title = QLabel(self)
        self.title.setAccessibleName(self.tr("Settings section"))
        self._size_title()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        content = QVBoxLayout()
        content.setContentsMargins(12, 0, 0, 0)
        content.addWidget(self.title)
        content.addWidget(self.pages, 1)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addLayout(content, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)

    def _size_title(self) -> None:
        """The section title: bold, a third larger than the text, whatever the font size setting."""
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_title()

    def _show_row(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        item = self.nav.item(row)
        self.title.setText(item.text() if item is not None else "")

    def show_page(self, title: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).text() == title:
                self.nav.setCurrentRow(row)
                return
        raise KeyError(title)
