"""The assistant list, form, remote import and vector stores."""
