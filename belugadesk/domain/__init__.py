"""The app's vocabulary: pydantic models, typed run events and domain errors. No Qt, no I/O."""
