"""The small line under an assistant reply: model, token usage and an estimated cost."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from belugadesk.domain.models import Message, Role, Usage


class Price(Protocol):
    def cost_usd(self, usage: Usage) -> float: ...


def price_for(prices: Mapping[str, Price], model: str) -> Price | None:
    """The price of ``model``; a dated snapshot (``gpt-4o-2024-08-06``) uses its family's price."""
    if model in prices:
        return prices[model]
    candidates = [name for name in prices if model.startswith(name + "-")]
    return prices[max(candidates, key=len)] if candidates else None


def format_cost(usd: float) -> str:
    if usd == 0:
        return "$0"
    if usd < 0.0001:
        return "< $0.0001"
    if usd < 0.01:
        return f"${usd:.4f}"
    return f"${usd:.2f}"


def reply_footer(message: Message, prices: Mapping[str, Price]) -> str:
    """``gpt-4.1-mini · 12 in · 340 out · 0 cached · ≈ $0.0006`` (only the parts that are known)."""
    if message.role is not Role.ASSISTANT:
        return ""
    bits: list[str] = []
    if message.model:
        bits.append(message.model)
    usage = message.usage
    if usage is not None:
        bits.append(
            f"{usage.input_tokens:,} in · {usage.output_tokens:,} out · {usage.cached_tokens:,} cached"
        )
        price = price_for(prices, message.model) if message.model else None
        if price is not None:
            cost = format_cost(price.cost_usd(usage))
            bits.append(cost if cost.startswith("<") else f"≈ {cost}")
        elif message.model:
            bits.append("no price for this model")
    return " · ".join(bits)
