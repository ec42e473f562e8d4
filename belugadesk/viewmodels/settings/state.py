"""The user's settings while the app runs: one owner that saves them and says what changed."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QObject, Signal

from belugadesk.settings import AppSettings, Profile, SettingsFile


class SettingsState(QObject):
    """Holds the current :class:`AppSettings`; :meth:`update` writes them (off the UI thread) and emits.

    The main window applies ``enterSendsChanged``; the app applies ``appearanceChanged``; the chat's cost
    estimate reads :attr:`settings` (``price_for``) and may follow ``pricesChanged``.
    """

    settingsChanged = Signal(object)  # AppSettings
    appearanceChanged = Signal(
        str, int, str
    )  # colour scheme ("system" | "light" | "dark"), font size (pt), accent
    enterSendsChanged = Signal(bool)
    pricesChanged = Signal(object)  # dict[str, ModelPrice]
    profilesChanged = Signal()

    def __init__(self, settings_file: SettingsFile, settings: AppSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings_file = settings_file
        self._settings = settings
        self._lock = asyncio.Lock()

    @property
    def settings(self) -> AppSettings:
        return self._settings

    @property
    def enter_sends(self) -> bool:
        return self._settings.behaviour.send_on == "enter"

    @property
    def active_profile(self) -> Profile | None:
        return self._settings.active_profile

    async def update(self, new: AppSettings) -> AppSettings:
        """Save ``new`` (SettingsSaveError, a BelugaError, if the file cannot be written), announce it and
        return it."""
        async with self._lock:
            return await self._save(new)

    async def change(self, **changes: Any) -> AppSettings:
        """Apply ``changes`` to the settings as they are when the save starts (edits never overwrite
        each other) and save."""
        async with self._lock:
            return await self._save(self._settings.replace(**changes))

    async def _save(self, new: AppSettings) -> AppSettings:
        await asyncio.get_running_loop().run_in_executor(None, self.settings_file.save, new)
        old, self._settings = self._settings, new
        self._announce(old, new)
        return new

    def _announce(self, old: AppSettings, new: AppSettings) -> None:
        if old.appearance != new.appearance:
            appearance = new.appearance
            self.appearanceChanged.emit(appearance.color_scheme, appearance.font_size, appearance.accent)
        if old.behaviour != new.behaviour:
            self.enterSendsChanged.emit(new.behaviour.send_on == "enter")
        if old.prices != new.prices:
            self.pricesChanged.emit(dict(new.prices))
        if old.profiles != new.profiles or old.active_profile_id != new.active_profile_id:
            self.profilesChanged.emit()
        self.settingsChanged.emit(new)
