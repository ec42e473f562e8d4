"""Async backends over ``openai.AsyncOpenAI``. ``openai`` is imported lazily (it costs ~0.6 s)."""
