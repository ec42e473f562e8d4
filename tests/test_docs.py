"""The docs name only tests that exist: each `tests/…py` file and `::test_…` in RELIABILITY.md is real."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RELIABILITY = ROOT / "docs" / "RELIABILITY.md"
# `tests/x/test_y.py::test_a`, `::test_b` (a bare `::name` continues the file named before it in the cell)
CITATION = re.compile(r"`(tests/[\w/]+\.py)?(?:::(\w+))?`")


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def test_every_test_that_reliability_md_names_exists() -> None:
    rows = [line for line in RELIABILITY.read_text(encoding="utf-8").splitlines() if line.startswith("| ")]
    cited = 0
    for row in rows[2:]:  # after the header and its rule
        proof = row.rstrip(" |").rsplit(" | ", 1)[-1]
        current: Path | None = None
        for file, name in CITATION.findall(proof):
            if file:
                current = ROOT / file
                assert current.is_file(), f"{file} (cited in RELIABILITY.md) does not exist"
                cited += 1
            if name:
                assert current is not None, f"::{name} in RELIABILITY.md names no file before it"
                assert name in _test_names(current), f"{current.name} has no test {name}"
        assert current is not None, f"a row of RELIABILITY.md names no test: {row[:80]}…"
    assert cited >= 30


def test_every_test_that_sync_md_names_exists() -> None:
    """Each promise of docs/SYNC.md names its test; a bare `::name` continues the file named before it."""
    text = (ROOT / "docs" / "SYNC.md").read_text(encoding="utf-8")
    current: Path | None = None
    cited = 0
    for file, name in CITATION.findall(text):
        if file:
            current = ROOT / file
            assert current.is_file(), f"{file} (cited in SYNC.md) does not exist"
        if name:
            assert current is not None, f"::{name} in SYNC.md names no file before it"
            assert name in _test_names(current), f"{current.name} has no test {name}"
            cited += 1
    assert cited >= 15
