"""Settings → Sync: the folder your sync tool replicates, this device's name, the devices seen and their
last update, Pause/Resume, Leave sync, and the status as a sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.viewmodels.sync_session import SyncSession
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.icons import icon
from belugadesk.views.tone import set_tone


class SyncQuestions(Questions):
    """What the Sync page asks; tests answer ``active``."""

    async def sync_folder(self, start: str) -> Path | None:
        dialog = QFileDialog(
            self.parent,
            QCoreApplication.translate("SyncQuestions", "Choose the sync folder"),
            start or str(Path.home()),
        )
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chosen = await self._chosen(dialog)
        return chosen[0] if chosen else None

    async def confirm_leave(self) -> bool:
        return await self.confirm_destructive(
            QCoreApplication.translate("SyncQuestions", "Leave sync"),
            QCoreApplication.translate("SyncQuestions", "Stop syncing this computer?"),
            QCoreApplication.translate(
                "SyncQuestions",
                "Everything stays here, and the other devices keep what this one shared. Changes made from "
                "now on are not shared.",
            ),
            QCoreApplication.translate("SyncQuestions", "&Leave sync"),
            QCoreApplication.translate("SyncQuestions", "Leave sync"),
        )


class SyncPage(QWidget):
    def __init__(self, vm: SyncSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.questions = SyncQuestions(self)
        intro = QLabel(
            self.tr(
                "Sync shares your threads list, assistants and the messages of threads kept only on this "
                "computer through a folder that a sync tool you already use (Syncthing, Nextcloud, Dropbox, "
                "iCloud Drive, OneDrive, a network share) copies between your devices. No server of ours; "
                "API keys never go there."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.choose_button = self._button(self.tr("C&hoose…"), "paperclip", self.tr("Choose the sync folder"))
        self.device_name = QLineEdit(self)
        self.device_name.setAccessibleName(self.tr("This device's name"))
        self.device_name.setToolTip(self.tr("How the other devices list this one"))
        self.devices = QListWidget(self)
        self.devices.setAccessibleName(self.tr("Devices"))
        self.pause_button = self._button(self.tr("&Pause"), "stop", self.tr("Stop sharing changes for now"))
        self.sync_button = self._button(self.tr("&Sync now"), "refresh", self.tr("Check the folder now"))
        self.leave_button = self._button(
            self.tr("&Leave sync"), "x", self.tr("Stop syncing this computer; its data stays")
        )
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Sync status"))
        self.status.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.choose_button)
        name_label = QLabel(self.tr("This &device"), self)
        name_label.setBuddy(self.device_name)
        form.addRow(folder_label, folder_row)
        form.addRow(name_label, self.device_name)
        form.addRow(QLabel(self.tr("Devices"), self), self.devices)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        self.choose_button.clicked.connect(lambda: self.vm.start(self.choose_folder()))
        self.device_name.editingFinished.connect(
            lambda: self.vm.start(self.vm.rename_device(self.device_name.text()))
        )
        self.pause_button.clicked.connect(lambda: self.vm.start(self.vm.set_paused(not self.vm.paused)))
        self.sync_button.clicked.connect(lambda: self.vm.start(self.vm.sync_now()))
        self.leave_button.clicked.connect(lambda: self.vm.start(self.leave()))
        vm.statusChanged.connect(self._show_status)
        vm.devicesChanged.connect(self._show_devices)
        vm.settingsChanged.connect(self._show)
        vm.errorChanged.connect(self._on_error)
        self._show()

    def _button(self, text: str, icon_name: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setAccessibleName(text.replace("&", "").removesuffix("…"))
        button.setToolTip(tip)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show()

    def _show(self) -> None:
        on = bool(self.vm.folder)
        self.folder.setText(self.vm.folder)
        self.folder.setPlaceholderText(self.tr("Not syncing"))
        if not self.device_name.hasFocus():
            self.device_name.setText(self.vm.device_name)
        self.device_name.setEnabled(on)
        self.pause_button.setText(self.tr("&Resume") if self.vm.paused else self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.tr("Resume") if self.vm.paused else self.tr("Pause"))
        for button in (self.pause_button, self.leave_button):
            button.setEnabled(on)
        self.sync_button.setEnabled(on and not self.vm.paused)
        self._show_devices()
        self._show_status(self.vm.status)

    def _show_devices(self) -> None:
        self.devices.clear()
        for device in self.vm.devices:
            this = device.device == self.vm.device_id
            when = (
                device.last_update.astimezone().strftime("%Y-%m-%d %H:%M")
                if device.last_update
                else self.tr("never")
            )
            name = self.tr("{name} (this device)").format(name=device.name) if this else device.name
            QListWidgetItem(self.tr("{name} — last update {when}").format(name=name, when=when), self.devices)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        set_tone(self.status, "muted")

    def _on_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    async def choose_folder(self) -> None:
        folder = await self.questions.sync_folder(self.vm.folder)
        if folder is not None:
            self.vm.clear_error()
            await self.vm.choose_folder(folder)

    async def leave(self) -> None:
        if await self.questions.confirm_leave():
            await self.vm.leave()
