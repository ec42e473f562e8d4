"""Settings → Data: the backups of the database (date, size), Back up now, Restore… (at the next start,
after a confirmation), Open folder, and how many days the daily backups are kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from belugadesk.viewmodels.settings.data_vm import DataViewModel
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.icons import icon
from belugadesk.views.tone import set_tone


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


class DataQuestions(Questions):
    """What the Data page asks; tests answer ``active``."""

    async def backup_to_restore(self, start: Path) -> Path | None:
        return await self.open_path(
            QCoreApplication.translate("DataQuestions", "Restore a backup"),
            QCoreApplication.translate("DataQuestions", "Backups (*.sqlite3)"),
            start,
        )

    async def confirm_restore(self, source: Path) -> bool:
        return await self.confirm_destructive(
            QCoreApplication.translate("DataQuestions", "Restore a backup"),
            QCoreApplication.translate("DataQuestions", "Restore {name}?").format(name=source.name),
            QCoreApplication.translate(
                "DataQuestions",
                "BelugaDesk restores it when it starts again (quit and start it). The data as it is then "
                "is backed up first, and the current database file is kept beside it, renamed.",
            ),
            QCoreApplication.translate("DataQuestions", "&Restore at next start"),
            QCoreApplication.translate("DataQuestions", "Restore at next start"),
        )


class DataPage(QWidget):
    def __init__(self, vm: DataViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.questions = DataQuestions(self)
        intro = QLabel(
            self.tr(
                "BelugaDesk backs up its database once a day. A backup holds your threads, their messages "
                "kept here and your assistants; API keys are never in it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.back_up_button = self._button(self.tr("&Back up now"), "download", self.tr("Make a backup now"))
        self.restore_button = self._button(
            self.tr("&Restore…"), "upload", self.tr("Restore the selected backup, or choose a file")
        )
        self.open_button = self._button(
            self.tr("&Open folder"), "paperclip", self.tr("Show the backups folder in the file manager")
        )
        self.cancel_button = self._button(
            self.tr("&Cancel restore"), "x", self.tr("Do not restore a backup at the next start")
        )
        self.keep_days = QSpinBox(self)
        self.keep_days.setRange(1, 3650)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_days.setAccessibleName(self.tr("Keep daily backups for"))
        self.keep_days.setValue(vm.keep_days)
        keep_label = QLabel(self.tr("&Keep daily backups for"), self)
        keep_label.setBuddy(self.keep_days)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Backup status"))
        self.message.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        keep = QHBoxLayout()
        keep.addWidget(keep_label)
        keep.addWidget(self.keep_days)
        keep.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(keep)
        layout.addWidget(self.message)
        layout.addWidget(self.error_label)
        self.back_up_button.clicked.connect(lambda: self.vm.start(self.vm.back_up_now()))
        self.restore_button.clicked.connect(lambda: self.vm.start(self.restore()))
        self.cancel_button.clicked.connect(lambda: self.vm.start(self.vm.cancel_restore()))
        self.open_button.clicked.connect(self.open_folder)
        self.keep_days.editingFinished.connect(
            lambda: self.vm.start(self.vm.set_keep_days(self.keep_days.value()))
        )
        vm.backupsChanged.connect(self._show)
        vm.messageChanged.connect(self._show_message)
        vm.errorChanged.connect(self._on_error)
        self._show()

    def _button(self, text: str, icon_name: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setAccessibleName(text.replace("&", "").removesuffix("…"))
        button.setToolTip(tip)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.vm.start(self.vm.refresh())

    def _show(self) -> None:
        self.list.clear()
        for info in self.vm.backups:
            when = info.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(f"{when}    {_size(info.size)}", self.list)
            item.setToolTip(str(info.path))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
        if not self.vm.backups:
            QListWidgetItem(self.tr("No backup yet."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        pending = self.vm.pending_restore
        self.cancel_button.setVisible(pending is not None)
        if pending is not None and not self.vm.message:
            self._show_message(
                self.tr("{name} will be restored at the next start.").format(name=pending.name)
            )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        set_tone(self.message, "muted")

    def _on_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def selected_backup(self) -> Path | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(value) if value else None

    async def restore(self) -> None:
        source = self.selected_backup() or await self.questions.backup_to_restore(self.vm.folder)
        if source is None or not await self.questions.confirm_restore(source):
            return
        await self.vm.restore_at_next_start(source)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.vm.ensure_folder())))
