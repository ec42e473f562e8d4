"""Thread titles made from the first user message."""

from __future__ import annotations

import re

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


_MARKDOWN_NOISE = re.compile(r"(^|\s)(#{1,6}\s+|>\s+|[-*+]\s+|\d+\.\s+)|[*_`~|]+|!?\[([^\]]*)\]\([^)]*\)")
MAX_PREVIEW = 160


def preview_from_markdown(text: str) -> str:
    """One line of plain text for list previews: markdown markers dropped, links reduced to their text."""
    flat = " ".join(text.split())
    plain = _MARKDOWN_NOISE.sub(lambda m: (m.group(1) or "") + (m.group(3) or ""), flat)
    plain = " ".join(plain.split())
    return plain if len(plain) <= MAX_PREVIEW else plain[: MAX_PREVIEW - 1].rstrip() + "…"
