"""``app.import_costs``: PySide6's per-import check answers as before, without ``inspect.getsource``."""

from __future__ import annotations

import inspect
import os
import sys
import types

import pytest

from belugadesk.app import import_costs


def _pyside_answer(module: types.ModuleType) -> bool:
    """PySide6's own ``_mod_uses_pyside``: the module's source (by ``inspect``) mentions PySide6."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):
        return False


@pytest.mark.parametrize(
    "name",
    [
        "belugadesk.views.main_window",  # uses PySide6
        "belugadesk.app",  # a package: its __init__.py
        "belugadesk.domain.models",  # does not
        "json",  # the standard library
        "sys",  # built in
        "_json",  # an extension module (or built in)
    ],
)
def test_uses_pyside_answers_as_pysides_own_check(name: str) -> None:
    __import__(name)
    module = sys.modules[name]
    assert import_costs.uses_pyside(module) is _pyside_answer(module)


def test_a_module_without_a_file_does_not_use_pyside() -> None:
    assert import_costs.uses_pyside(types.ModuleType("made_here")) is False


def test_pysides_check_is_replaced_and_pydantic_plugins_are_off() -> None:
    """Importing the app package trims both costs (PySide6's helpers are where this version keeps them)."""
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is import_costs.uses_pyside
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"


def test_an_environment_that_sets_pydantic_plugins_keeps_its_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "logfire")
    assert import_costs.trim_import_costs() is True
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "logfire"
