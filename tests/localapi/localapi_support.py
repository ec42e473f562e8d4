"""Constants shared by the local API tests."""

from __future__ import annotations

API_KEY = "sk-" + "test-localapi-0123456789abcdef"

WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a place",
    "parameters": {
        "type": "object",
        "properties": {
            "location": {"type": "string"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            "days": {"type": "integer", "minimum": 1},
        },
        "required": ["location", "unit", "days"],
        "additionalProperties": False,
    },
}
