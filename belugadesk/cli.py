"""The ``belugadesk`` launcher: the GUI by default, plus ``doctor`` and ``serve-local-api``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from belugadesk import APP_NAME, __version__
from belugadesk.domain.errors import BelugaError


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="belugadesk",
        description=f"{APP_NAME}: conversations with AI assistants.",
        epilog="Other commands: 'belugadesk doctor' checks the set-up; "
        "'belugadesk serve-local-api' serves the offline API for other clients; "
        "'belugadesk backup [PATH]' copies the database; 'belugadesk restore PATH' brings a backup back.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="use the built-in offline API (no key, no network needed)"
    )
    parser.add_argument(
        "--quick-ask",
        action="store_true",
        help="show the small always-on-top quick-ask window (in the running BelugaDesk, started if needed); "
        "bind this command to a global shortcut",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        type=Path,
        help="render the main window after start-up, save it as a PNG at PATH and exit",
    )
    parser.add_argument(
        "--locale",
        metavar="LANG",
        default="",
        help="show the window in this language and its text direction, e.g. de, ja, zh_CN or ar "
        "(default: the one chosen in Settings, else the system's)",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add BelugaDesk to the desktop's app launcher (Linux)",
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove the launcher entry added by --install-desktop-entry",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "doctor":
        from belugadesk.doctor import main as doctor_main

        return doctor_main(args[1:])
    if args and args[0] == "serve-local-api":
        from belugadesk.domain.redaction import register_secret
        from belugadesk.localapi.cli import main as serve_main
        from belugadesk.localapi.cli import parse_args as serve_args
        from belugadesk.logging_setup import install_record_redaction

        register_secret(serve_args(args[1:]).api_key)  # no log line of the server shows the key
        install_record_redaction()
        return serve_main(args[1:])
    if args and args[0] in ("backup", "restore"):
        from belugadesk.backup_cli import main as backup_main

        return backup_main(args)
    options = _gui_parser().parse_args(args)
    if options.install_desktop_entry or options.uninstall_desktop_entry:
        return _desktop_entry(install=options.install_desktop_entry)
    from belugadesk.app import run_gui

    return run_gui(
        demo=options.demo, screenshot=options.screenshot, quick_ask=options.quick_ask, locale=options.locale
    )


def _desktop_entry(*, install: bool) -> int:
    from belugadesk import desktop_integration

    try:
        if install:
            paths = desktop_integration.install_desktop_entry()
            verb = "Installed"
        else:
            paths = desktop_integration.uninstall_desktop_entry()
            verb = "Removed"
    except (OSError, BelugaError) as exc:
        print(f"belugadesk: {exc}", file=sys.stderr)
        return 1
    for path in paths:
        print(f"{verb} {path}")
    return 0
