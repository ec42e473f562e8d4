from tests.viewmodels.prompts.prompt_support import library

__all__ = ["library"]
