"""SettingsFile: first run, round trip, atomic save, unusable files kept aside, no secret on disk."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from belugadesk.credentials import ApiKeys
from belugadesk.settings import (
    HOME_ENV_VAR,
    AppPaths,
    AppSettings,
    Profile,
    SettingsFile,
    SettingsSaveError,
    demo_profile,
)
from belugadesk.settings import settings_file as settings_file_module


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "home")


def edited_settings() -> AppSettings:
    azure = Profile.model_validate(
        {
            "id": "work",
            "name": "Work (Azure)",
            "kind": "azure",
            "azure_endpoint": "https://contoso.openai.azure.com",
            "api_version": "2025-04-01-preview",
            "deployments": {"gpt-4o": "prod-4o"},
            "timeout_s": 30,
            "max_retries": 5,
            "proxy": "http://proxy.local:3128",
        }
    )
    local = Profile(id="local", name="Local", kind="compatible", base_url="http://localhost:8000/v1")
    settings = AppSettings().with_profile(azure, activate=True).with_profile(local)
    return settings.replace(
        appearance={"color_scheme": "dark", "font_size": 15},
        behaviour={"send_on": "ctrl_enter"},
        window_geometry="AdnQywADAAA=",
    )


def test_first_run_gives_defaults_with_the_demo(paths: AppPaths) -> None:
    store = SettingsFile(paths)
    settings = store.load()
    assert settings == AppSettings()
    assert settings.profiles == (demo_profile(),)
    assert store.load_problem is None
    assert not store.path.exists()  # loading does not write


def test_round_trip(paths: AppPaths) -> None:
    store = SettingsFile(paths)
    settings = edited_settings()
    store.save(settings)
    assert store.path == paths.config_dir / "settings.json"
    assert SettingsFile(paths).load() == settings
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["active_profile_id"] == "work"
    assert data["version"] == 1
    # saving again replaces, and leaves no temp files behind
    store.save(settings.replace(appearance={"font_size": 9}))
    assert SettingsFile(paths).load().appearance.font_size == 9
    assert sorted(p.name for p in paths.config_dir.iterdir()) == ["settings.json"]


def test_failed_save_keeps_the_previous_file(paths: AppPaths, monkeypatch) -> None:
    store = SettingsFile(paths)
    store.save(AppSettings())
    before = store.path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_file_module.os, "replace", broken_replace)
    with pytest.raises(SettingsSaveError) as caught:
        store.save(edited_settings())
    assert "No space left on device" in str(caught.value)
    assert "unchanged" in str(caught.value)
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in paths.config_dir.iterdir()) == ["settings.json"]


def test_save_into_an_unwritable_place_raises_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    store = SettingsFile(AppPaths.under(blocker))
    with pytest.raises(SettingsSaveError, match="could not be saved"):
        store.save(AppSettings())


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{ not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
        (json.dumps({"appearance": {"font_size": 99}}).encode(), "appearance"),
        (json.dumps({"profiles": [{"name": "x", "kind": "compatible"}]}).encode(), "profiles"),
        (json.dumps([1, 2, 3]).encode(), "invalid values"),
    ],
)
def test_unusable_file_is_kept_aside(paths: AppPaths, caplog, content: bytes, reason: str) -> None:
    caplog.set_level(logging.WARNING)
    paths.ensure()
    store = SettingsFile(paths)
    store.path.write_bytes(content)
    settings = store.load()
    assert settings == AppSettings()
    assert store.load_problem is not None and reason in store.load_problem
    kept = [p for p in paths.config_dir.iterdir() if p.name.startswith("settings.json.broken-")]
    assert len(kept) == 1
    assert kept[0].read_bytes() == content  # nothing lost
    assert str(kept[0]) in store.load_problem
    assert not store.path.exists()
    assert any(reason in r.getMessage() for r in caplog.records)
    # a second bad file gets its own name
    store.path.write_bytes(content)
    store.load()
    assert len([p for p in paths.config_dir.iterdir() if p.name.startswith("settings.json.broken-")]) == 2
    # and saving afterwards works normally
    store.save(settings)
    assert SettingsFile(paths).load() == settings


def test_unreadable_file_is_left_in_place(paths: AppPaths) -> None:
    """A settings path that cannot be read (here a folder in its place, which fails for root too)."""
    paths.ensure()
    store = SettingsFile(paths)
    store.path.mkdir()
    (store.path / "keep-me").write_text("x")
    assert store.load() == AppSettings()
    assert store.load_problem is not None and "could not be read" in store.load_problem
    assert (store.path / "keep-me").read_text() == "x"


def test_belugadesk_home_isolation(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(HOME_ENV_VAR, str(tmp_path / "isolated"))
    paths = AppPaths.default()
    store = SettingsFile(paths)
    store.save(edited_settings())
    assert store.path == tmp_path / "isolated" / "config" / "settings.json"
    assert store.path.is_file()
    other = AppPaths.under(tmp_path / "elsewhere")
    assert SettingsFile(other).load() == AppSettings()


def test_no_secret_reaches_the_settings_file(paths: AppPaths) -> None:
    """Use a key for a profile the normal way, then save: the file never contains it."""
    import keyring.backends.fail

    from tests.credentials.helpers import fake_key

    key = fake_key()
    settings = edited_settings()
    keys = ApiKeys(keyring.backends.fail.Keyring(), environ={"OPENAI_API_KEY": key})
    keys.set_session_key("work", key)
    lookup = keys.get_key("work")
    assert lookup.key is not None
    config = settings.active_profile.connection_config(lookup.key)  # type: ignore[union-attr]
    assert config.api_key.get_secret_value() == key
    store = SettingsFile(paths)
    store.save(settings)
    text = store.path.read_text(encoding="utf-8")
    assert key not in text
    assert "sk-" not in text
    assert not any(word in text.lower() for word in ('"api_key"', '"secret"', '"password"'))
