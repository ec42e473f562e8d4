"""Markdown to the HTML subset Qt's rich-text engine draws: code highlighted by pygments with a Copy link
per code block, bordered tables, no raw HTML and no remote images. Links in the text keep their target (they
are opened only after a confirmation); a link that claims the app's own scheme is not made a link at all.

Long texts are cut into pieces at top-level block boundaries (``split_blocks``) and each piece is rendered on
its own (``render_block``, cached by text and theme), so a reply that grows while it streams only re-renders
its last piece and a long one is laid out and painted piece by piece. A link reference definition applies
within its own piece.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from belugadesk.views.chat.app_links import action_href, claims_app_scheme
from belugadesk.views.settings import palette_design

if TYPE_CHECKING:  # markdown-it and pygments (~70 ms) are imported on first render, after the first paint
    from markdown_it import MarkdownIt
    from pygments.formatters import HtmlFormatter
    from pygments.lexer import Lexer

CODE_MARK = "\x00code\x00"  # a Copy link's target, until number_code_links makes it the app's action
COPY_LABEL = "\x00copy\x00"  # a Copy link's words, until number_code_links says "Copy" or "Copied"
COPY_CODE = "copy-code"  # the app action of a code block's Copy link
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# the start of an HTML block that a blank line ends (CommonMark's kinds 6 and 7): a block-level tag, or any
# complete tag alone on its line; fence markers inside it are text
_HTML_BLOCK = re.compile(
    r"^ {0,3}(?:</?(?:address|article|aside|blockquote|details|dialog|div|dl|fieldset|figure|footer|form"
    r"|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\s/>]|$)"
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?/?>\s*$)",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
BLOCK_CHARS = 2000  # a long text is rendered, laid out and painted in pieces of about this size
# headings scaled for chat (a `#` in a reply is not a document title): level -> size relative to the text
HEADING_SCALE = {1: 1.25, 2: 1.15, 3: 1.05}
_HEADING_MARK = re.compile("\x00h([1-6])\x00")  # a heading's font size, until scale_headings sets it


@dataclass(frozen=True)
class Theme:
    code_background: str
    code_border: str
    muted: str
    pygments_style: str
    error: str  # an error in a bubble: the app palette's, which passes AA on every bubble
    code_header: str  # a code block's header (its language and Copy)


LIGHT = Theme("#eceff3", "#d3d8de", "#57606a", "friendly", palette_design.LIGHT.error, "#e1e5ea")
DARK = Theme("#121417", "#3b4048", "#9aa4ae", "monokai", palette_design.DARK.error, "#1d2126")


Key = tuple[str, bool]  # (markdown, dark): what a rendering depends on


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
        f' style="border: 1px solid {theme.code_border}; margin-top: 6px; margin-bottom: 6px;">'
        f'<tr><td bgcolor="{theme.code_header}" style="border: none;">'
        f'<table width="100%" cellspacing="0" cellpadding="0" border="0" style="border: none;"><tr>'
        f'<td style="border: none;"><span style="color:{theme.muted};">{label}</span></td>'
        f'<td align="right" style="border: none;"><a href="{CODE_MARK}">{COPY_LABEL}</a></td>'
        f"</tr></table></td></tr>"
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

    def heading_open(_self, tokens, idx, _options, _env):
        # a paragraph, not <hN>: Qt's rich text scales <hN> by fixed steps that no style sheet overrides
        level = tokens[idx].tag[1:]
        return (
            f'<p style="font-size:\x00h{level}\x00; font-weight:bold; margin-top:10px; margin-bottom:4px;">'
        )

    def heading_close(_self, _tokens, _idx, _options, _env):
        return "</p>\n"

    md.add_render_rule("heading_open", heading_open)
    md.add_render_rule("heading_close", heading_close)
    md.add_render_rule("fence", fence)
    md.add_render_rule("code_block", code_block)
    return md


# Qt draws a table's border="1" cells inset and outset (one side light, one dark): on a light background half
# the lines vanish. So every cell gets its own solid 1 px border, collapsed with its neighbours'.
_TABLE = (
    '<table border="1" cellspacing="0" cellpadding="5"'
    ' style="border-collapse: collapse; border-style: solid; border-color: {c};">'
)
_CELL = re.compile(r'<(th|td)(?: style="([^"]*)")?>')


@lru_cache(maxsize=1024)
def _render_chunk(chunk: str, dark: bool) -> tuple[str, tuple[str, ...]]:
    theme = DARK if dark else LIGHT
    env: dict[str, object] = {}
    md = _parser(dark)
    tokens = md.parse(chunk, env)
    codes = tuple(t.content for t in tokens if t.type in ("fence", "code_block"))
    out = md.renderer.render(tokens, md.options, env)
    if "<table>" in out:
        out = out.replace("<table>", _TABLE.format(c=theme.code_border))
        cell = f"border: 1px solid {theme.code_border};"
        out = _CELL.sub(lambda m: f'<{m[1]} style="{cell}{(" " + m[2]) if m[2] else ""}">', out)
    out = out.replace("<code>", f'<code style="background-color:{theme.code_background};">')
    return out, codes


def _is_list_item(line: str) -> bool:
    return _LIST_ITEM.match(line) is not None


def split_blocks(text: str, previous: Sequence[str] = (), *, size: int = BLOCK_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at least ``size`` characters (but the last) that join back
    into it, each cut at a top-level block boundary: before an unindented line that follows a blank line,
    never inside a code fence nor between the items of a list. Only complete lines decide a cut, so a text
    that grows (a streaming reply) keeps every piece but its last: given the pieces of an earlier ``text``
    (``previous``), only the text from their last piece on is scanned again.
    """
    frozen = list(previous[:-1])
    start = sum(len(piece) for piece in frozen)
    if not frozen or not text.startswith("".join(frozen)):
        frozen, start = [], 0
    return frozen + _split_from(text, start, size)


