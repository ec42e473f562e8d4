"""Folders (projects) for threads: the sidebar's list, its flows, the thread list's folder filter."""
