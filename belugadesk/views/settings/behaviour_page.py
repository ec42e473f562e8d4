"""Settings → Behaviour: which key sends a message."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from belugadesk.viewmodels.settings.prefs_vm import PreferencesViewModel


class BehaviourPage(QWidget):
    def __init__(self, vm: PreferencesViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        title = QLabel(self.tr("Sending messages"), self)
        self.enter_sends = QRadioButton(self.tr("&Enter sends, Shift+Enter starts a new line"), self)
        self.enter_sends.setAccessibleName(self.tr("Enter sends"))
        self.ctrl_enter_sends = QRadioButton(self.tr("&Ctrl+Enter sends, Enter starts a new line"), self)
        self.ctrl_enter_sends.setAccessibleName(self.tr("Ctrl+Enter sends"))
        group = QButtonGroup(self)
        group.addButton(self.enter_sends)
        group.addButton(self.ctrl_enter_sends)
        (self.enter_sends if vm.enter_sends else self.ctrl_enter_sends).setChecked(True)
        self.enter_sends.toggled.connect(vm.request_enter_sends)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.enter_sends)
        layout.addWidget(self.ctrl_enter_sends)
        layout.addStretch(1)
