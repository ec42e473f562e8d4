"""Widgets only: they bind to view-models and never call the network or the store."""
