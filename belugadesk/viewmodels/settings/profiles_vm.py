"""Settings → Profiles: the list, and add / edit / duplicate / delete / set active."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from belugadesk.credentials import KeyLookup
from belugadesk.domain.models import new_id
from belugadesk.settings import Profile
from belugadesk.viewmodels.settings.profile_form_vm import ProfileFormViewModel
from belugadesk.viewmodels.settings.profile_services import AsyncKeys, ConnectionTest, ProfileSwitch
from belugadesk.viewmodels.settings.state import SettingsState
from belugadesk.viewmodels.view_model import ViewModel

ModelIndex = QModelIndex | QPersistentModelIndex


def _provider_label(profile: Profile) -> str:
    preset = profile.preset_info
    return (
        preset.label if preset is not None else QCoreApplication.translate("ProfileListModel", "Offline demo")
    )


class ProfileListModel(QAbstractListModel):
    ProfileRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._profiles: list[Profile] = []
        self._active: str | None = None
        self._key_text: dict[str, str] = {}

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._profiles)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._profiles):
            return None
        profile = self._profiles[index.row()]
        active = " (active)" if profile.id == self._active else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{profile.name}{active}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{profile.name}, {_provider_label(profile)}{active}"
        if role == Qt.ItemDataRole.ToolTipRole:
            where = profile.azure_endpoint or profile.base_url or self.tr("built-in local server")
            key = self._key_text.get(profile.id, "")
            key_line = "\n" + self.tr("API key: {key}").format(key=key) if key else ""
            return f"{_provider_label(profile)}: {where}{key_line}"
        if role == self.ProfileRole:
            return profile
        return None

    def reset(self, profiles: tuple[Profile, ...], active: str | None) -> None:
        self.beginResetModel()
        self._profiles = list(profiles)
        self._active = active
        self.endResetModel()

    def set_key_text(self, profile_id: str, text: str) -> None:
        self._key_text[profile_id] = text
        row = self.row_of(profile_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.ToolTipRole])

    def key_text(self, profile_id: str) -> str:
        return self._key_text.get(profile_id, "")

    def row_of(self, profile_id: str) -> int:
        return next((i for i, p in enumerate(self._profiles) if p.id == profile_id), -1)

    def profile_at(self, row: int) -> Profile | None:
        return self._profiles[row] if 0 <= row < len(self._profiles) else None


class ProfileQuestions(Protocol):
    async def confirm_delete(self, profile: Profile) -> bool:
        """True when the person confirmed deleting ``profile`` and its key."""
        ...


class ProfilesViewModel(ViewModel):
    editorSaved = Signal(str)  # profile id
    duplicated = Signal(str)  # the copy's profile id

    def __init__(
        self,
        state: SettingsState,
        keys: AsyncKeys,
        tester: ConnectionTest,
        switch: ProfileSwitch,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.state = state
        self.keys = keys
        self.tester = tester
        self.switch = switch
        self.model = ProfileListModel(self)
        self._reset()
        state.profilesChanged.connect(self._reset)

    @property
    def active_profile_id(self) -> str | None:
        return self.state.settings.active_profile_id

    def _reset(self) -> None:
        self.model.reset(self.state.settings.profiles, self.active_profile_id)

    def profile(self, profile_id: str) -> Profile | None:
        return self.state.settings.profile(profile_id)

    def request_refresh(self) -> None:
        self.start(self.refresh_keys())

    async def refresh_keys(self) -> None:
        """Fill in where each profile's key comes from (keyring, environment, session, not set)."""
        for profile in self.state.settings.profiles:
            if not profile.takes_key:
                self.model.set_key_text(profile.id, self.tr("not needed"))
                continue
            lookup = await self.run(lambda p=profile: self.keys.get(p))  # type: ignore[misc]
            if lookup is not None:
                self.model.set_key_text(profile.id, self.keys.source_text(lookup))

    # --- slots the page and the editor call ----------------------------------------------------------

    def request_save(self, form: ProfileFormViewModel, *, session_only: bool = False) -> None:
        """Save the form; ``editorSaved`` says when it was saved (the editor then closes)."""
        self.start(self.save(form, session_only=session_only))

    def request_duplicate(self, profile_id: str) -> None:
        """Copy the profile; ``duplicated`` names the copy (the page then selects it)."""
        self.start(self.duplicate(profile_id))

    def request_delete(self, profile_id: str, ask: ProfileQuestions) -> None:
        self.start(self.delete_asking(profile_id, ask))

    def request_activate(self, profile_id: str) -> None:
        self.start(self.set_active(profile_id))

    # --- editing ------------------------------------------------------------------------------------

    def editor_for(self, profile_id: str | None) -> ProfileFormViewModel:
        """A form for a new profile (``None``) or a copy of an existing one; save it with :meth:`save`."""
        base = self.profile(profile_id) if profile_id is not None else None
        return ProfileFormViewModel(self.keys, self.tester, base, parent=self)

    async def save(self, form: ProfileFormViewModel, *, session_only: bool = False) -> bool:
        """Store the form's key and its profile; editing the active profile rebuilds its backend."""
        self.clear_error()
        profile = await form.submit(session_only=session_only)
        if profile is None:
            return False
        settings = self.state.settings
        was_active = profile.id == settings.active_profile_id
        updated = settings.with_profile(profile).replace(onboarding_done=True)
        if (
            await self.run(lambda: self.state.update(updated), failure=self.tr("The profile was not saved."))
            is None
        ):
            return False
        if was_active:
            await self.run(
                lambda: self.switch(profile), failure=self.tr("The profile could not be activated.")
            )
        await self.refresh_keys()
        self.editorSaved.emit(profile.id)
        return True

    def request_set_active(self, profile_id: str) -> None:
        """Slot for the view: switch to ``profile_id`` in the background."""
        self.start(self.set_active(profile_id))

    async def set_active(self, profile_id: str) -> bool:
        profile = self.profile(profile_id)
        if profile is None or profile_id == self.active_profile_id:
            return profile is not None
        updated = self.state.settings.replace(active_profile_id=profile_id)
        if (
            await self.run(
                lambda: self.state.update(updated), failure=self.tr("The profile was not activated.")
            )
            is None
        ):
            return False
        await self.run(lambda: self.switch(profile), failure=self.tr("The profile could not be activated."))
        return True

    async def duplicate(self, profile_id: str) -> str | None:
        """A copy named "… (copy)"; its key is copied into the copy's own keyring entry."""
        source = self.profile(profile_id)
        if source is None:
            return None
        copy = source.model_copy(update={"id": new_id(), "name": f"{source.name} (copy)"[:100]})
        copy = Profile.model_validate(copy.model_dump())
        if source.takes_key:
            lookup: KeyLookup | None = await self.run(lambda: self.keys.get(source))
            if lookup is not None and lookup.key is not None and lookup.source in ("keyring", "session"):
                key = lookup.key
                store = self.keys.set if lookup.source == "keyring" else self.keys.set_session
                if (
                    await self.run(
                        lambda: self._ok(store(copy.id, key)), failure=self.tr("The key was not copied.")
                    )
                    is None
                ):
                    return None
        updated = self.state.settings.with_profile(copy)
        if (
            await self.run(lambda: self.state.update(updated), failure=self.tr("The copy was not saved."))
            is None
        ):
            return None
        await self.refresh_keys()
        self.duplicated.emit(copy.id)
        return copy.id

    @staticmethod
    async def _ok(awaitable: Any) -> bool:
        await awaitable
        return True

    def can_delete(self, profile_id: str) -> bool:
        profile = self.profile(profile_id)
        return profile is not None and profile.kind != "demo"

    async def delete_asking(self, profile_id: str, ask: ProfileQuestions) -> bool:
        """Ask first (the key goes too), then delete."""
        profile = self.profile(profile_id)
        if profile is None or not self.can_delete(profile_id) or not await ask.confirm_delete(profile):
            return False
        return await self.delete(profile_id)

    async def delete(self, profile_id: str) -> bool:
        """Forget the profile and its key; if it was active, the first remaining profile takes over."""
        if not self.can_delete(profile_id):
            return False
        if (
            await self.run(
                lambda: self._ok(self.keys.delete(profile_id)), failure=self.tr("The key was not deleted.")
            )
            is None
        ):
            return False
        was_active = profile_id == self.active_profile_id
        updated = self.state.settings.without_profile(profile_id)
        if (
            await self.run(
                lambda: self.state.update(updated), failure=self.tr("The profile was not deleted.")
            )
            is None
        ):
            return False
        new_active = updated.active_profile
        if was_active and new_active is not None:
            await self.run(
                lambda: self.switch(new_active), failure=self.tr("The next profile could not be activated.")
            )
        return True
