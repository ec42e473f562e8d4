"""``{{variables}}`` in a prompt's body: found in order, with defaults and escapes, and filled."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


_name = st.from_regex(r"[A-Za-z][A-Za-z0-9_ ]{0,10}[A-Za-z0-9_]", fullmatch=True)
_value = st.text(max_size=12).filter(lambda v: not set(v) & set("{}\\"))


@given(st.lists(_name, min_size=1, max_size=6), st.data())
def test_every_blank_is_filled_once_per_name(names: list[str], data: st.DataObject) -> None:
    body = " / ".join(f"{{{{ {name} }}}}" for name in names)
    values = {name: data.draw(_value) for name in names}
    assert [v.name for v in variables(body)] == list(dict.fromkeys(names))
    filled = fill(body, values)
    assert filled == " / ".join(values[name] for name in names)
    assert variables(filled) == []
