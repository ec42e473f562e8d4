"""Thread titles and list previews made from message text."""

from __future__ import annotations

from belugadesk.core.titles import MAX_TITLE, plain_text, preview_from_markdown, title_from_text


def test_title_is_the_first_line_without_markdown() -> None:
    assert title_from_text("\n\n## **Plan** a trip\nmore") == "Plan a trip"


def test_long_title_is_cut_at_a_word() -> None:
    title = title_from_text("word " * 40)
    assert len(title) <= MAX_TITLE + 1 and title.endswith("…") and "wor…" not in title


def test_empty_title_falls_back() -> None:
    assert title_from_text("  \n ** ") == "New thread"


def test_preview_drops_markdown_and_keeps_link_text() -> None:
    text = "### About\n\nYou asked: **why?**\n\n- one\n- see [the docs](https://example.org) and `code`"
    assert preview_from_markdown(text) == "About You asked: why? one see the docs and code"


def test_preview_is_one_bounded_line() -> None:
    preview = preview_from_markdown("a\nb " * 200)
    assert "\n" not in preview and len(preview) <= 160 and preview.endswith("…")


def test_preview_reads_like_the_rendered_markdown() -> None:
    text = "## Steps\n\n1. *Open* the `app`\n2. Press ![the icon](x.png)\n\n```py\nprint('hi')\n```\n> quoted"
    assert preview_from_markdown(text) == "Steps Open the app Press the icon print('hi') quoted"
    assert preview_from_markdown("2 * 3 * 4 = 24, snake_case_name") == "2 * 3 * 4 = 24, snake_case_name"


def test_title_keeps_what_markdown_does_not_mark_up() -> None:
    assert title_from_text("my_var_name is undefined") == "my_var_name is undefined"
    assert title_from_text("why is 2*3*4 = 24?") == "why is 2*3*4 = 24?"
    assert title_from_text("x**2**y and *real* emphasis") == "x**2**y and real emphasis"


def test_title_and_preview_read_the_same_plain_text() -> None:
    text = "Fix `my_var_name` in [the loop](https://example.org): 2*3*4\nsecond line"
    assert plain_text(text) == "Fix my_var_name in the loop: 2*3*4\nsecond line"
    assert title_from_text(text) == "Fix my_var_name in the loop: 2*3*4"
    assert preview_from_markdown(text) == "Fix my_var_name in the loop: 2*3*4 second line"


def test_title_of_a_code_block_is_its_first_line_of_code() -> None:
    assert title_from_text("```python\nprint('hi')\n```") == "print('hi')"
