"""AppSettings: defaults, validation, prices, and the structural guarantee that nothing holds a secret."""

from __future__ import annotations

import re
import types
import typing
from typing import Any

import pytest
from pydantic import BaseModel, SecretBytes, SecretStr, ValidationError

from belugadesk.domain.models import Usage
from belugadesk.settings import (
    DEFAULT_PRICES,
    AppSettings,
    ModelPrice,
    Profile,
    demo_profile,
)


def test_defaults_have_the_demo_profile_active() -> None:
    settings = AppSettings()
    assert settings.profiles == (demo_profile(),)
    assert settings.active_profile_id == "demo"
    assert settings.active_profile == demo_profile()
    assert settings.appearance.color_scheme == "system"
    assert 8 <= settings.appearance.font_size <= 32
    assert settings.behaviour.send_on == "enter"
    assert settings.window_geometry is None
    assert {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3", "gpt-5"} <= set(settings.prices)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"appearance": {"font_size": 7}}, "appearance"),
        ({"appearance": {"font_size": 33}}, "appearance"),
        ({"appearance": {"color_scheme": "sepia"}}, "appearance"),
        ({"behaviour": {"send_on": "shift_enter"}}, "behaviour"),
        ({"prices": {"gpt-4o": {"input": -1, "output": 1}}}, "prices"),
        ({"active_profile_id": "missing"}, "active_profile_id"),
        ({"window_geometry": "not base64!"}, "window_geometry"),
        ({"version": 99}, "version"),
        ({"profiles": [{"name": "a", "id": "same"}, {"name": "b", "id": "same"}]}, "profiles"),
        ({"api_key": "sk-test-x"}, "api_key"),
    ],
)
def test_invalid_settings_name_their_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        AppSettings.model_validate(data)
    assert [e["loc"][0] for e in caught.value.errors()] == [field]


def test_font_size_message() -> None:
    with pytest.raises(ValidationError, match="between 8 and 32 points"):
        AppSettings.model_validate({"appearance": {"font_size": 40}})


def test_profile_edits_validate_and_keep_order() -> None:
    work = Profile(id="work", name="Work")
    settings = AppSettings().with_profile(work)
    assert [p.id for p in settings.profiles] == ["demo", "work"]
    assert settings.active_profile_id == "demo"
    renamed = settings.with_profile(work.model_copy(update={"name": "Office"}), activate=True)
    assert [p.name for p in renamed.profiles] == ["Offline demo", "Office"]
    assert renamed.active_profile_id == "work"
    fewer = renamed.without_profile("work")
    assert fewer.active_profile_id == "demo"
    empty = fewer.without_profile("demo")
    assert empty.profiles == () and empty.active_profile is None
    dark = settings.replace(appearance={"color_scheme": "dark", "font_size": 14})
    assert dark.appearance.color_scheme == "dark" and dark.profiles == settings.profiles
    with pytest.raises(ValidationError):
        settings.replace(appearance={"font_size": 2})


def test_prices_and_cost() -> None:
    settings = AppSettings()
    assert settings.price_for("gpt-4o") == DEFAULT_PRICES["gpt-4o"]
    assert settings.price_for("gpt-4o-2024-08-06") == DEFAULT_PRICES["gpt-4o"]
    assert settings.price_for("gpt-4o-mini-2024-07-18") == DEFAULT_PRICES["gpt-4o-mini"]
    assert settings.price_for("some-local-model") is None
    price = ModelPrice(input=2.0, output=8.0, cached_input=0.5)
    usage = Usage(input_tokens=1_000_000, output_tokens=500_000, cached_tokens=400_000)
    assert price.cost_usd(usage) == pytest.approx(0.6 * 2.0 + 0.4 * 0.5 + 0.5 * 8.0)
    no_cache = ModelPrice(input=2.0, output=8.0)
    assert no_cache.cost_usd(usage) == pytest.approx(2.0 + 4.0)
    edited = settings.replace(prices={**settings.prices, "my-model": {"input": 1, "output": 2}})
    assert edited.price_for("my-model") == ModelPrice(input=1, output=2)


_SECRET_NAME = re.compile(r"key|secret|token|password|credential", re.IGNORECASE)


def _walk(model: type[BaseModel], seen: set[type]) -> list[tuple[str, Any]]:
    """Every (dotted field name, annotation) reachable from ``model``."""
    found: list[tuple[str, Any]] = []
    if model in seen:
        return found
    seen.add(model)
    for name, info in model.model_fields.items():
        found.append((f"{model.__name__}.{name}", info.annotation))
        stack = [info.annotation]
        while stack:
            tp = stack.pop()
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                found.extend(_walk(tp, seen))
            stack.extend(typing.get_args(tp))
            if isinstance(tp, types.UnionType):
                stack.extend(tp.__args__)
    return found


def test_no_settings_field_can_hold_a_secret() -> None:
    fields = _walk(AppSettings, set())
    assert any(name == "Profile.proxy" for name, _ in fields)  # the walk reaches nested models
    for name, annotation in fields:
        field_name = name.split(".")[1]
        assert not _SECRET_NAME.search(field_name), name
        stack = [annotation]
        while stack:
            tp = stack.pop()
            assert tp not in (SecretStr, SecretBytes), name
            stack.extend(typing.get_args(tp))
    for model in (AppSettings, Profile):
        assert model.model_config.get("extra") == "forbid"
    with pytest.raises(ValidationError):
        Profile.model_validate({"name": "p", "api_key": "sk-test-abc"})
