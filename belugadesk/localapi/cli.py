"""``serve-local-api``: serve the offline local API under ``/v1`` until interrupted."""

from __future__ import annotations

import argparse
import ipaddress
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from belugadesk.localapi.app import ROUTE_GROUPS
from belugadesk.localapi.config import LocalApiConfig
from belugadesk.localapi.server import LocalApiServer

EXIT_USAGE = 2


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _api_groups(text: str) -> frozenset[str]:
    names = frozenset(name.strip() for name in text.split(",") if name.strip())
    unknown = sorted(names - ROUTE_GROUPS.keys())
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown API group(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(ROUTE_GROUPS)}"
        )
    return names


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="serve-local-api",
        description="Serve the offline BelugaDesk local API (a scripted subset of the OpenAI API) under /v1.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind (default: 0, a free port)")
    parser.add_argument("--api-key", default=None, help="require this key as 'Authorization: Bearer <key>'")
    parser.add_argument("--db", type=Path, default=None, help="keep state in this SQLite file")
    parser.add_argument(
        "--apis",
        type=_api_groups,
        default=None,
        help=f"serve only these API groups, comma-separated (default: all of {','.join(ROUTE_GROUPS)})",
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow binding a non-loopback address (also requires --api-key)",
    )
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return _parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not _is_loopback(args.host) and not (args.allow_remote and args.api_key):
        print(
            f"serve-local-api: refusing to listen on {args.host}, which other machines can reach. "
            "Pass both --allow-remote and --api-key KEY to do that, or use the default 127.0.0.1.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    config = LocalApiConfig(api_key=args.api_key, db_path=args.db, apis=args.apis)
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    server = LocalApiServer(config, host=args.host, port=args.port)
    try:
        server.start()
    except OSError as exc:
        print(f"serve-local-api: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    try:
        print(f"Local API listening at {server.base_url}", flush=True)
        while not stop.wait(0.2):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("Local API stopped.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
