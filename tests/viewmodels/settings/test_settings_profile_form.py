"""The profile form's logic: fields per provider, hidden fields dropped, deployments parsed, the key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import Backend
from belugadesk.settings import Profile
from belugadesk.viewmodels.settings.profile_form_vm import (
    KEY_REQUIRED_OPENAI,
    ProfileFormViewModel,
    parse_deployments,
)
from belugadesk.viewmodels.settings.profile_services import AsyncKeys
from tests.support import run_coro
from tests.views.settings.helpers_settings import connection_tester, plaintext_store


def form(tmp_path: Path, base: Profile | None = None) -> ProfileFormViewModel:
    return ProfileFormViewModel(AsyncKeys(plaintext_store(tmp_path)), connection_tester(), base)


def test_parse_deployments() -> None:
    assert parse_deployments("gpt-4o = prod-4o\n\n o4-mini: reasoning \n") == {
        "gpt-4o": "prod-4o",
        "o4-mini": "reasoning",
    }
    with pytest.raises(ValueError, match="Line 2: write each deployment as 'model = deployment-name'"):
        parse_deployments("gpt-4o = a\njust-a-name")


def test_azure_profile_from_the_form(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    vm = form(tmp_path)
    vm.set_value("base_url", "https://ignored.example/v1")  # typed while OpenAI was chosen
    vm.set_kind("azure")
    vm.set_value("azure_endpoint", "https://my-resource.openai.azure.com/")
    vm.set_value("api_version", "2024-10-21")
    vm.set_value("deployments", "gpt-4o = prod-4o")
    vm.set_backend(Backend.ASSISTANTS.value)
    vm.set_key("sk-azure-key-1234")
    profile = vm.build()
    assert profile is not None, vm.errors
    assert profile.kind == "azure" and profile.base_url is None
    assert profile.azure_endpoint == "https://my-resource.openai.azure.com"
    assert (profile.api_version, profile.backend) == ("2024-10-21", Backend.ASSISTANTS)
    assert profile.deployments == {"gpt-4o": "prod-4o"} and profile.name == "Azure OpenAI"


def test_responses_needs_a_new_enough_azure_api_version(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    vm = form(tmp_path)
    vm.set_kind("azure")
    vm.set_value("azure_endpoint", "https://r.openai.azure.com")
    vm.set_value("api_version", "2024-10-21")
    vm.set_key("sk-x-1234")
    assert vm.build() is None
    assert vm.errors == {
        "api_version": "The Responses API needs api-version 2025-03-01-preview or newer on Azure."
    }


def test_the_key_is_required_only_without_a_stored_one(
    qtbot: Any, loop: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vm = form(tmp_path)
    assert vm.build() is None and vm.errors == {"key": KEY_REQUIRED_OPENAI}, (
        "OpenAI: the environment is named"
    )
    vm.set_key("sk-with space")
    assert vm.build() is None
    assert vm.errors["key"] == "The API key contains spaces or line breaks; paste only the key itself."
    vm.set_key("")
    vm.keys.api_keys.environ = {"OPENAI_API_KEY": "sk-from-env-1234"}
    run_coro(qtbot, vm.refresh_key_status())
    assert vm.key_status == "From the OPENAI_API_KEY environment variable"
    assert vm.build() is not None


def test_editing_keeps_fields_the_form_does_not_show(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    base = Profile(name="Tuned", kind="compatible", base_url="http://h:1/v1", timeout_s=12, max_retries=5)
    vm = form(tmp_path, base)
    assert not vm.is_new and vm.value("base_url") == "http://h:1/v1"
    vm.set_value("name", "Renamed")
    vm.set_key("sk-new-1234")
    profile = vm.build()
    assert profile is not None
    assert (profile.id, profile.name, profile.timeout_s, profile.max_retries) == (base.id, "Renamed", 12, 5)
