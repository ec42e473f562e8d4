"""The settings dialog and its pages, profiles and onboarding."""
