"""Thread titles made from the first user message, and one-line plain-text previews of a reply."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

MAX_TITLE = 60


def title_from_text(text: str) -> str:
    """The first line of ``text``, without markdown noise, cut at a word boundary."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = re.sub(r"[#*_`>\[\]]+", "", line).strip()
    if not line:
        return "New thread"
    if len(line) <= MAX_TITLE:
        return line
    cut = line[:MAX_TITLE].rsplit(" ", 1)[0] or line[:MAX_TITLE]
    return cut.rstrip(" ,.;:") + "…"


MAX_PREVIEW = 160
_BLOCK_TEXT = {"fence", "code_block"}
_BREAKS = {"softbreak", "hardbreak"}


def _words(tokens: Sequence[Token]) -> Iterator[str]:
    """The readable text of markdown tokens: inline text, code, image alt text; breaks and blocks as gaps."""
    for token in tokens:
        if token.children:
            yield from _words(token.children)
        elif token.type in _BREAKS:
            yield " "
        elif token.type in ("text", "code_inline") or token.type in _BLOCK_TEXT:
            yield token.content
        if token.block:
            yield " "


def preview_from_markdown(text: str) -> str:
    """One line of plain text for list previews: what the rendered markdown reads, without its markup."""
    plain = " ".join("".join(_words(_PARSER.parse(text))).split())
    return plain if len(plain) <= MAX_PREVIEW else plain[: MAX_PREVIEW - 1].rstrip() + "…"


_PARSER = MarkdownIt("commonmark", {"html": False})
