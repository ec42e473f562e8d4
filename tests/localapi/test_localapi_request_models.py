"""Request bodies checked by pydantic models answer with OpenAI's 400 sentences, params and codes."""

from __future__ import annotations

from typing import Any

import openai
import pytest

MODEL = "gpt-4.1-mini"
HI = {"model": MODEL, "input": "hi"}


@pytest.mark.parametrize(
    ("path", "body", "message", "param", "code"),
    [
        (
            "/responses",
            {"input": "hi"},
            "Missing required parameter: 'model'.",
            "model",
            "missing_required_parameter",
        ),
        (
            "/responses",
            {"model": None, "input": "hi"},
            "Missing required parameter: 'model'.",
            "model",
            "missing_required_parameter",
        ),
        (
            "/responses",
            {**HI, "temperature": "warm"},
            "Invalid type for 'temperature': expected a decimal, but got a string instead.",
            "temperature",
            "invalid_type",
        ),
        (
            "/responses",
            {**HI, "temperature": True},
            "Invalid type for 'temperature': expected a decimal, but got a boolean instead.",
            "temperature",
            "invalid_type",
        ),
        (
            "/responses",
            {"model": MODEL, "input": 5},
            "Invalid type for 'input': expected a string or an array, but got an integer instead.",
            "input",
            "invalid_type",
        ),
        (
            "/responses",
            {**HI, "max_output_tokens": "5"},
            "Invalid type for 'max_output_tokens': expected an integer, but got a string instead.",
            "max_output_tokens",
            "invalid_type",
        ),
        (
            "/responses",
            {**HI, "temperature": 3},
            "Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 3 instead.",
            "temperature",
            "decimal_above_max_value",
        ),
        (
            "/responses",
            {**HI, "top_p": -0.5},
            "Invalid 'top_p': decimal below minimum value. Expected a value >= 0, but got -0.5 instead.",
            "top_p",
            "decimal_below_min_value",
        ),
        (
            "/assistants",
            {"model": MODEL, "colour": "blue"},
            "Unknown parameter: 'colour'.",
            "colour",
            "unknown_parameter",
        ),
        (
            "/assistants",
            {"model": MODEL, "name": 5, "colour": "blue"},
            "Invalid type for 'name': expected a string, but got an integer instead.",
            "name",
            "invalid_type",
        ),
        (
            "/assistants",
            {"colour": "blue", "name": 5, "model": MODEL},
            "Unknown parameter: 'colour'.",
            "colour",
            "unknown_parameter",
        ),
        (
            "/threads",
            {"messages": [{"role": "user", "content": "x", "colour": 1}]},
            "Unknown parameter: 'messages[0].colour'.",
            "messages[0].colour",
            "unknown_parameter",
        ),
        (
            "/threads",
            {"messages": [{"content": "x"}]},
            "Missing required parameter: 'messages[0].role'.",
            "messages[0].role",
            "missing_required_parameter",
        ),
        (
            "/vector_stores",
            {"name": None},
            "Invalid type for 'name': expected a string, but got null instead.",
            "name",
            "invalid_type",
        ),
    ],
)
def test_a_bad_body_gets_openais_sentence(
    client: openai.OpenAI, path: str, body: dict[str, Any], message: str, param: str, code: str
) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        client.post(path, body=body, cast_to=object)
    assert err.value.body == {
        "message": message,
        "type": "invalid_request_error",
        "param": param,
        "code": code,
    }


def test_the_responses_family_lets_unknown_parameters_through(client: openai.OpenAI) -> None:
    answer: Any = client.post("/responses", body={**HI, "some_new_option": {"x": 1}}, cast_to=object)
    assert answer["status"] == "completed"
