"""``{{variables}}`` in a saved prompt's body.

- ``{{name}}`` is a variable; spaces inside the braces are ignored (``{{ name }}`` is the same variable).
- ``{{name|default}}`` gives it a default, offered in the form (``{{ language | French }}``).
- The same name used twice is one variable (one field), filled in both places; the form lists the variables
  in the order they first appear, and the first default given for a name is the one offered.
- ``\\{{`` is a literal ``{{``: ``\\{{not a variable}}`` inserts ``{{not a variable}}``. Braces holding no
  name (``{{}}``, ``{{ | x }}``) are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from belugadesk.domain.prompts import Variable

_PATTERN = re.compile(r"(?P<escape>\\)?\{\{\s*(?P<name>[^{}|]*?)\s*(?:\|(?P<default>[^{}]*))?\}\}")


def variables(body: str) -> list[Variable]:
    """The distinct variables of ``body``, in order of first appearance."""
    found: dict[str, Variable] = {}
    for match in _PATTERN.finditer(body):
        name = match["name"]
        if match["escape"] or not name:
            continue
        if name not in found:
            found[name] = Variable(name, (match["default"] or "").strip())
        elif not found[name].default and match["default"]:
            found[name] = Variable(name, match["default"].strip())
    return list(found.values())


def fill(body: str, values: Mapping[str, str]) -> str:
    """``body`` with each variable replaced by its value (its default when ``values`` has none) and each
    escaped ``\\{{`` made a plain ``{{``."""
    defaults = {v.name: v.default for v in variables(body)}

    def replace(match: re.Match[str]) -> str:
        name = match["name"]
        if match["escape"]:
            return match.group(0)[1:]
        if not name:
            return match.group(0)
        return values.get(name, defaults.get(name, ""))

    return _PATTERN.sub(replace, body)
