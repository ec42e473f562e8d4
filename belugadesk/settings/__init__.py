"""Settings: the app's folders, connection profiles and user preferences (no secrets, no Qt)."""

from .app_settings import (
    DEFAULT_PRICES,
    MAX_FONT_PT,
    MIN_FONT_PT,
    SETTINGS_VERSION,
    Appearance,
    AppSettings,
    Behaviour,
    ModelPrice,
)
from .paths import DATABASE_FILENAME, HOME_ENV_VAR, AppPaths
from .presets import PRESETS, PRESETS_BY_ID, KeyPolicy, Preset, preset_for
from .profiles import (
    AZURE_API_VERSIONS,
    AZURE_DEFAULT_API_VERSION,
    DEMO_API_KEY,
    DEMO_PROFILE_ID,
    DEMO_PROFILE_NAME,
    OPENAI_BASE_URL,
    Profile,
    ProfileKind,
    demo_profile,
    field_errors,
    validate_profile_fields,
)
from .settings_file import SettingsFile, SettingsSaveError

__all__ = [
    "AZURE_API_VERSIONS",
    "AZURE_DEFAULT_API_VERSION",
    "DATABASE_FILENAME",
    "DEFAULT_PRICES",
    "DEMO_API_KEY",
    "DEMO_PROFILE_ID",
    "DEMO_PROFILE_NAME",
    "HOME_ENV_VAR",
    "MAX_FONT_PT",
    "MIN_FONT_PT",
    "OPENAI_BASE_URL",
    "PRESETS",
    "PRESETS_BY_ID",
    "SETTINGS_VERSION",
    "AppPaths",
    "AppSettings",
    "Appearance",
    "Behaviour",
    "KeyPolicy",
    "ModelPrice",
    "Preset",
    "Profile",
    "ProfileKind",
    "SettingsFile",
    "SettingsSaveError",
    "demo_profile",
    "field_errors",
    "preset_for",
    "validate_profile_fields",
]
