"""Markdown to the HTML subset Qt's rich-text engine draws: code highlighted by pygments with a Copy link
per code block, bordered tables, no raw HTML and no remote images. Links in the text keep their target (they
are opened only after a confirmation); a link that claims the app's own scheme is not made a link at all.

Long texts are rendered block by block (blank-line separated, never inside a code fence) and each block is
cached, so a reply that grows while it streams only re-renders its last block.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from belugadesk.views.chat.app_links import action_href, claims_app_scheme
from belugadesk.views.settings import palette_design

if TYPE_CHECKING:  # markdown-it and pygments (~70 ms) are imported on first render, after the first paint
    from markdown_it import MarkdownIt
    from pygments.formatters import HtmlFormatter
    from pygments.lexer import Lexer

CODE_MARK = "\x00code\x00"  # replaced by the code block's number when blocks are joined
COPY_CODE = "copy-code"  # the app action of a code block's Copy link
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


@dataclass(frozen=True)
class Theme:
    code_background: str
    code_border: str
    muted: str
    pygments_style: str
    error: str  # an error in a bubble: the app palette's, which passes AA on every bubble


LIGHT = Theme("#eceff3", "#d3d8de", "#57606a", "friendly", palette_design.LIGHT.error)
DARK = Theme("#121417", "#3b4048", "#9aa4ae", "monokai", palette_design.DARK.error)


@dataclass(frozen=True)
class Rendered:
    html: str
    code_blocks: tuple[str, ...]  # the COPY_CODE action with argument N copies code_blocks[N]


@lru_cache(maxsize=4)
def _formatter(style: str) -> HtmlFormatter:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(noclasses=True, nowrap=True, style=style)


@lru_cache(maxsize=64)
def _lexer(lang: str) -> Lexer | None:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(lang) if lang else None
    except ClassNotFound:
        return None


def _code_block(code: str, lang: str, theme: Theme) -> str:
    from pygments import highlight

    lexer = _lexer(lang)
    body = highlight(code, lexer, _formatter(theme.pygments_style)) if lexer else html.escape(code)
    label = html.escape(lang) if lang else "code"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" bgcolor="{theme.code_background}"'
        f' style="border: 1px solid {theme.code_border}; margin-top: 4px; margin-bottom: 4px;">'
        f'<tr><td><span style="color:{theme.muted};">{label}</span>&nbsp;&nbsp;'
        f'<a href="{action_href(COPY_CODE)}{CODE_MARK}">Copy</a></td></tr>'
        f"<tr><td><pre>{body.rstrip()}</pre></td></tr></table>"
    )


@lru_cache(maxsize=2)
def _parser(dark: bool) -> MarkdownIt:
    from markdown_it import MarkdownIt

    theme = DARK if dark else LIGHT
    md = MarkdownIt("commonmark", {"html": False, "linkify": False})
    md.enable("table")
    md.enable("strikethrough")
    md.disable("image")
    checks_link = md.validateLink
    md.validateLink = lambda url: checks_link(url) and not claims_app_scheme(url)  # type: ignore[method-assign]

    def fence(_self, tokens, idx, _options, _env):
        token = tokens[idx]
        lang = token.info.strip().split(" ")[0] if token.info else ""
        return _code_block(token.content, lang, theme)

    def code_block(_self, tokens, idx, _options, _env):
        return _code_block(tokens[idx].content, "", theme)

    md.add_render_rule("fence", fence)
    md.add_render_rule("code_block", code_block)
    return md


_TABLE = (
    '<table border="1" cellspacing="0" cellpadding="5" style="border-collapse: collapse; border-color: {c};">'
)


@lru_cache(maxsize=8192)
def _render_chunk(chunk: str, dark: bool) -> tuple[str, tuple[str, ...]]:
    theme = DARK if dark else LIGHT
    env: dict[str, object] = {}
    md = _parser(dark)
    tokens = md.parse(chunk, env)
    codes = tuple(t.content for t in tokens if t.type in ("fence", "code_block"))
    out = md.renderer.render(tokens, md.options, env)
    out = out.replace("<table>", _TABLE.format(c=theme.code_border))
    out = out.replace("<code>", f'<code style="background-color:{theme.code_background};">')
    return out, codes


def split_blocks(text: str) -> list[str]:
    """Top-level markdown blocks: split at blank lines followed by an unindented line, outside fences."""
    blocks: list[str] = []
    current: list[str] = []
    fence: str | None = None
    blank = False
    for line in text.split("\n"):
        match = _FENCE.match(line)
        if fence is None and blank and current and line and not line[0].isspace():
            blocks.append("\n".join(current))
            current = []
        current.append(line)
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker[0] * len(marker)
            elif marker.startswith(fence):
                fence = None
        blank = not line.strip()
    if current:
        blocks.append("\n".join(current))
    return blocks


def render_markdown(text: str, *, dark: bool = False) -> Rendered:
    """``text`` as Qt rich text (raw HTML in it is escaped, never interpreted)."""
    pieces: list[str] = []
    codes: list[str] = []
    for block in split_blocks(text):
        chunk_html, chunk_codes = _render_chunk(block, dark)
        if chunk_codes:
            parts = chunk_html.split(CODE_MARK)
            numbered = [parts[0]]
            for i, rest in enumerate(parts[1:]):
                numbered.append(str(len(codes) + i))
                numbered.append(rest)
            chunk_html = "".join(numbered)
            codes.extend(chunk_codes)
        pieces.append(chunk_html)
    return Rendered("".join(pieces), tuple(codes))


def markdown_to_html(text: str) -> str:
    """Only the HTML of :func:`render_markdown` (light theme)."""
    return render_markdown(text).html
