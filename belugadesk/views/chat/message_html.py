"""One message as the rich text its bubble shows: markdown, tool calls, images, citations, footer, error."""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject

from belugadesk.domain.models import (
    AttachmentPart,
    FileCitation,
    ImagePart,
    Message,
    MessageStatus,
    TextPart,
    ToolCallPart,
)
from belugadesk.views.chat.app_links import action_href
from belugadesk.views.chat.markdown_render import (
    DARK,
    LIGHT,
    Rendered,
    Theme,
    number_code_links,
    render_block,
    scale_headings,
    split_blocks,
)

STATUS_NOTE = {
    MessageStatus.CANCELLED: "Stopped — the reply was cut short.",
    MessageStatus.FAILED: "Failed",
    MessageStatus.INCOMPLETE: "Incomplete — the reply ended early.",
    MessageStatus.INTERRUPTED: "Interrupted — the app closed while this reply was being written.",
}
UNREADABLE_NOTE = (
    "This message could not be read: its stored copy is damaged. It is kept as it is; "
    "right-click it and choose “Copy raw text” to see what is left of it."
)
TOOL_LABEL = {"file_search": "File search", "code_interpreter": "Code interpreter"}
IMAGE_SCHEME = "belugaimg"
TOOL_IMAGE_WIDTH = 320  # an MCP tool's image in its block, at most this wide
# the app's own link actions (see app_links): the renderer never lets model text produce them
TOGGLE, TOOL_OUTPUT, RETRY, SAVE_IMAGE = "toggle", "tool", "retry", "image"
SOURCES = "sources"  # TOGGLE's argument for a reply's list of sources (a tool call's is its call id)
SOURCE_NAMES_SHOWN = 3  # the closed sources line names this many files
# a tool's arguments or output (machine text, drawn as one preformatted block) show at most this much
MAX_TOOL_TEXT_SHOWN = 20_000
DEFAULT_PT = 10.0  # the text size headings are scaled from when the view's is not given


class RenderContext(Protocol):
    dark: bool

    def footer(self, message: Message) -> str: ...

    def image_size(self, part: ImagePart) -> tuple[int, int] | None: ...

    def image_problem(self, file_id: str) -> str: ...

    def expanded(self, message_id: str, call_id: str) -> bool: ...

    def tool_pending(self, call_id: str) -> bool: ...


@dataclass(frozen=True)
class Markdown:
    """Markdown of a bubble, still to be rendered."""

    text: str


Piece = str | Markdown  # rich text ready to draw, or markdown to render
Splitter = Callable[[int, str], list[str]]


@dataclass(frozen=True)
class MessageHtml:
    html: str
    code_blocks: dict[str, str]  # a Copy link's argument -> the code it copies


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _pretty_json(text: str) -> str:
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except (json.JSONDecodeError, TypeError, RecursionError):  # not JSON, or nested too deeply to show
        return text


def _with_markers(part: TextPart, numbers: dict[str, int]) -> str:
    """The text with ``[n]`` inserted where each citation ends (from the end, so offsets stay valid)."""
    text = part.text
    marks = sorted(
        ((c.end if c.end is not None else len(text), numbers[c.file_id]) for c in part.annotations),
        reverse=True,
    )
    for end, number in marks:
        end = max(0, min(end, len(text)))
        text = f"{text[:end]} [{number}]{text[end:]}"
    return text


def _size(chars: int) -> str:
    return f"{chars / 1_000_000:.1f} MB" if chars >= 1_000_000 else f"{chars // 1000} KB"


def _pre(text: str, theme: Theme) -> str:
    if len(text) > MAX_TOOL_TEXT_SHOWN:
        text = f"{text[:MAX_TOOL_TEXT_SHOWN]}\n… ({_size(len(text) - MAX_TOOL_TEXT_SHOWN)} more not shown)"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" bgcolor="{theme.code_background}"'
        f' style="border: 1px solid {theme.code_border};">'
        f"<tr><td><pre>{_esc(text.rstrip())}</pre></td></tr></table>"
    )


