"""Settings → Appearance and Behaviour: small preferences saved as soon as they change."""

from __future__ import annotations

from PySide6.QtCore import QObject

from belugadesk.settings import ACCENTS, LANGUAGES, MAX_FONT_PT, MIN_FONT_PT, Appearance, Behaviour
from belugadesk.viewmodels.settings.state import SettingsState
from belugadesk.viewmodels.view_model import ViewModel

SCHEMES = ("system", "light", "dark")
__all__ = ["ACCENTS", "LANGUAGES", "SCHEMES", "PreferencesViewModel"]


class PreferencesViewModel(ViewModel):
    """The values shown are the ones last chosen; each choice is saved in order, none overwrites another."""

    min_font_pt = MIN_FONT_PT
    max_font_pt = MAX_FONT_PT

    def __init__(self, state: SettingsState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self._appearance = state.settings.appearance
        self._enter_sends = state.enter_sends

    @property
    def color_scheme(self) -> str:
        return self._appearance.color_scheme

    @property
    def font_size(self) -> int:
        return self._appearance.font_size

    @property
    def accent(self) -> str:
        return self._appearance.accent

    @property
    def language(self) -> str:
        """The UI language chosen ("" = the system's); it takes effect at the next start."""
        return self._appearance.language

    @property
    def enter_sends(self) -> bool:
        return self._enter_sends

    def request_color_scheme(self, scheme: str) -> None:
        self.start(self.set_color_scheme(scheme))

    def request_font_size(self, points: int) -> None:
        self.start(self.set_font_size(points))

    def request_accent(self, accent: str) -> None:
        self.start(self.set_accent(accent))

    def request_language(self, language: str) -> None:
        self.start(self.set_language(language))

    def request_enter_sends(self, enter_sends: bool) -> None:
        self.start(self.set_enter_sends(enter_sends))

    async def set_color_scheme(self, scheme: str) -> None:
        if scheme not in SCHEMES or scheme == self.color_scheme:
            return
        changed = {**self._appearance.model_dump(), "color_scheme": scheme}
        self._appearance = Appearance.model_validate(changed)
        await self._save_appearance(self.tr("The colour scheme was not saved."))

    async def set_font_size(self, points: int) -> None:
        if points == self.font_size or not MIN_FONT_PT <= points <= MAX_FONT_PT:
            return
        self._appearance = Appearance.model_validate({**self._appearance.model_dump(), "font_size": points})
        await self._save_appearance(self.tr("The font size was not saved."))

    async def set_accent(self, accent: str) -> None:
        if accent not in ACCENTS or accent == self.accent:
            return
        self._appearance = Appearance.model_validate({**self._appearance.model_dump(), "accent": accent})
        await self._save_appearance(self.tr("The accent colour was not saved."))

    async def set_language(self, language: str) -> None:
        if (language and language not in LANGUAGES) or language == self.language:
            return
        self._appearance = Appearance.model_validate({**self._appearance.model_dump(), "language": language})
        await self._save_appearance(self.tr("The language was not saved."))

    async def _save_appearance(self, failure: str) -> None:
        appearance = self._appearance
        await self.run(lambda: self.state.change(appearance=appearance), failure=failure)

    async def set_enter_sends(self, enter_sends: bool) -> None:
        if enter_sends == self._enter_sends:
            return
        self._enter_sends = enter_sends
        behaviour = Behaviour(send_on="enter" if enter_sends else "ctrl_enter")
        await self.run(
            lambda: self.state.change(behaviour=behaviour), failure=self.tr("The setting was not saved.")
        )
