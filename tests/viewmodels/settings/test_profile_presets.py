"""Profile presets in the form's view-model, and Test connection's probe choosing the backend, against the
local API playing servers that speak different APIs (real SDK over loopback HTTP)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.capabilities import ApiFamily, ProbeReport
from belugadesk.domain.models import Backend
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.settings import PRESETS, Profile
from belugadesk.viewmodels.settings.profile_form_vm import KEY_OPTIONAL, KEY_REQUIRED, ProfileFormViewModel
from belugadesk.viewmodels.settings.profile_services import AsyncKeys
from tests.support import run_coro
from tests.views.settings.helpers_settings import connection_tester, plaintext_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def assistants_only() -> Iterator[LocalApiServer]:
    with LocalApiServer(LocalApiConfig(apis=frozenset({"models", "files", "assistants"}))) as server:
        yield server


def form(tmp_path: Path, base: Profile | None = None) -> ProfileFormViewModel:
    return ProfileFormViewModel(AsyncKeys(plaintext_store(tmp_path)), connection_tester(), base)


def test_each_preset_fills_its_address_key_policy_and_backend(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    vm = form(tmp_path)
    for preset in PRESETS:
        vm.set_preset(preset.id)
        assert (vm.kind, vm.preset_id, vm.backend) == (preset.kind, preset.id, preset.backend.value)
        assert vm.value("name") == preset.default_name
        if preset.kind == "compatible" and preset.base_url:
            assert vm.value("base_url") == preset.base_url
        assert ("key" in vm.visible_fields()) is (preset.key != "none")
        assert "proxy" in vm.visible_fields()


def test_ollama_needs_no_key(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    vm = form(tmp_path)
    vm.set_preset("ollama")
    assert vm.key_status == "Ollama needs no key"
    profile = vm.build()
    assert profile is not None, vm.errors
    assert (profile.kind, profile.preset, profile.base_url) == (
        "compatible",
        "ollama",
        "http://localhost:11434/v1",
    )
    assert profile.backend is Backend.CHAT_COMPLETIONS
    assert not profile.needs_key and not profile.takes_key


def test_an_optional_key_may_be_left_empty_but_a_required_one_may_not(
    qtbot: Any, loop: Any, tmp_path: Path
) -> None:
    vm = form(tmp_path)
    vm.set_preset("vllm")
    assert vm.key_status == KEY_OPTIONAL
    profile = vm.build()
    assert profile is not None and profile.preset == "vllm" and not profile.needs_key and profile.takes_key
    vm.set_preset("groq")
    assert vm.build() is None and vm.errors == {"key": KEY_REQUIRED}
    vm.set_key("gsk-1234")
    groq = vm.build()
    assert groq is not None and groq.base_url == "https://api.groq.com/openai/v1" and groq.needs_key


def test_a_typed_name_and_address_survive_a_preset_change_where_they_should(
    qtbot: Any, loop: Any, tmp_path: Path
) -> None:
    vm = form(tmp_path)
    vm.set_preset("ollama")
    vm.set_preset("compatible")
    assert vm.value("base_url") == "", "the previous preset's address is not kept for another server"
    vm.set_value("base_url", "http://gpu-box:9000/v1")
    vm.set_value("name", "GPU box")
    vm.set_preset("compatible")
    vm.set_preset("openai")
    assert vm.value("name") == "GPU box"
    vm.set_preset("lmstudio")
    assert vm.value("base_url") == "http://localhost:1234/v1"


def test_the_proxy_is_saved_with_the_profile(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    vm = form(tmp_path)
    vm.set_preset("ollama")
    vm.set_value("proxy", "ftp://proxy")
    assert vm.build() is None and vm.errors == {"proxy": "The proxy URL must start with http:// or https://."}
    vm.set_value("proxy", "http://proxy.example.com:3128/")
    profile = vm.build()
    assert profile is not None and profile.proxy == "http://proxy.example.com:3128"
    assert form(tmp_path, profile).value("proxy") == "http://proxy.example.com:3128"


def test_test_connection_chooses_the_best_backend_the_server_speaks(
    qtbot: Any, loop: Any, tmp_path: Path, assistants_only: LocalApiServer
) -> None:
    vm = form(tmp_path)
    vm.set_preset("compatible")
    vm.set_value("base_url", assistants_only.base_url)
    assert vm.backend == Backend.CHAT_COMPLETIONS.value
    with (
        qtbot.waitSignal(vm.probeFinished, timeout=20_000) as probed,
        qtbot.waitSignal(vm.backendChanged, timeout=20_000) as changed,
    ):
        ok = run_coro(qtbot, vm.test_connection(), timeout=20_000)
    report = probed.args[0]
    assert isinstance(report, ProbeReport) and report.apis[ApiFamily.ASSISTANTS] is True
    assert report.apis[ApiFamily.RESPONSES] is False
    assert changed.args == [Backend.ASSISTANTS.value] and vm.backend == Backend.ASSISTANTS.value
    assert ok is True and vm.last_probe == report
    profile = vm.build()
    assert profile is not None and profile.backend is Backend.ASSISTANTS


def test_a_backend_chosen_by_hand_is_kept_and_the_test_says_it_does_not_work(
    qtbot: Any, loop: Any, tmp_path: Path, assistants_only: LocalApiServer
) -> None:
    vm = form(tmp_path)
    vm.set_preset("compatible")
    vm.set_value("base_url", assistants_only.base_url)
    vm.set_backend(Backend.RESPONSES.value)
    with qtbot.waitSignal(vm.testFinished, timeout=20_000) as finished:
        vm.request_test()
    ok, sentence = finished.args
    assert ok is False and vm.backend == Backend.RESPONSES.value
    assert sentence.endswith(
        "This server does not speak the Responses API; choose the Assistants API (v2) for this profile."
    )
    assert sentence.startswith(f"Connected: {len(LocalApiConfig().models)} models available")


def test_an_existing_profile_keeps_its_backend_after_a_test(
    qtbot: Any, loop: Any, tmp_path: Path, local_api: Any
) -> None:
    base = Profile(name="Kept", kind="compatible", base_url=local_api.base_url, backend=Backend.ASSISTANTS)
    vm = form(tmp_path, base)
    vm.set_key("sk-any-1234")
    assert run_coro(qtbot, vm.test_connection(), timeout=20_000) is True
    assert vm.backend == Backend.ASSISTANTS.value, "the saved choice is the person's"
