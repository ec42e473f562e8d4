"""The chat pane: messages, their rendering and links, the input and its actions."""
