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
