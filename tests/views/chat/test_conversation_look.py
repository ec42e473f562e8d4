"""The conversation's look (issue 14): a centred reading column shared by the composer, user messages as
compact bubbles at its right, replies across it without a box, headings scaled for chat, code blocks with a
header whose Copy says "Copied", and no status line: a reply's state is in its row."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication

from belugadesk.domain.models import FileCitation, Message, TextPart
from belugadesk.viewmodels.chat.attachments import UploadState
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.app_links import action_href
from belugadesk.views.chat.chat_view import ChatView
from belugadesk.views.chat.markdown_render import DARK, HEADING_SCALE, LIGHT, render_markdown
from belugadesk.views.chat.message_html import SOURCES, TOGGLE, message_html
from belugadesk.views.chat.message_layout import ACTION_STRIP, COLUMN_MAX, GUTTER
from belugadesk.views.settings import palette_design
from tests.views.chat.test_chat_view import open_view, shown_html, type_and_send
from tests.views.chat.test_reply_links import click_link, rendered_hrefs, show_reply


def _bubbles(qtbot: Any, view: ChatView) -> tuple[QRect, QRect, QRect]:
    """The list's viewport rect and the bubbles of rows 0 (the user's) and 1 (the reply), in it."""
    qtbot.waitUntil(lambda: view.delegate.ready(0) and view.delegate.ready(1), timeout=10_000)
    view.message_list.doItemsLayout()
    model = view.vm.messages
    rects = [view.message_list.visualRect(model.index(row)) for row in (0, 1)]
    user, reply = (view.delegate.bubble_rect(model.index(r), rects[r]) for r in (0, 1))
    return view.message_list.viewport().rect(), user, reply


@pytest.mark.parametrize(("width", "column"), [(1280, COLUMN_MAX), (900, COLUMN_MAX), (560, None)])
def test_messages_and_composer_share_a_centred_reading_column(
    qtbot: Any, tools_chat: ChatViewModel, width: int, column: int | None
) -> None:
    view = open_view(qtbot, tools_chat)
    view.resize(width, 700)
    tools_chat.messages.append(Message.user("Hello there"))
    tools_chat.messages.append(Message.assistant("A reply that is long enough to fill a line. " * 30))
    viewport, user, reply = _bubbles(qtbot, view)
    expected = column if column is not None else viewport.width() - 2 * GUTTER
    assert reply.width() == expected, f"the reading column at {width} px"
    left, right = reply.left() - viewport.left(), viewport.right() - reply.right()
    assert abs(left - right) <= 1, f"centred: {left} px left, {right} px right"
    assert user.right() == reply.right(), "the user's bubble sits at the column's right"
    assert user.width() < reply.width() // 2, "a short question makes a compact bubble"
    composer_left = view.composer.mapToGlobal(QPoint(0, 0)).x()
    column_left = view.message_list.viewport().mapToGlobal(reply.topLeft()).x()
    assert abs(composer_left - column_left) <= 1, "the composer takes the same column"
    assert abs(view.composer.width() - reply.width()) <= 1


def test_replies_are_drawn_without_a_box_and_questions_in_a_bubble(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    tools_chat.messages.append(Message.user("Hi"))
    tools_chat.messages.append(Message.assistant("Hello"))
    viewport, user, reply = _bubbles(qtbot, view)
    view.message_list.clearFocus()
    image = view.message_list.viewport().grab().toImage()
    background = image.pixelColor(QPoint(viewport.width() // 2, 2))
    inside_reply = image.pixelColor(QPoint(reply.left() + 3, reply.top() + 3))
    inside_user = image.pixelColor(QPoint(user.left() + user.width() // 2, user.top() + 3))
    assert inside_reply == background, "the reply sits on the background"
    assert inside_user != background, "the question has its bubble"


def test_headings_are_scaled_for_chat_not_as_document_titles(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    tools_chat.messages.append(Message.assistant("# One\n\nbody\n\n## Two\n\n### Three\n\n#### Four\n"))
    shown = shown_html(qtbot, view, 0).html
    doc = QTextDocument()
    doc.setDefaultFont(view.message_list.font())
    doc.setHtml(shown)
    base = QFontInfo(view.message_list.font()).pointSizeF()
    sizes: dict[str, float] = {}
    weights: dict[str, int] = {}
    block = doc.begin()
    while block.isValid():
        fmt = block.begin().fragment().charFormat()
        sizes[block.text().strip()] = fmt.font().pointSizeF()
        weights[block.text().strip()] = fmt.font().weight().value
        block = block.next()
    assert sizes["body"] == pytest.approx(base, abs=0.1)
    for text, level in (("One", 1), ("Two", 2), ("Three", 3)):
        assert sizes[text] == pytest.approx(base * HEADING_SCALE[level], abs=0.1), text
        assert weights[text] >= 600, f"{text} is bold"
    assert sizes["Four"] == pytest.approx(base, abs=0.1) and weights["Four"] >= 600


def test_a_code_block_has_a_header_whose_copy_says_copied_for_a_moment(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    row = show_reply(qtbot, view, "Code:\n\n```python\nprint(1)\n```\n\nand more:\n\n```\nplain\n```")
    shown = view.delegate.rendered(row).html
    assert ">python<" in shown and shown.count(">Copy<") == 2, "the header: the language and Copy"
    first, second = rendered_hrefs(view, row)
    QApplication.clipboard().clear()
    click_link(qtbot, view, row, first)
    assert QApplication.clipboard().text() == "print(1)\n"
    qtbot.waitUntil(lambda: view.delegate.ready(row))
    shown = view.delegate.rendered(row).html
    assert shown.count(">Copied<") == 1 and shown.count(">Copy<") == 1, "only the block copied says so"
    assert rendered_hrefs(view, row) == [first, second], "its link still copies"
    qtbot.waitUntil(lambda: view.delegate.rendered(row).html.count(">Copy<") == 2, timeout=4_000)


def test_no_status_line_what_it_said_shows_where_the_user_looks(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    assert not hasattr(view, "status_label")
    type_and_send(qtbot, view, "Hello there")
    QApplication.clipboard().clear()
    view.chat_actions.copy_last.trigger()
    assert QApplication.clipboard().text() == tools_chat.last_reply_text()
    assert view.toast.isVisible() and view.toast.text() == "Copied the last reply."
    qtbot.waitUntil(lambda: not view.toast.isVisible(), timeout=10_000)

    type_and_send(qtbot, view, "simulate failure now")
    failed = tools_chat.messages.messages[-1]
    assert failed.error
    shown = view.delegate.rendered(tools_chat.messages.rowCount() - 1).html
    assert failed.error.split(".")[0] in shown and ">Retry<" in shown, "the error and Retry are in the row"


def test_while_a_reply_is_written_its_row_and_stop_say_so_not_a_line_under_the_list(
    qtbot: Any, tools_chat: ChatViewModel
) -> None:
    view = open_view(qtbot, tools_chat)
    type_and_send(qtbot, view, "Please write a long reply", wait=False)
    qtbot.waitUntil(lambda: tools_chat.streaming and tools_chat.messages.rowCount() == 2, timeout=20_000)
    qtbot.waitUntil(lambda: view.delegate.activity(1) == "Writing…", timeout=20_000)
    assert view.send_button.accessibleName() == "Stop reply" and "Writing…" in view.send_button.toolTip()
    assert not view.hint_label.isVisible(), "no second line says a reply is being written"
    with qtbot.waitSignal(tools_chat.replyFinished, timeout=20_000):
        qtbot.keyClick(view.input, Qt.Key.Key_Escape)
    assert view.delegate.activity(1) == "", "a reply no longer written says what it became, in its text"
    qtbot.waitUntil(lambda: view.delegate.ready(1))
    assert "Stopped" in view.delegate.plain_text(1)


def test_citations_are_one_collapsed_line_that_opens_to_the_sources(
    qtbot: Any, tools_chat: ChatViewModel, tmp_path: Path
) -> None:
    view = open_view(qtbot, tools_chat)
    doc = tmp_path / "belugas.txt"
    doc.write_text("Belugas live in Arctic waters.", encoding="utf-8")
    view.attach_files([doc])
    qtbot.waitUntil(
        lambda: tools_chat.attachments.model.items[0].state is UploadState.UPLOADED, timeout=20_000
    )
    type_and_send(qtbot, view, "search the document: where do belugas live?")
    reply = tools_chat.messages.message_at(1)
    assert any(isinstance(p, TextPart) and p.annotations for p in reply.parts), "a cited reply"
    qtbot.waitUntil(lambda: view.delegate.ready(1))
    text = view.delegate.plain_text(1)
    assert "📄 1 source — belugas.txt ▸ Show sources" in text, "one closed line"
    assert "[1] belugas.txt" not in text, "the list is not shown closed"
    toggle = action_href(TOGGLE, SOURCES)
    assert toggle in rendered_hrefs(view, 1), "through the tool calls' own toggle"
    view.message_list.doItemsLayout()
    click_link(qtbot, view, 1, toggle)
    qtbot.waitUntil(lambda: "▾ Hide sources" in view.delegate.plain_text(1))
    assert "[1] belugas.txt" in view.delegate.plain_text(1), "opened: each source by name"
    qtbot.waitUntil(lambda: view.delegate.ready(1))
    view.message_list.doItemsLayout()
    click_link(qtbot, view, 1, toggle)
    qtbot.waitUntil(lambda: "▸ Show sources" in view.delegate.plain_text(1))
    assert "[1] belugas.txt" not in view.delegate.plain_text(1)


def test_the_sources_list_numbers_each_file_once_with_its_quotes() -> None:
    cites = (
        FileCitation(file_id="f1", filename="a.pdf", end=3, quote="first words"),
        FileCitation(file_id="f2", filename="b.md", end=5),
        FileCitation(file_id="f1", filename="a.pdf", end=7, quote="first words"),
        FileCitation(file_id="f3", filename="c.txt", end=9, quote="c says"),
        FileCitation(file_id="f4", filename="d.txt", end=9),
    )
    message = Message.assistant("").model_copy(
        update={"parts": (TextPart(text="0123456789", annotations=cites),)}
    )

    class Context:
        def __init__(self) -> None:
            self.dark = False
            self.opened: set[tuple[str, str]] = set()

        def footer(self, _message: Message) -> str:
            return ""

        def image_size(self, _part: object) -> None:
            return None

        def image_problem(self, _file_id: str) -> str:
            return ""

        def expanded(self, message_id: str, call_id: str) -> bool:
            return (message_id, call_id) in self.opened

        def tool_pending(self, _call_id: str) -> bool:
            return False

    ctx = Context()
    closed = message_html(message, ctx, 600).html
    assert "📄 4 source" in closed and "a.pdf, b.md, c.txt, …" in closed and "first words" not in closed
    ctx.opened = {(message.id, SOURCES)}
    opened = message_html(message, ctx, 600).html
    for n, name in ((1, "a.pdf"), (2, "b.md"), (3, "c.txt"), (4, "d.txt")):
        assert opened.count(f"[{n}] {name}") == 1, name
    assert opened.count("“first words”") == 1 and "“c says”" in opened


def test_a_reply_starts_close_under_its_question(qtbot: Any, tools_chat: ChatViewModel) -> None:
    """The space between a question's bubble and its reply's first line is the action strip and a little
    (no bubble padding or heading margin on top of it), as in other chat apps; the strip stays under the
    question, where its hover bar is."""
    view = open_view(qtbot, tools_chat)
    tools_chat.messages.append(Message.user("Hello there"))
    tools_chat.messages.append(Message.assistant("# A heading\n\nSome body text."))
    viewport, user, reply = _bubbles(qtbot, view)
    view.message_list.clearFocus()
    view.hover_bar.hide()
    image = view.message_list.viewport().grab().toImage()
    background = image.pixelColor(QPoint(viewport.width() // 2, viewport.height() - 3))

    def inked(y: int) -> bool:
        return any(image.pixelColor(QPoint(x, y)) != background for x in range(reply.left(), reply.right()))

    first_line = next(y for y in range(user.bottom() + 1, viewport.height()) if inked(y))
    gap = first_line - user.bottom() - 1
    assert gap <= ACTION_STRIP + 12, f"{gap} px between the question and its reply's first line"
    row = view.message_list.visualRect(tools_chat.messages.index(0))
    assert row.bottom() - user.bottom() >= ACTION_STRIP, "the question's row keeps its action strip"
    view.hover_bar.follow(tools_chat.messages.index(0))
    bar = view.hover_bar.geometry()
    assert user.bottom() < bar.top() and bar.bottom() <= row.bottom(), "the hover bar sits in that strip"


def _lines(image: QImage, colour: QColor) -> tuple[list[int], list[int]]:
    """The rows and columns of ``image`` that are (almost all) drawn in ``colour``: a table's grid lines."""

    def near(x: int, y: int) -> bool:
        pixel = image.pixelColor(x, y)
        return (
            max(
                abs(pixel.red() - colour.red()),
                abs(pixel.green() - colour.green()),
                abs(pixel.blue() - colour.blue()),
            )
            < 24
        )

    w, h = image.width(), image.height()
    right = max(x for x in range(w) for y in range(h) if near(x, y))
    bottom = max(y for y in range(h) for x in range(w) if near(x, y))
    rows = [y for y in range(bottom + 1) if sum(near(x, y) for x in range(right + 1)) >= 0.9 * right]
    columns = [x for x in range(right + 1) if sum(near(x, y) for y in range(bottom + 1)) >= 0.9 * bottom]
    return rows, columns


@pytest.mark.parametrize("dark", [False, True])
def test_a_table_has_a_one_pixel_line_round_every_cell_in_both_themes(qapp: Any, dark: bool) -> None:
    rendered = render_markdown("| a | b | c |\n|---|:-:|--:|\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n", dark=dark)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(rendered.html)
    doc.setTextWidth(300)
    image = QImage(320, math.ceil(doc.size().height()) + 4, QImage.Format.Format_RGB32)
    image.fill(QColor(palette_design.DARK.base if dark else palette_design.LIGHT.base))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    theme = DARK if dark else LIGHT
    rows, columns = _lines(image, QColor(theme.code_border))
    assert len(rows) == 4, f"a line above, between and below the three rows: {rows}"
    assert len(columns) == 4, f"a line left of, between and right of the three columns: {columns}"
