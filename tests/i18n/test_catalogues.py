"""The shipped catalogues translate every string the sources mark, keep each string's placeholders, and the
compiled ``.qm`` files are the ones ``lrelease`` makes of them now."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.i18n.catalogues import update_script

SHIPPED = ("ar", "de", "en", "es", "fr", "ja", "zh_CN")
FIX = "run `python resources/i18n/update.py`, translate what it lists as unfinished, and run it again"


def test_every_language_the_settings_offer_is_shipped() -> None:
    from belugadesk.settings import LANGUAGES

    catalogues = update_script().catalogues()
    assert set(SHIPPED) <= set(catalogues), f"missing catalogues: {set(SHIPPED) - set(catalogues)}"
    assert set(LANGUAGES) <= set(catalogues), "Settings → Appearance offers a language with no catalogue"


def test_no_source_string_is_missing_from_a_catalogue() -> None:
    """Re-extracts the sources with lupdate into a temporary copy of every catalogue: a string added or
    changed in the code and not translated yet fails here, listed per language."""
    missing = update_script().missing_translations()
    report = "\n".join(
        f"belugadesk_{language}.ts lacks {len(texts)}:\n" + "\n".join(f"    {text}" for text in texts)
        for language, texts in sorted(missing.items())
    )
    assert not missing, f"Untranslated strings ({FIX}):\n{report}"


def test_the_compiled_catalogues_are_up_to_date() -> None:
    stale = update_script().stale_binaries()
    assert not stale, f"These .qm files do not match their .ts ({FIX}): {', '.join(stale)}"


def _fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:  # a text with a lone brace is not a format string ("For example {"…)
        return set()


def _messages(path: Path) -> list[tuple[str, list[str], bool]]:
    found = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        found.append((message.findtext("source", ""), forms, message.get("numerus") == "yes"))
    return found


@pytest.mark.parametrize("language", [lang for lang in SHIPPED if lang != "en"])
def test_translations_keep_placeholders_markup_and_one_mnemonic(language: str) -> None:
    path = update_script().catalogues()[language]
    problems = []
    for source, forms, numerus in _messages(path):
        for text in forms:
            if _fields(text) != _fields(source):
                problems.append(f"{source!r}: fields {_fields(text)} ≠ {_fields(source)} in {text!r}")
            if not numerus and ("%n" in source) != ("%n" in text):  # "one", "two" forms may spell it out
                problems.append(f"{source!r}: %n lost or added in {text!r}")
            if re.findall(r"</?\w+", source) and sorted(re.findall(r"</?\w+", text)) != sorted(
                re.findall(r"</?\w+", source)
            ):
                problems.append(f"{source!r}: markup differs in {text!r}")
            if text.replace("&&", "").count("&") > 1 or (
                "&" in source.replace("&&", "") and "&" not in text.replace("&&", "")
            ):
                problems.append(f"{source!r}: needs exactly one & (keyboard mnemonic) in {text!r}")
    assert not problems, "\n".join(problems)


def test_a_string_the_catalogue_lacks_is_reported(tmp_path: Path) -> None:
    """The completeness check can fail: a catalogue missing one translation lists exactly that string."""
    module = update_script()
    ts = module.catalogues()["de"]
    tree = ET.parse(ts)
    message = next(m for m in tree.getroot().iter("message") if m.findtext("source") == "&New thread")
    translation = message.find("translation")
    assert translation is not None
    translation.text = ""
    translation.set("type", "unfinished")
    copy = tmp_path / ts.name
    tree.write(copy, encoding="utf-8")
    assert [text for text in module.unfinished(copy) if text.endswith(": &New thread")]
