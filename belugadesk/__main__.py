"""``python -m belugadesk`` runs the same launcher as the ``belugadesk`` command."""

from belugadesk.cli import main

raise SystemExit(main())