def _tool_pieces(message: Message, call: ToolCallPart, ctx: RenderContext, theme: Theme) -> list[Piece]:
    muted = f'style="color:{theme.muted};"'
    if call.kind == "file_search":
        query = f" for “{_esc(call.arguments)}”" if call.arguments else ""
        return [f"<p {muted}>Searched the files{query}.</p>"]
    if call.kind == "code_interpreter":
        open_ = ctx.expanded(message.id, call.call_id)
        lines = call.arguments.count("\n") + (
            1 if call.arguments and not call.arguments.endswith("\n") else 0
        )
        arrow = "▾" if open_ else "▸"
        action = "Hide" if open_ else "Show"
        head = (
            f"<p><b>⚙ Code interpreter</b> <span {muted}>— {lines} line{'s' if lines != 1 else ''} of code"
            f"{', with logs' if call.output else ''}</span> "
            f'<a href="{_esc(action_href(TOGGLE, call.call_id))}">{arrow} {action} code and logs</a></p>'
        )
        if not open_:
            return [head]
        code = Markdown(f"```python\n{call.arguments}\n```")
        return [head, code, f"<p {muted}>Logs</p>{_pre(call.output, theme)}"] if call.output else [head, code]
    if call.server:
        return [_mcp_tool_html(message, call, ctx, theme)]
    return [_function_html(message, call, ctx, theme)]


def _function_html(message: Message, call: ToolCallPart, ctx: RenderContext, theme: Theme) -> str:
    """A function call as a collapsible block: one line (the tool, its state) and, opened, its arguments and
    output. A call that waits for the user's output says so (and how to give it) even closed."""
    open_ = ctx.expanded(message.id, call.call_id)
    name = _esc(call.name or "function")
    pending = call.output is None and ctx.tool_pending(call.call_id)
    if call.output is not None:
        state = "done"
    elif pending:
        state = "waiting for its output"
    else:
        state = "no output"
    arrow, action = ("▾", "Hide") if open_ else ("▸", "Show")
    out = [
        f'<p><b>🔧 {name}</b> <span style="color:{theme.muted};">— {state}</span> '
        f'<a href="{_esc(action_href(TOGGLE, call.call_id))}">{arrow} {action} arguments and output</a></p>'
    ]
    if open_:
        if call.arguments:
            out.append(
                f'<p style="color:{theme.muted};">Arguments</p>{_pre(_pretty_json(call.arguments), theme)}'
            )
        if call.output is not None:
            out.append(f'<p style="color:{theme.muted};">Output</p>{_pre(_pretty_json(call.output), theme)}')
    if pending:
        out.append(
            f'<p>Waiting for its output. <a href="{_esc(action_href(TOOL_OUTPUT, call.call_id))}">'
            "Provide the output…</a></p>"
        )
    return "".join(out)


