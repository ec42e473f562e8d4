"""What is shared, one ``SyncedTable`` per collection, in the order rows are written (a row's references
first). A new collection is one entry here."""

from __future__ import annotations

from belugadesk.store.schema import DEFAULT_PROMPTS, SEEDED_AT
from belugadesk.store.sync_rows import SyncedTable

ASSISTANTS = SyncedTable(
    "assistants",
    "assistants",
    (
        "name",
        "model",
        "instructions",
        "description",
        "tools",
        "temperature",
        "top_p",
        "response_format",
        "metadata",
        "version",
        "created_at",
        "updated_at",
        "mcp_tools",
        "starters",
        "stop",
        "seed",
        "reasoning_effort",
        "remote_mcp",
    ),
)

#: folders (projects) for threads: a folder deleted on one device while a thread is moved into it on
#: another leaves the thread in "No folder" (a reference to a row not there is written as NULL, then shared)
FOLDERS = SyncedTable(
    "folders",
    "folders",
    (
        "name",
        "parent_id",
        "position",
        "default_assistant_id",
        "extra_instructions",
        "created_at",
        "updated_at",
    ),
    references={"parent_id": "folders", "default_assistant_id": "assistants"},
)

#: the thread index: every thread (a remote thread's messages stay on its server: the other device resumes
#: it from there)
THREADS = SyncedTable(
    "threads",
    "threads",
    (
        "remote_id",
        "backend",
        "profile_id",
        "assistant_id",
        "assistant_version",
        "title",
        "pinned",
        "archived",
        "remote_gone",
        "created_at",
        "updated_at",
        "last_message_preview",
        "model",
        "folder_id",
    ),
    references={"assistant_id": "assistants", "folder_id": "folders"},
    profile_columns=("profile_id",),
)

#: the messages of threads that exist only here (Chat Completions: the store is the thread)
MESSAGES = SyncedTable(
    "messages",
    "messages",
    (
        "thread_id",
        "remote_id",
        "position",
        "role",
        "parts",
        "text",
        "status",
        "created_at",
        "model",
        "usage_input",
        "usage_output",
        "usage_cached",
        "error",
    ),
    where="thread_id IN (SELECT id FROM threads WHERE backend = 'chat_completions')",
    required={"thread_id": "threads"},
)

#: the prompt library (how often a prompt was used, and when last, stays with each device: it ranks the
#: ``/`` picker here). The first prompts have the same id and time on every device, so they are one row; one
#: deleted on any device, even before it synced, is deleted on all.
PROMPTS = SyncedTable(
    "prompts",
    "prompts",
    ("title", "body", "tags", "created_at", "updated_at"),
    seeds=tuple(p[0] for p in DEFAULT_PROMPTS),
    pristine=f"updated_at = '{SEEDED_AT}'",
)

COLLECTIONS: tuple[SyncedTable, ...] = (ASSISTANTS, FOLDERS, THREADS, MESSAGES, PROMPTS)
