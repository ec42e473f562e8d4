"""The sidebar's Folders section, its row painting, and the folder dialogs."""
