"""“Import from server…”: the server's assistants with check boxes, "Load more", and Import."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from belugadesk.viewmodels.assistants.remote_import_vm import RemoteImportViewModel
from belugadesk.views.tone import set_tone


class RemoteImportDialog(QDialog):
    def __init__(self, vm: RemoteImportViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle(self.tr("Import assistants from the server"))
        self.setAccessibleName(self.tr("Import assistants from the server"))
        self.intro = QLabel(
            self.tr("Tick the assistants to import. Ones already imported are greyed out."), self
        )
        self.intro.setWordWrap(True)
        self.list = QListView(self)
        self.list.setModel(vm.model)
        self.list.setAccessibleName(self.tr("Server assistants"))
        self.list.setToolTip(self.tr("Space ticks or unticks the selected assistant"))
        self.more_button = QPushButton(self.tr("Load more"), self)
        self.more_button.setAccessibleName(self.tr("Load more assistants"))
        self.more_button.setToolTip(self.tr("Fetch the next page of the server's assistants"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import the ticked assistants"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more_button)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, 420)

        self.more_button.clicked.connect(vm.request_more)
        self.buttons.accepted.connect(vm.request_import)
        self.buttons.rejected.connect(self.reject)
        # bound methods, not lambdas: the connections end with the dialog (the view-model outlives it)
        vm.model.dataChanged.connect(self._update)
        vm.pageLoaded.connect(self._update)
        vm.busyChanged.connect(self._update)
        vm.errorChanged.connect(self._update)
        vm.imported.connect(self._imported)
        vm.request_more()
        self._update()

    def _imported(self, _stored: object) -> None:
        self.accept()

    def _update(self, *_changed: object) -> None:
        vm = self.vm
        self.more_button.setVisible(vm.has_more)
        self.more_button.setEnabled(not vm.busy)
        self.import_button.setEnabled(vm.checked_count > 0 and not vm.busy)
        if vm.error_text:
            set_tone(self.status, "error")
            self.status.setText(vm.error_text)
            return
        set_tone(self.status, "")
        if vm.busy:
            self.status.setText(self.tr("Loading…"))
        elif vm.loaded_once and vm.model.rowCount() == 0:
            self.status.setText(self.tr("The server has no assistants for this profile."))
        else:
            ticked = vm.checked_count
            self.status.setText(self.tr("{ticked} ticked.").format(ticked=ticked) if ticked else "")
