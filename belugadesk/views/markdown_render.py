"""Markdown to the HTML subset Qt's rich-text engine draws, with code highlighted by pygments."""

from __future__ import annotations

import html
from functools import lru_cache

from markdown_it import MarkdownIt
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name, guess_lexer
from pygments.util import ClassNotFound

_FORMATTER = HtmlFormatter(noclasses=True, nowrap=True, style="friendly")


def _highlight(code: str, lang: str, _attrs: str) -> str:
    try:
        lexer = get_lexer_by_name(lang) if lang else guess_lexer(code)
    except ClassNotFound:
        return f"<pre>{html.escape(code)}</pre>"
    body = highlight(code, lexer, _FORMATTER)
    return f'<pre style="background:#f6f8fa; padding:6px;">{body}</pre>'


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "highlight": _highlight})
    md.enable("table")
    md.enable("strikethrough")
    return md


@lru_cache(maxsize=2048)
def markdown_to_html(text: str) -> str:
    """Render ``text`` (raw HTML in it is escaped, never interpreted)."""
    return _parser().render(text)
