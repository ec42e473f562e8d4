"""The thread list pane, its delegate, banner and dialogs."""
