"""Settings → Prices: editing the table validates each cell, saves, and what the chat reads changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from belugadesk.domain.models import Usage
from belugadesk.settings import AppPaths, ModelPrice, SettingsFile
from belugadesk.viewmodels.settings.prices_vm import PricesViewModel
from tests.support import run_coro
from tests.views.settings.helpers_settings import settings_state


def cell(vm: PricesViewModel, model: str, column: int) -> Any:
    return vm.model.data(vm.model.index(vm.row_of(model), column))


def test_edit_a_price_saves_it_and_changes_the_estimate(qtbot: Any, loop: Any) -> None:
    state = settings_state()
    vm = PricesViewModel(state)
    changed: list[dict[str, ModelPrice]] = []
    state.pricesChanged.connect(changed.append)
    index = vm.model.index(vm.row_of("gpt-4.1-mini"), 2)
    assert vm.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert vm.model.setData(index, "3,20")
    run_coro(qtbot, vm.wait_idle())
    assert cell(vm, "gpt-4.1-mini", 2) == "3.2"
    assert state.settings.prices["gpt-4.1-mini"].output == 3.2
    assert SettingsFile(AppPaths.default()).load().prices["gpt-4.1-mini"].output == 3.2
    assert changed and changed[-1]["gpt-4.1-mini"].output == 3.2
    usage = Usage(input_tokens=1_000_000, output_tokens=1_000_000)
    assert state.settings.price_for("gpt-4.1-mini-2025-04-14").cost_usd(usage) == 0.40 + 3.2  # type: ignore[union-attr]


def test_bad_values_give_a_sentence_and_change_nothing(qtbot: Any, loop: Any) -> None:
    state = settings_state()
    vm = PricesViewModel(state)
    before = dict(state.settings.prices)
    row = vm.row_of("gpt-4o")
    assert not vm.model.setData(vm.model.index(row, 1), "cheap")
    assert vm.error == "'cheap' is not a number; enter a price such as 0.40."
    assert not vm.model.setData(vm.model.index(row, 1), "-1")
    assert vm.error == "A price must be zero or more."
    assert not vm.model.setData(vm.model.index(row, 0), "gpt-4o-mini")
    assert vm.error == "There is already a price for gpt-4o-mini."
    assert not vm.model.setData(vm.model.index(row, 2), "")
    assert str(vm.error).startswith("Enter a price")
    run_coro(qtbot, vm.wait_idle())
    assert state.settings.prices == before
    assert not SettingsFile(AppPaths.default()).path.exists()


def test_add_rename_clear_cached_and_remove(qtbot: Any, loop: Any) -> None:
    state = settings_state()
    vm = PricesViewModel(state)
    assert not vm.add("  ") and str(vm.error).startswith("Type the model name")
    assert vm.add("my-model")
    assert vm.error == ""
    row = vm.row_of("my-model")
    assert vm.model.setData(vm.model.index(row, 1), "1.5")
    assert vm.model.setData(vm.model.index(vm.row_of("my-model"), 0), "my-model-v2")
    assert vm.model.setData(vm.model.index(vm.row_of("gpt-4o"), 3), "")
    vm.remove(vm.row_of("o3"))
    run_coro(qtbot, vm.wait_idle())
    prices = SettingsFile(AppPaths.default()).load().prices
    assert prices["my-model-v2"] == ModelPrice(input=1.5, output=0.0)
    assert "my-model" not in prices and "o3" not in prices
    assert prices["gpt-4o"].cached_input is None
