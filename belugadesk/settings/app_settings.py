"""The user's settings: profiles, appearance, behaviour, prices. Nothing here can hold a secret."""

from __future__ import annotations

import base64
import binascii
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from belugadesk.domain.mcp import McpServer
from belugadesk.domain.models import Usage

from .profiles import Profile, _error, demo_chat_profile, demo_profile

SETTINGS_VERSION = 1
MIN_FONT_PT = 8
MAX_FONT_PT = 32
#: the accent colour presets (their colours are the views' business)
AccentName = Literal["blue", "teal", "green", "violet", "pink", "orange", "graphite"]
ACCENTS: tuple[str, ...] = get_args(AccentName)
#: the UI languages shipped, by code, each named in itself; "" (not listed) follows the system's language
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "ja": "日本語",
    "zh_CN": "简体中文",
    "ar": "العربية",
}


class _Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Appearance(_Settings):
    color_scheme: Literal["system", "light", "dark"] = "system"
    font_size: int = 11  # points
    accent: AccentName = "blue"
    language: str = ""  # a code of LANGUAGES, or "" for the system's language

    @field_validator("language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        if value and value not in LANGUAGES:
            raise _error(f"The language must be one of {', '.join(LANGUAGES)}, or empty for the system's.")
        return value

    @field_validator("font_size")
    @classmethod
    def _check_font_size(cls, value: int) -> int:
        if not MIN_FONT_PT <= value <= MAX_FONT_PT:
            raise _error(f"The font size must be between {MIN_FONT_PT} and {MAX_FONT_PT} points.")
        return value


class Behaviour(_Settings):
    send_on: Literal["enter", "ctrl_enter"] = "enter"


class Backups(_Settings):
    """The automatic daily backup of the database (Settings → Data)."""

    keep_days: int = Field(default=14, ge=1, le=3650)


class Sync(_Settings):
    """Sync through a folder the user replicates (Settings → Sync). ``folder`` empty: sync is off."""

    folder: str = ""
    device_id: str = ""  # 32 hex digits, made when sync is first turned on
    device_name: str = ""
    paused: bool = False


class ModelPrice(_Settings):
    """USD per one million tokens. ``cached_input`` is None when the model has no cached-input price."""

    input: float = Field(ge=0)
    output: float = Field(ge=0)
    cached_input: float | None = Field(default=None, ge=0)

    def cost_usd(self, usage: Usage) -> float:
        """What ``usage`` costs; cached tokens are part of ``input_tokens``, billed at the cached price."""
        cached = min(usage.cached_tokens, usage.input_tokens) if self.cached_input is not None else 0
        cached_price = self.cached_input if self.cached_input is not None else self.input
        return (
            (usage.input_tokens - cached) * self.input
            + cached * cached_price
            + usage.output_tokens * self.output
        ) / 1_000_000


def _price(inp: float, out: float, cached: float | None) -> ModelPrice:
    return ModelPrice(input=inp, output=out, cached_input=cached)


# OpenAI list prices (standard tier, USD per 1M tokens). Users can edit them in the settings.
DEFAULT_PRICES: dict[str, ModelPrice] = {
    "gpt-5": _price(1.25, 10.00, 0.125),
    "gpt-5-mini": _price(0.25, 2.00, 0.025),
    "gpt-5-nano": _price(0.05, 0.40, 0.005),
    "gpt-4.1": _price(2.00, 8.00, 0.50),
    "gpt-4.1-mini": _price(0.40, 1.60, 0.10),
    "gpt-4.1-nano": _price(0.10, 0.40, 0.025),
    "gpt-4o": _price(2.50, 10.00, 1.25),
    "gpt-4o-mini": _price(0.15, 0.60, 0.075),
    "o3": _price(2.00, 8.00, 0.50),
    "o3-mini": _price(1.10, 4.40, 0.55),
    "o4-mini": _price(1.10, 4.40, 0.275),
    "gpt-4-turbo": _price(10.00, 30.00, None),
    "gpt-3.5-turbo": _price(0.50, 1.50, None),
}


class AppSettings(_Settings):
    """Everything the app remembers between runs, except secrets (keyring) and data (SQLite)."""

    version: int = SETTINGS_VERSION
    profiles: tuple[Profile, ...] = Field(default_factory=lambda: (demo_profile(),))
    active_profile_id: str | None = Field(default=None, validate_default=True)
    appearance: Appearance = Field(default_factory=Appearance)
    behaviour: Behaviour = Field(default_factory=Behaviour)
    prices: dict[str, ModelPrice] = Field(default_factory=lambda: dict(DEFAULT_PRICES))
    # base64 of QWidget.saveGeometry(), written by the main window
    window_geometry: str | None = None
    # True once the user saved a real profile or chose the demo in the first-run dialog
    onboarding_done: bool = False
    # MCP servers (Settings → Tools); their secret values are in the keyring (credentials.McpSecrets)
    mcp_servers: tuple[McpServer, ...] = ()
    backups: Backups = Field(default_factory=Backups)
    sync: Sync = Field(default_factory=Sync)

    @field_validator("version")
    @classmethod
    def _check_version(cls, value: int) -> int:
        if value > SETTINGS_VERSION:
            raise _error(
                f"These settings were written by a newer BelugaDesk (format {value}); "
                f"this version reads format {SETTINGS_VERSION}."
            )
        return value

    @field_validator("profiles")
    @classmethod
    def _check_unique_ids(cls, value: tuple[Profile, ...]) -> tuple[Profile, ...]:
        seen: set[str] = set()
        for profile in value:
            if profile.id in seen:
                raise _error(f"Two profiles share the id '{profile.id}'.")
            seen.add(profile.id)
        return value

    @field_validator("mcp_servers")
    @classmethod
    def _check_unique_server_ids(cls, value: tuple[McpServer, ...]) -> tuple[McpServer, ...]:
        if len({server.id for server in value}) != len(value):
            raise _error("Two MCP servers share one id.")
        return value

    @field_validator("active_profile_id")
    @classmethod
    def _check_active(cls, value: str | None, info: ValidationInfo) -> str | None:
        profiles: tuple[Profile, ...] | None = info.data.get("profiles")
        if profiles is None:  # the profiles failed validation; that error says enough
            return value
        if value is None:
            return profiles[0].id if profiles else None
        if all(p.id != value for p in profiles):
            raise _error(f"The active profile '{value}' is not one of the profiles.")
        return value

    @field_validator("window_geometry")
    @classmethod
    def _check_geometry(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                raise _error("The window geometry is not valid base64.") from None
        return value

    # --- queries and edits (each edit returns a new, validated AppSettings) --------------------------

    def profile(self, profile_id: str) -> Profile | None:
        return next((p for p in self.profiles if p.id == profile_id), None)

    @property
    def active_profile(self) -> Profile | None:
        return self.profile(self.active_profile_id) if self.active_profile_id else None

    def price_for(self, model: str) -> ModelPrice | None:
        """The price of ``model``; a dated snapshot (``gpt-4o-2024-08-06``) uses its family's price."""
        if model in self.prices:
            return self.prices[model]
        candidates = [name for name in self.prices if model.startswith(name + "-")]
        return self.prices[max(candidates, key=len)] if candidates else None

    def replace(self, **changes: Any) -> AppSettings:
        """A copy with ``changes`` applied and validated (unlike ``model_copy``)."""
        data = self.model_dump()
        data.update(changes)
        return AppSettings.model_validate(data)

    def with_profile(self, profile: Profile, *, activate: bool = False) -> AppSettings:
        """Add ``profile``, or replace the one with the same id."""
        profiles = [p for p in self.profiles if p.id != profile.id]
        index = next((i for i, p in enumerate(self.profiles) if p.id == profile.id), len(profiles))
        profiles.insert(index, profile)
        active = profile.id if activate else self.active_profile_id
        return AppSettings.model_validate(
            {**self.model_dump(), "profiles": profiles, "active_profile_id": active}
        )

    def mcp_server(self, server_id: str) -> McpServer | None:
        return next((s for s in self.mcp_servers if s.id == server_id), None)

    def with_mcp_server(self, server: McpServer) -> AppSettings:
        """Add ``server``, or replace the one with the same id (in its place)."""
        servers = list(self.mcp_servers)
        index = next((i for i, s in enumerate(servers) if s.id == server.id), None)
        if index is None:
            servers.append(server)
        else:
            servers[index] = server
        return self.replace(mcp_servers=servers)

    def without_mcp_server(self, server_id: str) -> AppSettings:
        return self.replace(mcp_servers=[s for s in self.mcp_servers if s.id != server_id])

    def with_demo_profiles(self) -> AppSettings:
        """With both offline demos (Responses and Chat Completions) among the profiles, added if missing."""
        settings = self
        for demo in (demo_profile(), demo_chat_profile()):
            if settings.profile(demo.id) is None:
                settings = settings.with_profile(demo)
        return settings

    def without_profile(self, profile_id: str) -> AppSettings:
        """Remove a profile; if it was active, the first remaining one becomes active."""
        profiles = [p for p in self.profiles if p.id != profile_id]
        active = self.active_profile_id if self.active_profile_id != profile_id else None
        return AppSettings.model_validate(
            {**self.model_dump(), "profiles": profiles, "active_profile_id": active}
        )
