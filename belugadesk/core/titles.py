"""Thread titles made from the first user message, and one-line plain-text previews of a reply."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it (~30 ms) is imported on first use, not at start-up
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MAX_TITLE = 60
MAX_PREVIEW = 160
#: characters that, alone on a line, are leftover markup rather than a title ("**", "> ", "---")
_MARKUP_ONLY = "#*_`>[]~-+=| "


def title_from_text(text: str) -> str:
    """The first line of what ``text`` reads as rendered markdown, cut at a word boundary."""
    line = next((ln.strip() for ln in plain_text(text).splitlines() if ln.strip()), "")
    if not line.strip(_MARKUP_ONLY):
        return "New thread"
    if len(line) <= MAX_TITLE:
        return line
    cut = line[:MAX_TITLE].rsplit(" ", 1)[0] or line[:MAX_TITLE]
    return cut.rstrip(" ,.;:") + "…"


def preview_from_markdown(text: str) -> str:
    """One line of plain text for list previews: what the rendered markdown reads, without its markup."""
    plain = " ".join(plain_text(text).split())
    return plain if len(plain) <= MAX_PREVIEW else plain[: MAX_PREVIEW - 1].rstrip() + "…"


def plain_text(markdown: str) -> str:
    """What ``markdown`` reads as rendered, without its markup: one line per line break or block.

    Emphasis inside a word (``2*3*4``) keeps its asterisks: plain text cannot show it, and there it is
    nearly always arithmetic or a pattern, not emphasis.
    """
    return "".join(_words(_parser().parse(markdown))).strip()


_BLOCK_TEXT = {"fence", "code_block"}
_BREAKS = {"softbreak", "hardbreak"}
_EMPHASIS = {"em_open": "em_close", "strong_open": "strong_close"}


def _words(tokens: Sequence[Token]) -> Iterator[str]:
    """The readable text of markdown tokens: inline text, code, image alt text; breaks and blocks as lines."""
    kept = _intraword_emphasis(tokens)
    for index, token in enumerate(tokens):
        if token.children:
            yield from _words(token.children)
        elif token.type in _BREAKS:
            yield "\n"
        elif token.type in ("text", "code_inline") or token.type in _BLOCK_TEXT:
            yield token.content
        elif index in kept:
            yield token.markup
        if token.block and token.nesting <= 0:  # the end of a block, or a block that holds no others
            yield "\n"


def _intraword_emphasis(tokens: Sequence[Token]) -> set[int]:
    """Indexes of emphasis open/close tokens whose pair sits inside a word (a letter or digit each side)."""
    kept: set[int] = set()
    opened: list[int] = []
    for index, token in enumerate(tokens):
        if token.type in _EMPHASIS:
            opened.append(index)
        elif token.type in _EMPHASIS.values() and opened:
            start = opened.pop()
            if _alnum(tokens, start - 1, -1) and _alnum(tokens, index + 1, 0):
                kept.update((start, index))
    return kept


def _alnum(tokens: Sequence[Token], index: int, end: int) -> bool:
    """Whether ``tokens[index]`` is text whose first (``end`` 0) or last (-1) character is alphanumeric."""
    if not 0 <= index < len(tokens) or tokens[index].type != "text" or not tokens[index].content:
        return False
    return tokens[index].content[end].isalnum()


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})
