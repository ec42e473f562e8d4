"""Settings → Profiles: the profile list and its actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.viewmodels.settings.profiles_vm import Profile, ProfilesViewModel
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.settings.profile_editor_dialog import ProfileEditorDialog
from belugadesk.views.tone import set_tone


class ProfileDialogs(Questions):
    """What the profiles page's flows ask (``ProfileQuestions``); tests answer ``active``."""

    async def confirm_delete(self, profile: Profile) -> bool:
        return await self.confirm_destructive(
            QCoreApplication.translate("ProfileDialogs", "Delete profile"),
            QCoreApplication.translate("ProfileDialogs", "Delete the profile “{name}”?").format(
                name=profile.name
            ),
            QCoreApplication.translate(
                "ProfileDialogs",
                "Its API key is removed from the keyring too. Its threads stay in the database.",
            ),
            QCoreApplication.translate("ProfileDialogs", "&Delete"),
            QCoreApplication.translate("ProfileDialogs", "Delete profile and key"),
        )


class ProfilesPage(QWidget):
    def __init__(self, vm: ProfilesViewModel, keyring_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.editor: ProfileEditorDialog | None = None
        self.questions = ProfileDialogs(self)
        label = QLabel(self.tr("&Profiles"), self)
        self.list = QListView(self)
        self.list.setModel(vm.model)
        self.list.setAccessibleName(self.tr("Profiles"))
        label.setBuddy(self.list)
        self.details = QLabel(self)
        self.details.setAccessibleName(self.tr("Selected profile"))
        self.details.setWordWrap(True)
        self.keyring_label = QLabel(keyring_text, self)
        self.keyring_label.setAccessibleName(self.tr("Keyring"))
        self.keyring_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Error"))
        set_tone(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        for name, text, tip in (
            (
                "add",
                self.tr("&Add…"),
                self.tr("Add a profile for OpenAI, Azure OpenAI or an OpenAI-compatible server"),
            ),
            ("edit", self.tr("&Edit…"), self.tr("Change the selected profile or its API key")),
            ("duplicate", self.tr("D&uplicate"), self.tr("Copy the selected profile, including its key")),
            ("delete", self.tr("De&lete…"), self.tr("Delete the selected profile and its API key")),
            (
                "activate",
                self.tr("Set a&ctive"),
                self.tr("Use the selected profile for conversations from now on"),
            ),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setToolTip(tip)
            column.addWidget(button)
            self.buttons[name] = button
        column.addStretch(1)

        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.error_label)

        self.buttons["add"].clicked.connect(lambda: self.open_editor(None))
        self.buttons["edit"].clicked.connect(lambda: self._with_selected(self.open_editor))
        self.buttons["duplicate"].clicked.connect(lambda: self._with_selected(self.vm.request_duplicate))
        self.buttons["delete"].clicked.connect(lambda: self._with_selected(self.ask_delete))
        self.buttons["activate"].clicked.connect(lambda: self._with_selected(self.vm.request_activate))
        self.list.activated.connect(lambda index: self._with_selected(self.open_editor))
        self.list.selectionModel().currentChanged.connect(self._on_current)
        vm.model.modelReset.connect(self._restore_selection)
        vm.model.dataChanged.connect(self._on_data_changed)
        vm.errorChanged.connect(self._on_error)
        vm.duplicated.connect(self._select_copy)
        self._restore_selection()

    def selected(self) -> Profile | None:
        return self.vm.model.profile_at(self.list.currentIndex().row())

    def select(self, profile_id: str) -> None:
        row = self.vm.model.row_of(profile_id)
        if row >= 0:
            self.list.setCurrentIndex(self.vm.model.index(row))

    def _with_selected(self, action: Callable[[str], object]) -> None:
        profile = self.selected()
        if profile is not None:
            action(profile.id)

    def _restore_selection(self) -> None:
        kept = getattr(self, "_selected_id", None)
        self._selected_id = kept if kept and self.vm.profile(kept) else self.vm.active_profile_id
        if self._selected_id is not None:
            self.select(self._selected_id)
        self._show_details()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        profile = self.vm.model.profile_at(current.row())
        if profile is not None:
            self._selected_id = profile.id
        self._show_details()

    def _show_details(self) -> None:
        profile = self.selected()
        for name in ("edit", "duplicate", "delete", "activate"):
            self.buttons[name].setEnabled(profile is not None)
        if profile is None:
            self.details.clear()
            return
        self.buttons["delete"].setEnabled(self.vm.can_delete(profile.id))
        self.buttons["activate"].setEnabled(profile.id != self.vm.active_profile_id)
        where = profile.azure_endpoint or profile.base_url or self.tr("the built-in offline server")
        key = self.vm.model.key_text(profile.id)
        key_line = "\n" + self.tr("API key: {key}").format(key=key) if key else ""
        self.details.setText(f"{profile.name}: {where}{key_line}")

    def _on_data_changed(self, *_args: object) -> None:
        self._show_details()

    def _on_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # --- actions ------------------------------------------------------------------------------------

    def open_editor(self, profile_id: str | None) -> ProfileEditorDialog:
        if self.editor is not None and not self.editor.isVisible():
            self.editor.deleteLater()  # keep at most one closed editor around
        form = self.vm.editor_for(profile_id)
        self.editor = ProfileEditorDialog(self.vm, form, self)
        self.editor.finished.connect(lambda _r: form.deleteLater())
        self.editor.open()
        form.request_key_status()
        return self.editor

    def _select_copy(self, copy_id: str) -> None:
        self._selected_id = copy_id
        self.select(copy_id)

    def ask_delete(self, profile_id: str) -> None:
        self.vm.request_delete(profile_id, self.questions)
