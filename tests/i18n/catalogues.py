"""Loads ``resources/i18n/update.py`` (a script, not a package module) for the tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
UPDATE_SCRIPT = ROOT / "resources" / "i18n" / "update.py"


def update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("belugadesk_i18n_update", UPDATE_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
