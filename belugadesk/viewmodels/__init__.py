"""QObjects with signals and Qt item models.

They call the bridge and the store with async slots; no widgets.
"""
