"""The chat view-model and what one streamed reply needs."""
