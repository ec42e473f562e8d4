"""Realistic, deterministic benchmark data: chat messages of ~0.9 kB of markdown (40% with a code block),
the user's questions shorter, and a 200 KB markdown reply with headings, lists, tables and code."""

from __future__ import annotations

import random

_WORDS = tuple(
    " ".join(
        [
            "the whale and the ice of the arctic sea is where the pod of belugas swims to find food for",
            "the calf when the water gets cold they use sonar clicks to map the ground under the floe a",
            "melon on the head shapes each click into a beam that comes back from the edge of the hole in",
            "the ice so the animal knows where to breathe the river estuary is warm in summer and the",
            "current brings krill and fish",
        ]
    ).split(" ")
)
_CODE = (
    "```python\ndef track(pod: list[str], depth: float) -> dict[str, float]:\n"
    '    """Depth per whale, rounded to the metre."""\n'
    "    return {{name: round(depth * {n} / (i + 1), 1) for i, name in enumerate(pod)}}\n\n\n"
    'print(track(["a", "b", "c"], {n}.5))\n```\n'
)


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_WORDS, k=rng.randint(9, 18))
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def message_text(index: int, rng: random.Random) -> str:
    """Message ``index`` of a thread: even ones are questions, odd ones answers (~0.9 kB on average)."""
    if index % 2 == 0:
        return _paragraph(rng, rng.randint(4, 8))
    parts = [f"**Answer {index}.** " + _paragraph(rng, 7)]
    if index % 10 != 9:  # four answers in five carry code: 40% of all messages
        parts.append(_CODE.format(n=index))
    parts.append("\n".join(f"- {_sentence(rng)} `item {i}`" for i in range(3)))
    parts.append(_paragraph(rng, 7))
    return "\n\n".join(parts)


def thread_texts(count: int, seed: int = 13) -> list[str]:
    """``count`` message texts, alternating question and answer."""
    rng = random.Random(seed)
    return [message_text(i, rng) for i in range(count)]


def long_reply(size: int = 200_000, seed: int = 7) -> str:
    """About ``size`` characters of markdown: sections of paragraphs, lists, a table and code."""
    rng = random.Random(seed)
    parts = ["# A long reply\n"]
    total, section = 0, 0
    while total < size:
        section += 1
        block = "\n\n".join(
            [
                f"## Part {section}",
                _paragraph(rng, 6),
                "\n".join(f"{i + 1}. {_sentence(rng)}" for i in range(4)),
                _CODE.format(n=section) if section % 2 else "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |",
                _paragraph(rng, 5),
            ]
        )
        parts.append(block)
        total += len(block)
    return "\n\n".join(parts)
