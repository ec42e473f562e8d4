"""The README's profile table is the presets data and the backend feature table: it cannot drift from them."""

from __future__ import annotations

from pathlib import Path

from belugadesk.domain.capabilities import BACKEND_FEATURES, BACKEND_LABELS, FEATURE_LABELS, Feature
from belugadesk.settings import PRESETS

README = Path(__file__).resolve().parents[1] / "README.md"
KEY_WORDS = {"required": "required", "optional": "optional", "none": "none"}


def expected_rows() -> list[list[str]]:
    features = [FEATURE_LABELS[feature] for feature in Feature]
    rows = [["preset", "base URL", "API key", "backend it starts with", *features]]
    for preset in PRESETS:
        address = f"`{preset.base_url}`" if preset.base_url else "yours"
        runs = BACKEND_FEATURES[preset.backend]
        rows.append(
            [
                preset.label,
                address,
                KEY_WORDS[preset.key],
                BACKEND_LABELS[preset.backend],
                *("yes" if feature in runs else "no" for feature in Feature),
            ]
        )
    return rows


def readme_profile_table() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Profiles\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    return [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines]


def test_the_readme_profile_table_matches_the_presets_and_backend_features() -> None:
    assert readme_profile_table() == expected_rows()
