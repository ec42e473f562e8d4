"""The links the app draws for its own actions (copy code, show a tool call, retry, save an image…).

They use a URL scheme made up afresh in each process (``belugadesk-<random>``), so text from a model, which
cannot know it, can never produce one; the markdown renderer also refuses any link in model text whose scheme
starts with ``belugadesk``. Every other link in a bubble came from model output and is only ever offered to
open after a confirmation (see ``link_confirmation``).
"""

from __future__ import annotations

import secrets
from urllib.parse import quote, unquote

APP_SCHEME_FAMILY = "belugadesk"
APP_SCHEME = f"{APP_SCHEME_FAMILY}-{secrets.token_hex(12)}"
_PREFIX = f"{APP_SCHEME}:"


def action_href(action: str, argument: str | int = "") -> str:
    """The href of an app-drawn link that runs ``action`` with ``argument`` when clicked."""
    return f"{_PREFIX}{action}/{quote(str(argument), safe='')}"


def parse_action(href: str) -> tuple[str, str] | None:
    """``(action, argument)`` for a link the app drew itself; None for anything else (model output)."""
    if not href.startswith(_PREFIX):
        return None
    action, _, argument = href[len(_PREFIX) :].partition("/")
    return action, unquote(argument)


def claims_app_scheme(url: str) -> bool:
    """Whether ``url`` looks like one of the app's own links (the renderer refuses these in model text)."""
    return url.strip().lower().startswith(APP_SCHEME_FAMILY)
