"""The scripted engine on its own: deterministic, and every branch the app's rendering relies on."""

from __future__ import annotations

import json

from belugadesk.localapi import engine

WEATHER = {"get_weather": {"type": "object", "properties": {"location": {"type": "string"}}}}


def test_same_question_same_reply() -> None:
    tools = engine.Tools(functions=WEATHER, code_interpreter=True, file_search=True)
    for question in ("hello", "call get_weather", "plot it", "search files", "long reply"):
        assert engine.reply(question, tools) == engine.reply(question, tools)


def test_echo_has_markdown_for_the_renderer() -> None:
    text = engine.reply("What is up?", engine.Tools()).text
    assert "### " in text and "**What is up?**" in text and "\n- " in text and "`print('hello')`" in text


def test_split_deltas_rejoin_exactly_and_stay_small() -> None:
    text = engine.long_text("benchmark")
    pieces = engine.split_deltas(text)
    assert "".join(pieces) == text and max(len(p.strip()) for p in pieces) <= 6
    assert 1900 <= engine.count_tokens(text) <= 2300


def test_function_only_when_declared_and_named() -> None:
    assert engine.reply("call get_weather", engine.Tools()).function_call is None
    call = engine.reply("please call get_weather", engine.Tools(functions=WEATHER)).function_call
    assert call is not None and json.loads(call.arguments) == {"location": "Paris, France"}
    assert (
        engine.reply("get_weather", engine.Tools(functions=WEATHER), tool_choice="none").function_call is None
    )
    forced = engine.reply("hi", engine.Tools(functions=WEATHER), tool_choice="required").function_call
    assert forced is not None and forced.name == "get_weather"


def test_builtin_tools_need_to_be_enabled() -> None:
    assert engine.reply("plot a chart", engine.Tools()).code is None
    assert engine.reply("plot a chart", engine.Tools(code_interpreter=True)).code is not None
    hits = (engine.SearchHit("file-1", "a.txt", "Alpha."),)
    found = engine.reply("search", engine.Tools(file_search=True), files=hits)
    assert found.citation_end is not None and found.text[: found.citation_end].endswith("Alpha.")
    assert engine.reply("search", engine.Tools(), files=hits).hits == ()
