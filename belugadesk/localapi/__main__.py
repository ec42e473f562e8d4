"""``python -m belugadesk.localapi``: the same as ``serve-local-api``."""

from belugadesk.localapi.cli import main

raise SystemExit(main())
