"""BelugaDesk: a desktop app for conversations with AI assistants."""

__version__ = "0.1.0"
APP_NAME = "BelugaDesk"
APP_ID = "io.github.belugadesk.BelugaDesk"
