"""The profile form's context budgets (Chat Completions): a table of model and tokens, checked, saved into
``Profile.context_budgets``; kept as they were while another backend is chosen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import Backend
from belugadesk.settings import Profile
from belugadesk.viewmodels.settings.profile_form_vm import BUDGET_FIELD, ProfileFormViewModel
from belugadesk.viewmodels.settings.profile_services import AsyncKeys
from tests.views.settings.helpers_settings import connection_tester, plaintext_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def form(tmp_path: Path, base: Profile | None = None) -> ProfileFormViewModel:
    return ProfileFormViewModel(AsyncKeys(plaintext_store(tmp_path)), connection_tester(), base)


def type_row(vm: ProfileFormViewModel, model: str, tokens: str) -> None:
    row = vm.budgets.add_row()
    vm.budgets.setData(vm.budgets.index(row, 0), model)
    vm.budgets.setData(vm.budgets.index(row, 1), tokens)


def test_budgets_show_on_chat_completions_and_are_saved(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    vm = form(tmp_path)
    assert BUDGET_FIELD not in vm.visible_fields(), "Responses keeps the thread on the server: no budget"
    vm.set_preset("ollama")
    assert vm.backend == Backend.CHAT_COMPLETIONS.value and BUDGET_FIELD in vm.visible_fields()
    type_row(vm, "llama3.2", "8000")
    type_row(vm, " qwen2.5 ", "32,768")
    profile = vm.build()
    assert profile is not None, vm.errors
    assert profile.context_budgets == {"llama3.2": 8000, "qwen2.5": 32768}
    assert profile.connection_config(None).context_budgets == {"llama3.2": 8000, "qwen2.5": 32768}
    reopened = form(tmp_path, profile)
    assert reopened.budgets.pairs == [("llama3.2", "8000"), ("qwen2.5", "32768")]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([("", "4000")], "Row 1: enter a model name (or remove the row)."),
        ([("llama3.2", "lots")], "Row 1: the budget of llama3.2 must be a whole number of tokens."),
        ([("llama3.2", "100")], "Row 1: the budget of llama3.2 is 100 tokens; give it at least 256."),
        ([("m", "4000"), ("m", "5000")], "Row 2: m has a budget already (row 1)."),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_built(
    qtbot: Any, loop: Any, tmp_path: Path, rows: list[tuple[str, str]], message: str
) -> None:
    vm = form(tmp_path)
    vm.set_preset("ollama")
    for model, tokens in rows:
        type_row(vm, model, tokens)
    assert vm.build() is None
    assert vm.errors == {BUDGET_FIELD: message}
    vm.budgets.remove_row(len(rows) - 1)  # editing the table clears the sentence
    assert BUDGET_FIELD not in vm.errors


def test_another_backend_keeps_the_budgets_the_profile_had(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    base = Profile(
        id="p1",
        name="Local",
        kind="compatible",
        preset="ollama",
        base_url="http://localhost:11434/v1",
        backend=Backend.CHAT_COMPLETIONS,
        context_budgets={"llama3.2": 8000},
    )
    vm = form(tmp_path, base)
    vm.set_backend(Backend.RESPONSES.value)
    assert BUDGET_FIELD not in vm.visible_fields()
    profile = vm.build()
    assert profile is not None and profile.context_budgets == {"llama3.2": 8000}
