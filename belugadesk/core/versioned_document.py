"""The one reader and writer of BelugaDesk's versioned JSON files (thread exports, assistant files).

A document is a JSON object ``{"format": "belugadesk.<noun>", "version": N, ...}``. Reading checks the
format, refuses a version newer than this app's with a sentence that says to update, and brings an older
version up to date through the format's upgrade steps, one version at a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from belugadesk.domain.errors import BelugaError

Document = dict[str, Any]
#: turns a document of version N (the key) into one of version N + 1
Upgrade = Callable[[Document], Document]


@dataclass(frozen=True)
class DocumentFormat:
    name: str  # "belugadesk.thread"
    noun: str  # "thread", named in the sentences
    version: int  # the version this app writes and reads up to
    error: type[BelugaError]  # raised by ``read`` with a sentence
    upgrades: Mapping[int, Upgrade] = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = [v for v in range(1, self.version) if v not in self.upgrades]
        if missing:
            raise ValueError(f"{self.name} has no upgrade from version(s) {missing}")

    def dump(self, body: Document) -> Document:
        """The document to write: ``body`` stamped with this format and its version."""
        return {"format": self.name, "version": self.version, **body}

    def read(self, text: str, *, source: str = "This file") -> Document:
        """The document in ``text``, upgraded to this version, or ``self.error`` with a sentence."""
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise self.error(
                f"{source} is not a BelugaDesk {self.noun}: it is not valid JSON "
                f"(line {exc.lineno}, column {exc.colno}: {exc.msg})."
            ) from exc
        if not isinstance(document, dict) or document.get("format") != self.name:
            raise self.error(
                f'{source} is not a BelugaDesk {self.noun} export (it has no "format": "{self.name}").'
            )
        version = document.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.error(f"{source} is damaged: its format version is missing or not a number.")
        if version > self.version:
            raise self.error(
                f"{source} was written by a newer BelugaDesk (format version {version}; this version reads "
                f"up to {self.version}). Update BelugaDesk to import it."
            )
        for step in range(version, self.version):
            document = {**self.upgrades[step](document), "version": step + 1}
        return document
