"""No user-visible literal slips past Qt's translation system, and every translated text's placeholders
are the keywords its ``.format`` gives."""

from __future__ import annotations

from pathlib import Path

from tests.i18n.string_scan import format_mismatches, scan, unwrapped

PACKAGE = Path(__file__).resolve().parents[2] / "belugadesk"


def test_no_user_visible_literal_is_left_untranslated() -> None:
    found = scan(PACKAGE)
    assert not found, (
        "Wrap these in self.tr(…) (a QObject) or QCoreApplication.translate(context, …), placeholders with "
        ".format(name=…) after the call:\n" + "\n".join(str(hit) for hit in found)
    )


def test_translated_texts_and_their_format_keywords_agree() -> None:
    found = [problem for path in sorted(PACKAGE.rglob("*.py")) for problem in format_mismatches(path)]
    assert not found, "\n".join(found)


def test_the_scan_finds_literals_setters_widgets_and_helpers_are_given(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def build(self, label, name):\n"
        '    label.setText("Hello there")\n'
        '    label.setToolTip(f"Open {name}")\n'
        '    button = QPushButton("&Save", self)\n'
        '    self.start(work(), failure="It was not saved.")\n'
        '    label.setText(self.tr("Wrapped"))\n'
        '    label.setObjectName("not shown")\n'
        '    label.setText("…")\n'
        "    label.setText(f'<a href=\"{url}\">{title}</a>')\n"
        '    self.tr("{a} and {b}").format(a=1)\n',
        encoding="utf-8",
    )
    assert [(hit.line, hit.call, hit.text) for hit in unwrapped(sample)] == [
        (2, "setText", "Hello there"),
        (3, "setToolTip", "Open {…}"),
        (4, "QPushButton", "&Save"),
        (5, "start", "It was not saved."),
    ]
    assert len(format_mismatches(sample)) == 1
