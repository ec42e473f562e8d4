"""The app: ``run_gui`` runs it (``cli``); ``Application`` is the composition root, ``make_qapplication`` the
one ``QApplication``. Each lives in its own module; these names are the package's public face.

Only this package, ``cli`` and ``doctor`` sit above the services; nothing below imports it.
"""

from belugadesk.app.import_costs import trim_import_costs

trim_import_costs()  # before the app's own imports, which it makes cheaper

from belugadesk.app.application import Application  # noqa: E402
from belugadesk.app.qt_app import make_qapplication  # noqa: E402
from belugadesk.app.run import run_gui  # noqa: E402

__all__ = ["Application", "make_qapplication", "run_gui"]