def _mcp_tool_html(message: Message, call: ToolCallPart, ctx: RenderContext, theme: Theme) -> str:
    """An MCP tool call as a collapsible block: server · tool and its state; opened, arguments and result.
    A remote server's tool list (``tool`` "") is one line naming them."""
    if not call.tool:
        if call.is_error:
            problem = _esc(call.output or "")
            said = f'<span style="color:{theme.error};">could not list its tools: {problem}</span>'
        else:
            said = f'<span style="color:{theme.muted};">tools: {_esc(call.output or "none")}</span>'
        return f"<p><b>🔧 {_esc(call.server)}</b> — {said}</p>"
    open_ = ctx.expanded(message.id, call.call_id)
    if call.is_error:
        state = f'<span style="color:{theme.error};">— failed</span>'
    elif call.output is None:
        state = f'<span style="color:{theme.muted};">— running…</span>'
    else:
        state = f'<span style="color:{theme.muted};">— done</span>'
    arrow, action = ("▾", "Hide") if open_ else ("▸", "Show")
    head = (
        f"<p><b>🔧 {_esc(call.server)} · {_esc(call.tool or call.name)}</b> {state} "
        f'<a href="{_esc(action_href(TOGGLE, call.call_id))}">{arrow} {action} arguments and result</a></p>'
    )
    if not open_:
        return head
    out = [head, f'<p style="color:{theme.muted};">Arguments</p>', _pre(_pretty_json(call.arguments), theme)]
    if call.output is not None:
        label = "Error" if call.is_error else "Result"
        out.append(f'<p style="color:{theme.muted};">{label}</p>{_pre(_pretty_json(call.output), theme)}')
    for image in call.images:
        width, height = image.width, image.height
        if width > TOOL_IMAGE_WIDTH:
            width, height = TOOL_IMAGE_WIDTH, max(1, height * TOOL_IMAGE_WIDTH // max(width, 1))
        source = f"data:{image.mime_type};base64,{image.data}"
        out.append(f'<p><img src="{_esc(source)}" width="{width}" height="{height}"></p>')
    return "".join(out)


def _image_html(part: ImagePart, ctx: RenderContext, max_width: int, muted: str) -> str:
    size = ctx.image_size(part)
    if size is None:
        problem = ctx.image_problem(part.file_id)
        note = _esc(problem) if problem else "Loading the image…"
        return f'<p style="color:{muted};">{note}</p>'
    width, height = size
    if width > max_width:
        height = max(1, height * max_width // max(width, 1))
        width = max_width
    return (
        f'<p><a href="{_esc(action_href(SAVE_IMAGE, part.file_id))}">'
        f'<img src="{IMAGE_SCHEME}:{_esc(part.file_id)}"'
        f' width="{width}" height="{height}"></a></p>'
    )


def message_pieces(message: Message, ctx: RenderContext, max_width: int) -> list[Piece]:
    """What the bubble shows, in order: rich text ready to draw, and markdown still to render (the text,
    an expanded code interpreter's code). Links: the model's own (opened only after a confirmation) and the
    app's actions (``app_links``): COPY_CODE, TOGGLE, TOOL_OUTPUT, RETRY, SAVE_IMAGE. Nothing is cut: a long
    reply is shown whole."""
    theme = DARK if ctx.dark else LIGHT
    out: list[Piece] = []
    citations: dict[str, int] = {}
    names: dict[str, str] = {}
    quotes: dict[str, list[str]] = {}
    for part in message.parts:
        for c in part.annotations if isinstance(part, TextPart) else ():
            _cite(c, citations, names, quotes)
    for part in message.parts:
        if isinstance(part, TextPart):
            out.append(Markdown(_with_markers(part, citations) if part.annotations else part.text))
        elif isinstance(part, ToolCallPart):
            out.extend(_tool_pieces(message, part, ctx, theme))
        elif isinstance(part, ImagePart):
            out.append(_image_html(part, ctx, max_width, theme.muted))
        elif isinstance(part, AttachmentPart):
            label = TOOL_LABEL.get(part.tool, part.tool)
            out.append(
                f'<p style="color:{theme.muted};">Attached: {_esc(part.filename)} ({label.lower()})</p>'
            )
    if message.unreadable:
        out.append(f'<p style="color:{theme.error};">⚠ {UNREADABLE_NOTE}</p>')
    if not out and message.status is MessageStatus.IN_PROGRESS:
        out.append(f'<p style="color:{theme.muted};"><i>…</i></p>')
    if citations:
        out.append(_sources_html(message, citations, names, quotes, ctx, theme))
    retry = f' <a href="{_esc(action_href(RETRY, message.id))}">Retry</a>' if message.retryable else ""
    if message.error:
        out.append(f'<p style="color:{theme.error};">⚠ {_esc(message.error)}{retry}</p>')
    note = STATUS_NOTE.get(message.status)
    if note and not (message.status is MessageStatus.FAILED and message.error):
        out.append(f'<p style="color:{theme.muted};"><i>{note}</i>{"" if message.error else retry}</p>')
    footer = ctx.footer(message) if message.status is not MessageStatus.IN_PROGRESS else ""
    if footer:
        out.append(f'<p style="color:{theme.muted}; font-size:small;">{_esc(footer)}</p>')
    return out


def blocks_of(pieces: Sequence[Piece], split: Splitter = lambda _at, text: split_blocks(text)) -> list[Piece]:
    """The blocks a bubble is laid out and painted in: each markdown piece cut at block boundaries by
    ``split(index of the piece, text)``, consecutive rich-text pieces joined into one block."""
    blocks: list[Piece] = []
    for at, piece in enumerate(pieces):
        if isinstance(piece, Markdown):
            blocks.extend(Markdown(text) for text in split(at, piece.text))
        elif blocks and isinstance(blocks[-1], str):
            blocks[-1] += piece
        else:
            blocks.append(piece)
    return blocks


def numbered(
    block: int, rendered: Rendered, base_pt: float = DEFAULT_PT, copied: str = ""
) -> tuple[str, dict[str, str]]:
    """A rendered block's rich text with its Copy links numbered ``<block>.<n>`` (the one numbered
    ``copied`` saying "Copied") and its headings sized for text of ``base_pt`` points, and the code its
    Copy links copy."""
    prefix = f"{block}."
    codes = {f"{prefix}{n}": code for n, code in enumerate(rendered.code_blocks)}
    return scale_headings(number_code_links(rendered.html, prefix, copied=copied), base_pt), codes


def message_html(
    message: Message, ctx: RenderContext, max_width: int, base_pt: float = DEFAULT_PT
) -> MessageHtml:
    """The bubble's whole rich text, rendered here and now (the chat's delegate renders block by block,
    off the UI thread: this is for one-off uses and tests)."""
    out: list[str] = []
    codes: dict[str, str] = {}
    for at, block in enumerate(blocks_of(message_pieces(message, ctx, max_width))):
        if isinstance(block, Markdown):
            block_html, block_codes = numbered(at, render_block(block.text, ctx.dark), base_pt)
            out.append(block_html)
            codes.update(block_codes)
        else:
            out.append(block)
    return MessageHtml("".join(out), codes)


def _cite(
    citation: FileCitation, numbers: dict[str, int], names: dict[str, str], quotes: dict[str, list[str]]
) -> None:
    if citation.file_id not in numbers:
        numbers[citation.file_id] = len(numbers) + 1
        names[citation.file_id] = citation.filename
    quote = citation.quote.strip()
    if quote and quote not in quotes.setdefault(citation.file_id, []):
        quotes[citation.file_id].append(quote)


class SourceWords(QObject):
    """The words of a reply's sources block (a QObject: lupdate makes a plural only of ``self.tr``)."""

    def count(self, n: int) -> str:
        return self.tr("%n source(s)", "", n)

    def action(self, opened: bool) -> str:
        return self.tr("▾ Hide sources") if opened else self.tr("▸ Show sources")


def _sources_html(
    message: Message,
    numbers: dict[str, int],
    names: dict[str, str],
    quotes: dict[str, list[str]],
    ctx: RenderContext,
    theme: Theme,
) -> str:
    """A reply's citations as a collapsible block like a tool call's: one line (how many sources, their
    names) and, opened, each source with its number and the passages quoted from it."""
    open_ = ctx.expanded(message.id, SOURCES)
    muted = f'style="color:{theme.muted};"'
    shown = [names[f] or f for f in numbers]
    listed = ", ".join(shown[:SOURCE_NAMES_SHOWN]) + (", …" if len(shown) > SOURCE_NAMES_SHOWN else "")
    words = SourceWords()
    head = (
        f"<p><b>📄 {_esc(words.count(len(numbers)))}</b> <span {muted}>— {_esc(listed)}</span> "
        f'<a href="{_esc(action_href(TOGGLE, SOURCES))}">{_esc(words.action(open_))}</a></p>'
    )
    if not open_:
        return head
    rows = []
    for file_id, number in numbers.items():
        said = "".join(f"<br><span {muted}><i>“{_esc(q)}”</i></span>" for q in quotes.get(file_id, ()))
        rows.append(f'<p style="margin-left:16px;">[{number}] {_esc(names[file_id] or file_id)}{said}</p>')
    return head + "".join(rows)
