"""Property-based tests of the reply renderer (issue 11): random markdown and links with every scheme, spelled
every way (mixed case, padded, entity- and percent-encoded, autolinks, reference links, the app's own
scheme). Nothing raises, and no link in the output runs an app action except the Copy links the renderer
draws for its own code blocks; every other link is offered to open only after a confirmation."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from PySide6.QtGui import QTextDocument

from belugadesk.domain.models import ImagePart, Message, TextPart, ToolCallPart
from belugadesk.views.chat.app_links import APP_SCHEME, parse_action
from belugadesk.views.chat.markdown_render import COPY_CODE, render_markdown, split_blocks
from belugadesk.views.chat.message_html import message_html
from tests.views.chat.test_chat_view import hrefs

SCHEMES = [
    "javascript", "JaVaScRiPt", "vbscript", "data", "file", "FILE", "retry", "image", "copy-code", "toggle",
    "tool", "sandbox", "belugaimg", "belugadesk", "BelugaDesk-0123", APP_SCHEME, APP_SCHEME.upper(),
    "http", "https", "HTTPS", "mailto", "ftp", "intent", "x-app",
]  # fmt: skip


def _entity(text: str) -> str:
    return "".join(f"&#{ord(c)};" if c.isalpha() else c for c in text)


def _percent(text: str) -> str:
    return "".join(f"%{ord(c):02X}" if c.isalpha() else c for c in text)


@st.composite
def targets(draw: Any) -> str:
    scheme = draw(st.sampled_from(SCHEMES) | st.from_regex(r"[A-Za-z][A-Za-z0-9+.-]{0,12}", fullmatch=True))
    rest = draw(st.sampled_from(["", "//", "///"])) + draw(
        st.text(st.characters(blacklist_categories=["Cs"]), max_size=20)
    )
    spelled = draw(st.sampled_from([str, _entity, _percent, str.upper]))(scheme)
    pad = draw(st.sampled_from(["", " ", "\t", "\n", "\x00", "\u200b", "&#32;"]))
    return f"{pad}{spelled}{draw(st.sampled_from([':', '&#58;', '%3A', ' :']))}{rest}{pad}"


@st.composite
def links(draw: Any) -> str:
    target = draw(targets())
    text = draw(st.sampled_from(["click", "https://bank.example.com", "", "`code`", "![img](x)"]))
    form = draw(st.integers(0, 4))
    if form == 0:
        return f"[{text}]({target})"
    if form == 1:
        return f'[{text}](<{target}> "title")'
    if form == 2:
        return f"<{target.strip()}>"
    if form == 3:
        return f"[{text}][r]\n\n[r]: {target}\n"
    return f'<a href="{target}">raw html</a>'


MARKDOWN_BITS = st.sampled_from(
    ["# Title\n", "**bold** ", "_it_ ", "\n\n", "- item\n", "1. one\n", "> quote\n",
     "```python\nx = 1\n```\n", "~~~\n<b>\n~~~\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "    indented code\n",
     "`inline`", "\\", "[", "]", "(", ")", "<", ">", "&amp;", "\x00code\x00"]
)  # fmt: skip

MARKDOWN = st.lists(MARKDOWN_BITS | links() | st.text(max_size=30), max_size=12).map("".join)


def _qt_hrefs(html_text: str) -> list[str]:
    """The links as Qt's rich-text engine reads them (what a click on the bubble reports)."""
    doc = QTextDocument()
    doc.setHtml(html_text)
    found: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href:
                found.append(href)
            it += 1
        block = block.next()
    return found


def _only_own_copy_links(hrefs: list[str], code_blocks: Collection[str]) -> None:
    for href in hrefs:
        action = parse_action(href)
        if action is None:  # a link from the text: it must not even look like one of the app's own
            assert not href.strip().lower().startswith("belugadesk"), f"app scheme got through: {href!r}"
        else:
            assert action[0] == COPY_CODE and action[1] in code_blocks, (
                f"a link in model text would run an app action: {href!r}"
            )


class Context:
    """A plain RenderContext (what the delegate's MessageResources provides), without images or footers."""

    dark = False

    def footer(self, message: Message) -> str:
        return ""

    def image_size(self, part: ImagePart) -> tuple[int, int] | None:
        return None

    def image_problem(self, file_id: str) -> str:
        return ""

    def expanded(self, message_id: str, call_id: str) -> bool:
        return False

    def tool_pending(self, call_id: str) -> bool:
        return False


class OpenedContext(Context):
    """Every tool call opened (its arguments and output shown)."""

    def expanded(self, message_id: str, call_id: str) -> bool:
        return True


