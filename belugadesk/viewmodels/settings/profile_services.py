"""What the profile view-models need from outside: the keyring (off the UI thread), a profile switch and a
connection test. The app supplies the last two as callables, so this layer never imports ``app``."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from pydantic import SecretStr
from PySide6.QtCore import QCoreApplication

from belugadesk.credentials import ApiKeys, KeyLookup
from belugadesk.domain.capabilities import ProbeReport
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.settings import Profile

T = TypeVar("T")

# Make ``profile`` the active one: rebuild the backend, refresh the thread list and the chat.
ProfileSwitch = Callable[[Profile], Awaitable[None]]
# Ask the server of a draft profile, with this key, which APIs it speaks (and its models). Raises BelugaError.
ConnectionTest = Callable[[Profile, SecretStr | None], Awaitable[ProbeReport]]

_SOURCE_TEXT = {
    "environment": QT_TRANSLATE_NOOP("AsyncKeys", "From the OPENAI_API_KEY environment variable"),
    "session": QT_TRANSLATE_NOOP("AsyncKeys", "Kept for this session only (not saved)"),
    "none": QT_TRANSLATE_NOOP("AsyncKeys", "Not set"),
}


class AsyncKeys:
    """:class:`ApiKeys` calls on one worker thread: the keyring may talk D-Bus or wait for an unlock."""

    def __init__(self, api_keys: ApiKeys):
        self.api_keys = api_keys
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")

    async def _call(self, fn: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def resolve(self) -> None:
        """Choose the keyring backend now (it probes the system) so that later calls find it ready."""
        await self._call(self.api_keys.resolve)

    def backend_name(self) -> str:
        return self.api_keys.backend_name()

    def is_secure(self) -> bool:
        return self.api_keys.is_secure()

    async def get(self, profile: Profile) -> KeyLookup:
        """Where ``profile``'s key comes from: keyring, session, or (OpenAI profiles only) the environment."""
        return await self._call(
            functools.partial(self.api_keys.get_key, profile.id, environment=profile.reads_environment_key)
        )

    async def set(self, profile_id: str, key: SecretStr) -> None:
        await self._call(self.api_keys.set_key, profile_id, key)

    async def set_session(self, profile_id: str, key: SecretStr) -> None:
        await self._call(self.api_keys.set_session_key, profile_id, key)

    async def delete(self, profile_id: str) -> None:
        await self._call(self.api_keys.delete_key, profile_id)

    def source_text(self, lookup: KeyLookup) -> str:
        """The label next to a key field: where the key of a profile comes from."""
        if lookup.source == "keyring":
            return QCoreApplication.translate("AsyncKeys", "Stored in {keyring}").format(
                keyring=self.backend_name()
            )
        return QCoreApplication.translate("AsyncKeys", _SOURCE_TEXT[lookup.source])

    def close(self) -> None:
        self._executor.shutdown(wait=False)
