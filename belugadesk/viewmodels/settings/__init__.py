"""Settings, profiles, prices and onboarding view-models."""