@settings(max_examples=300, deadline=None)
@given(MARKDOWN)
def test_random_markdown_renders_and_no_link_acts_without_confirmation(text: str) -> None:
    rendered = render_markdown(text)
    links = hrefs(rendered.html)
    _only_own_copy_links(links, [str(i) for i in range(len(rendered.code_blocks))])
    copies = [h for h in links if parse_action(h) is not None]
    assert len(copies) == len(rendered.code_blocks), "one Copy link per code block, none from the text"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(MARKDOWN, min_size=1, max_size=3))
def test_a_whole_bubble_as_qt_reads_it_has_no_action_from_model_text(qapp: Any, texts: list[str]) -> None:
    message = Message.assistant("").model_copy(update={"parts": tuple(TextPart(text=t) for t in texts)})
    rendered = message_html(message, Context(), 600)
    _only_own_copy_links(_qt_hrefs(rendered.html), rendered.code_blocks)
    _only_own_copy_links(hrefs(rendered.html), rendered.code_blocks)
    numbers = [action[1] for h in hrefs(rendered.html) if (action := parse_action(h)) is not None]
    assert numbers == list(rendered.code_blocks), "each Copy copies its own block, in order"


def test_tool_arguments_nested_too_deeply_for_json_still_render() -> None:
    nested = "[" * 5000 + "]" * 5000  # model-supplied arguments deeper than the JSON parser can go
    call = Message.assistant("").model_copy(
        update={"parts": (ToolCallPart(call_id="c1", name="f", arguments=nested, output=nested),)}
    )
    assert message_html(call, OpenedContext(), 600).html.count("[" * 5000) == 2, "shown as it came"


def test_tool_output_too_long_for_a_bubble_is_cut_with_a_note() -> None:
    output = "x" * 2_000_000
    call = Message.assistant("").model_copy(
        update={"parts": (ToolCallPart(call_id="c1", name="f", arguments="{}", output=output),)}
    )
    shown = message_html(call, OpenedContext(), 600).html
    assert len(shown) < 30_000 and "(2.0 MB more not shown)" in shown


def _top_level_blocks(text: str) -> list[tuple[int, int]]:
    """The line ranges of the top-level blocks markdown-it finds in ``text``."""
    parser = MarkdownIt("commonmark").enable("table")
    return [(t.map[0], t.map[1]) for t in parser.parse(text) if t.level == 0 and t.map and t.nesting >= 0]


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKDOWN, min_size=1, max_size=8), st.integers(1, 200), st.data())
def test_long_text_is_cut_only_between_top_level_blocks_and_stays_cut_as_it_grows(
    texts: list[str], size: int, data: Any
) -> None:
    text = "\n\n".join(texts)
    assume("\r" not in text)  # markdown-it counts a lone CR as a line break; the cutter does not
    pieces = split_blocks(text, size=size)
    assert "".join(pieces) == text
    blocks = _top_level_blocks(text)
    line = 0
    for piece in pieces[:-1]:
        line += piece.count("\n")
        inside = [(first, end) for first, end in blocks if first < line < end]
        assert not inside, f"cut at line {line}, inside the block at lines {inside}: {pieces!r}"
    prefix = text[: data.draw(st.integers(0, len(text)))]
    before = split_blocks(prefix, size=size)
    assert pieces[: len(before) - 1] == before[:-1], "a piece, once followed by another, never changes"
    assert split_blocks(text, before, size=size) == pieces, "cutting only the tail gives the same pieces"


def test_a_list_that_starts_under_a_heading_is_not_cut_between_its_items() -> None:
    text = "# Title\n- item\n\n\n- item\n\nAfter the list\n"  # one loose list, for markdown-it too
    assert _top_level_blocks(text) == [(0, 1), (1, 6), (6, 7)]
    assert split_blocks(text, size=1) == ["# Title\n- item\n\n\n- item\n\n", "After the list\n"]


def test_a_fence_marker_inside_an_html_block_is_text_and_a_fence_after_a_paragraph_is_one() -> None:
    text = "**bold** ~~~\n<b>\n~~~\n~~~\n<b>\n~~~\n\n\n0~~~\n<b>\n~~~\n\n\n# Title\n"
    assert _top_level_blocks(text)[-1] == (10, 14), "markdown-it: the last fence runs to the end"
    assert split_blocks(text, size=1) == ["**bold** ~~~\n<b>\n~~~\n~~~\n<b>\n~~~\n\n\n", text[35:]]
