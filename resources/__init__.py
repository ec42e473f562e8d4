"""Data files shipped with BelugaDesk (icons, desktop entry, AppStream metadata).

The repository keeps them in the top-level ``resources/`` directory; ``belugadesk/resources`` is a
symbolic link to it, so the same files are importable as the ``belugadesk.resources`` package from a
checkout, an editable install and a wheel. Use :mod:`belugadesk.viewmodels.resources_access` to locate them.
"""
