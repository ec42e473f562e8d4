"""The app's services, built once by the composition root (``app``) and handed to whoever needs them.

``demo_server`` (the offline local API, started on first use), ``connections`` (a profile's backend and the
connection test, shared by Settings, onboarding and ``belugadesk doctor``) and ``profile_switch`` (make a
profile active without a restart).
"""
