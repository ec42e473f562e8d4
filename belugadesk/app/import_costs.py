"""Two costs that every import at start-up paid, trimmed before the app imports anything else.

- PySide6 replaces ``__import__`` (for its opt-in ``from __feature__ import …``) and, after every module
  imported once PySide6 is loaded, asks whether that module's source mentions "PySide6", through
  ``inspect.getsource``: it tokenizes the file for its encoding and keeps every line in ``linecache``
  (~0.17 ms a module, ~70 ms and a few MB for the ~450 modules start-up imports). The same question is
  answered here by reading the file's bytes, and nothing is kept. BelugaDesk uses no ``__feature__``.
- pydantic looks for plugins by scanning every installed distribution's entry points when it builds its
  first model (~15 ms); the app uses none (``PYDANTIC_DISABLE_PLUGINS``, unless the environment sets it).
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

#: where PySide6 keeps its import hook's helpers (one module under two names)
_FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions PySide6 (what PySide6's own check answers)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, an extension module or without a source file: PySide6 answers False too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def trim_import_costs() -> bool:
    """Trim both costs; returns whether PySide6's check was replaced (False if its helpers moved)."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook and loads its helpers)

    replaced = False
    for name in _FEATURE_MODULES:
        feature = sys.modules.get(name)
        if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
            feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
            replaced = True
    return replaced
