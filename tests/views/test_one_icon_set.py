"""One icon set throughout: no view takes the platform style's standard icons, and every icon the code asks
for by name is shipped."""

from __future__ import annotations

import ast
from pathlib import Path

import belugadesk
from belugadesk.viewmodels.resources_access import resources_dir
from belugadesk.views.icons import ICON_DIR

PACKAGE = Path(belugadesk.__file__).parent


def parsed_sources() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(PACKAGE.rglob("*.py"))]


def test_no_standard_icons_of_the_platform_style() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{node.lineno} {node.attr}"
        for path, tree in parsed_sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr in {"standardIcon", "standardPixmap", "StandardPixmap"}
    ]
    assert not found, "use belugadesk.views.icons.icon(name) instead:\n" + "\n".join(found)


def test_every_icon_named_in_the_code_is_shipped() -> None:
    names = {
        (path, node.args[0].value)
        for path, tree in parsed_sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "icon"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(names) >= 3, "the scan finds the icons the views ask for"
    shipped = {svg.stem for svg in (resources_dir() / ICON_DIR).glob("*.svg")}
    missing = sorted(f"{path.relative_to(PACKAGE)}: {name}" for path, name in names if name not in shipped)
    assert not missing, missing
