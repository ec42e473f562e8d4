"""``{{variables}}`` in a prompt's body: found in order, with defaults and escapes, and filled."""

from __future__ import annotations

import pytest

from belugadesk.core.prompt_template import Variable, fill, variables


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("no variables here", []),
        ("{{a}} {{b}} {{a}}", [Variable("a"), Variable("b")]),
        ("{{ spaced name }} and {{spaced name}}", [Variable("spaced name")]),
        ("To {{ language | French }}", [Variable("language", "French")]),
        ("{{x}} then {{x|later default}}", [Variable("x", "later default")]),
        ("{{x|first}} then {{x|second}}", [Variable("x", "first")]),
        (r"\{{literal}} {{real}}", [Variable("real")]),
        ("{{}} {{ | only default }} {single}", []),
        ("{{b}}{{a}}", [Variable("b"), Variable("a")]),
    ],
)
def test_variables_in_order_of_first_appearance(body: str, found: list[Variable]) -> None:
    assert variables(body) == found


@pytest.mark.parametrize(
    ("body", "values", "filled"),
    [
        ("Hi {{name}}, {{ name }}!", {"name": "Ada"}, "Hi Ada, Ada!"),
        ("To {{language|French}}:", {}, "To French:"),
        ("To {{language|French}}:", {"language": "German"}, "To German:"),
        ("To {{language}}:", {}, "To :"),
        (r"Keep \{{this}} and {{that}}", {"that": "x"}, "Keep {{this}} and x"),
        ("{{}} stays", {}, "{{}} stays"),
        ("a value with {{braces}}", {"braces": "{{not again}}"}, "a value with {{not again}}"),
    ],
)
def test_fill(body: str, values: dict[str, str], filled: str) -> None:
    assert fill(body, values) == filled
