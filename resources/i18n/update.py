"""Re-extract BelugaDesk's translatable strings into the ``.ts`` catalogues and compile them to ``.qm``.

    python resources/i18n/update.py            # update every belugadesk_<lang>.ts, then compile
    python resources/i18n/update.py --check    # list the strings a catalogue lacks (exit 1 if any)
    python resources/i18n/update.py --add it   # start a catalogue for a new language

``pyside6-lupdate`` reads ``self.tr(…)``, ``QCoreApplication.translate(ctx, …)`` and
``QT_TRANSLATE_NOOP(ctx, …)`` in the sources (no line numbers are written, so moving code does not
change a catalogue). New strings arrive unfinished; translate them (Qt Linguist, or edit the XML) and run
the script again. ``belugadesk_en.ts`` holds only the English plural forms (``%n file(s)``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "belugadesk"
CATALOGUE = "belugadesk"
# The layers whose text can reach the person (localapi is a server: its sentences are OpenAI's, in English).
SKIPPED = ("localapi",)


def _tool(name: str) -> str:
    import PySide6

    bundled = Path(PySide6.__file__).parent / name
    if bundled.is_file():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6) to get it")
    return found


def sources() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if not any(part in SKIPPED for part in path.relative_to(PACKAGE).parts)
        and "resources" not in path.relative_to(PACKAGE).parts
    )


def catalogues(folder: Path = HERE) -> dict[str, Path]:
    """Language code → its ``.ts`` file."""
    return {
        path.stem.removeprefix(f"{CATALOGUE}_"): path for path in sorted(folder.glob(f"{CATALOGUE}_*.ts"))
    }


def extract(targets: list[Path], *, plural_only: bool = False) -> None:
    """Bring ``targets`` up to date with the sources (creates a missing one)."""
    if not targets:
        return
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(p) for p in sources()))
    command = [_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    if plural_only:
        command.append("-pluralonly")
    command += [f"@{listing.name}", "-ts", *map(str, targets)]
    try:
        subprocess.run(command, check=True, cwd=ROOT)
    finally:
        Path(listing.name).unlink()


def compile_all(folder: Path = HERE) -> None:
    for ts in catalogues(folder).values():
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def update(folder: Path = HERE) -> None:
    found = catalogues(folder)
    extract([found["en"]] if "en" in found else [folder / f"{CATALOGUE}_en.ts"], plural_only=True)
    extract([path for language, path in found.items() if language != "en"])
    compile_all(folder)


def unfinished(ts: Path) -> list[str]:
    """The source strings of ``ts`` with no finished translation (every plural form filled in)."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            if not source.strip():
                continue  # lupdate takes SecretStr("") for a tr("") call: nothing to translate
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                kind = translation.get("type") if translation is not None else "missing"
                if kind in ("vanished", "obsolete"):
                    continue
                missing.append(f"{name}: {source}")
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if not all(text.strip() for text in texts):
                missing.append(f"{name}: {source}")
    return missing


def missing_translations() -> dict[str, list[str]]:
    """Re-extract every shipped catalogue into a temporary folder and list, per language, the strings the
    sources have and the catalogue does not translate (new, changed or unfinished ones)."""
    result: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        copies = {}
        for language, path in catalogues().items():
            copies[language] = Path(tmp) / path.name
            shutil.copy(path, copies[language])
        extract([copies["en"]], plural_only=True) if "en" in copies else None
        extract([path for language, path in copies.items() if language != "en"])
        for language, path in copies.items():
            missing = unfinished(path)
            if missing:
                result[language] = missing
    return result


def stale_binaries() -> list[str]:
    """The ``.qm`` files that are missing or differ from what ``lrelease`` makes of their ``.ts`` now."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in catalogues().values():
            fresh = Path(tmp) / ts.with_suffix(".qm").name
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
            shipped = ts.with_suffix(".qm")
            if not shipped.is_file() or shipped.read_bytes() != fresh.read_bytes():
                stale.append(shipped.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="list untranslated strings; change nothing")
    parser.add_argument("--add", metavar="LANG", help="start the catalogue for LANG (e.g. it, pt_BR)")
    options = parser.parse_args(argv)
    if options.check:
        missing = missing_translations()
        for language, strings in missing.items():
            print(f"{CATALOGUE}_{language}.ts lacks {len(strings)} translation(s):")
            for text in strings:
                print(f"    {text}")
        stale = stale_binaries()
        if stale:
            print("Out of date (run this script without --check):", ", ".join(stale))
        return 1 if missing or stale else 0
    if options.add:
        extract([HERE / f"{CATALOGUE}_{options.add}.ts"])
    update()
    print("Updated:", ", ".join(f"{CATALOGUE}_{language}" for language in catalogues()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