def _split_from(text: str, start: int, size: int) -> list[str]:
    pieces: list[str] = []
    piece_start = start
    fence: str | None = None
    blank = False
    in_list = False
    html = False  # inside an HTML block (ended by a blank line)
    closed_fence = False  # the line before closed a fence: a new block may start right under it
    at = start
    while True:
        end = text.find("\n", at)
        if end < 0:
            break  # the last line is not complete: it never starts a piece
        line = text[at:end]
        if html:
            html = bool(line.strip(" \t"))
            blank, closed_fence, at = not html, False, end + 1
            continue
        if fence is None and line and line[0] not in " \t":
            item = _is_list_item(line)
            if blank:  # a block may start here, unless it is the next item of the list above
                if at - piece_start >= size and not (item and in_list):
                    pieces.append(text[piece_start:at])
                    piece_start = at
                in_list = item
            elif item:  # an item right under a heading or a paragraph starts a list too
                in_list = True
        starts_block = blank or at == piece_start or closed_fence  # not a paragraph's next line
        closed_fence = False
        match = _FENCE.match(line)
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker
            elif marker.startswith(fence) and not line[match.end() :].strip():  # a closing fence
                fence, closed_fence = None, True
        elif fence is None and starts_block and _HTML_BLOCK.match(line):
            html = True
        blank = not line.strip(" \t")  # what markdown calls a blank line
        at = end + 1
    if piece_start < len(text) or not pieces:
        pieces.append(text[piece_start:])
    return pieces


def render_block(source: str, dark: bool = False) -> Rendered:
    """One piece of markdown as rich text; its Copy links carry ``CODE_MARK`` until :func:`number_code_links`
    numbers them. Pure Python and slow on long texts: the chat calls it on a worker thread."""
    html_text, codes = _render_chunk(source, dark)
    return Rendered(html_text, codes)


def render_batch(keys: list[Key]) -> list[Rendered]:
    """:func:`render_block` of each (markdown, dark) (what the chat's worker process runs)."""
    return [render_block(markdown, dark) for markdown, dark in keys]


def number_code_links(html_text: str, prefix: str = "", first: int = 0, copied: str = "") -> str:
    """Make the Copy links of rendered markdown the app's COPY_CODE action, the i-th with the argument
    ``f"{prefix}{first + i}"`` (done here: the action's URL scheme is this process's own), each saying
    "Copy", or "Copied" for the one whose argument is ``copied``."""
    if CODE_MARK not in html_text:
        return html_text
    from PySide6.QtCore import QCoreApplication  # here: the renderer's worker process imports no Qt

    parts = html_text.split(CODE_MARK)
    numbered = [parts[0]]
    copy = QCoreApplication.translate("CodeBlock", "Copy")
    for i, rest in enumerate(parts[1:]):
        argument = f"{prefix}{first + i}"
        numbered.append(html.escape(action_href(COPY_CODE, argument), quote=True))
        label = QCoreApplication.translate("CodeBlock", "Copied") if argument == copied else copy
        numbered.append(rest.replace(COPY_LABEL, label, 1))
    return "".join(numbered)


def scale_headings(html_text: str, base_pt: float) -> str:
    """Give rendered headings their size for a text of ``base_pt`` points (``HEADING_SCALE``; smaller
    headings are as large as the text, and bold)."""
    if "\x00h" not in html_text:
        return html_text

    def size(match: re.Match[str]) -> str:
        return f"{base_pt * HEADING_SCALE.get(int(match.group(1)), 1.0):.1f}pt"

    return _HEADING_MARK.sub(size, html_text)


def render_markdown(text: str, *, dark: bool = False, base_pt: float = 10.0) -> Rendered:
    """``text`` as Qt rich text (raw HTML in it is escaped, never interpreted); its Copy links numbered
    0, 1, … in the order of ``code_blocks``."""
    pieces: list[str] = []
    codes: list[str] = []
    for block in split_blocks(text):
        rendered = render_block(block, dark)
        pieces.append(scale_headings(number_code_links(rendered.html, first=len(codes)), base_pt))
        codes.extend(rendered.code_blocks)
    return Rendered("".join(pieces), tuple(codes))
