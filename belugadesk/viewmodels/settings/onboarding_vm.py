"""First run: set up a real profile (key in the keyring) or choose the offline demo."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from belugadesk.settings import DEMO_PROFILE_ID, AppSettings, demo_profile
from belugadesk.viewmodels.settings.profile_form_vm import ProfileFormViewModel
from belugadesk.viewmodels.settings.profile_services import AsyncKeys, ConnectionTest, ProfileSwitch
from belugadesk.viewmodels.settings.state import SettingsState
from belugadesk.viewmodels.view_model import ViewModel


async def needs_onboarding(settings: AppSettings, keys: AsyncKeys) -> bool:
    """True on a first run: not dismissed before, and no real profile with a usable key."""
    if settings.onboarding_done:
        return False
    for profile in settings.profiles:
        if profile.kind != "demo" and not profile.needs_key:
            return False  # a server that needs no key (Ollama, a local server) is ready as it is
        if profile.needs_key:
            try:
                lookup = await keys.get(profile)
            except Exception:  # a locked keyring is not a first run; the chat will say what is wrong
                return False
            if lookup.found:
                return False
    return True


class OnboardingViewModel(ViewModel):
    finished = Signal(str)  # "saved" | "demo"

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
        self.switch = switch
        self.form = ProfileFormViewModel(keys, tester, parent=self)
        self.form.errorChanged.connect(self.set_error)

    def request_save(self, *, session_only: bool = False) -> None:
        self.start(self.save(session_only=session_only))

    def request_demo(self) -> None:
        self.start(self.use_demo())

    async def save(self, *, session_only: bool = False) -> bool:
        """Store the key, add the profile, make it active and remember that onboarding is done."""
        self.clear_error()
        profile = await self.form.submit(session_only=session_only)
        if profile is None:
            return False
        settings = self.state.settings.with_profile(profile, activate=True).replace(onboarding_done=True)
        if (
            await self.run(lambda: self.state.update(settings), failure=self.tr("The profile was not saved."))
            is None
        ):
            return False
        await self.run(lambda: self.switch(profile))
        self.finished.emit("saved")
        return True

    async def use_demo(self) -> bool:
        self.clear_error()
        settings = self.state.settings
        demo = settings.profile(DEMO_PROFILE_ID)
        if demo is None:
            demo = demo_profile()
            settings = settings.with_profile(demo)
        settings = settings.replace(active_profile_id=demo.id, onboarding_done=True)
        if (
            await self.run(lambda: self.state.update(settings), failure=self.tr("The choice was not saved."))
            is None
        ):
            return False
        await self.run(lambda: self.switch(demo))
        self.finished.emit("demo")
        return True
