"""The thread list, resuming a thread, and thread actions."""
