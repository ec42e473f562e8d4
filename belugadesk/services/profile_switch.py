"""Makes a profile active without a restart: a new backend, then the thread list and chat for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from belugadesk.services.thread_log import StoreThreadLog

if TYPE_CHECKING:
    from belugadesk.services.connections import Connections
    from belugadesk.settings import Profile
    from belugadesk.viewmodels.main_vm import MainViewModel


class ProfileSwitcher:
    """The ``ProfileSwitch`` Settings and onboarding call (``viewmodels.settings.profile_services``)."""

    def __init__(self, main: MainViewModel, connections: Connections):
        self._main = main
        self._connections = connections

    async def __call__(self, profile: Profile) -> None:
        chat = self._main.chat
        if chat.streaming:
            await chat.stop()
        await self._main.session.switch_profile(
            self._connections.factory_for(profile, StoreThreadLog(self._main.session.store)),
            profile_id=profile.id,
            profile_name=profile.name,
            backend_kind=profile.backend,
        )
        chat.new_thread()
        await self._main.threads.refresh()
