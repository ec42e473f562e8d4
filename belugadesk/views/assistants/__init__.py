"""The assistant list pane and the assistant form dialog."""
