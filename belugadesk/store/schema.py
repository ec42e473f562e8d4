"""The SQL of each schema version, as lists of single statements.

Statements are run one by one inside the migration's transaction (``executescript`` would commit early).
Every table that an FTS5 index points at has an explicit ``seq INTEGER PRIMARY KEY``: an implicit rowid
may be renumbered by ``VACUUM``, which would silently break an external-content index.
"""

from __future__ import annotations

#: ``PRAGMA application_id`` of a BelugaDesk database ("BELU").
APPLICATION_ID = 0x42454C55

V1_BASE_TABLES: tuple[str, ...] = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    """
    CREATE TABLE assistants (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        model         TEXT NOT NULL,
        instructions  TEXT NOT NULL DEFAULT '',
        description   TEXT NOT NULL DEFAULT '',
        tools         TEXT NOT NULL DEFAULT '[]',
        temperature   REAL,
        top_p         REAL,
        response_format TEXT NOT NULL DEFAULT '{"type":"text"}',
        metadata      TEXT NOT NULL DEFAULT '{}',
        version       INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        last_used_at  TEXT
    )
    """,
    """
    CREATE TABLE assistant_remote_ids (
        assistant_id  TEXT NOT NULL REFERENCES assistants(id) ON DELETE CASCADE,
        profile_id    TEXT NOT NULL,
        remote_id     TEXT NOT NULL,
        PRIMARY KEY (assistant_id, profile_id)
    )
    """,
    """
    CREATE TABLE threads (
        seq           INTEGER PRIMARY KEY,
        id            TEXT NOT NULL UNIQUE,
        remote_id     TEXT,
        backend       TEXT NOT NULL,
        profile_id    TEXT NOT NULL DEFAULT '',
        assistant_id  TEXT REFERENCES assistants(id) ON DELETE SET NULL,
        assistant_version INTEGER,
        title         TEXT NOT NULL DEFAULT '',
        pinned        INTEGER NOT NULL DEFAULT 0,
        archived      INTEGER NOT NULL DEFAULT 0,
        remote_gone   INTEGER NOT NULL DEFAULT 0,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        last_message_preview TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX threads_listing ON threads (archived, pinned DESC, updated_at DESC)",
    "CREATE INDEX threads_by_assistant ON threads (assistant_id)",
    "CREATE INDEX threads_by_remote_id ON threads (remote_id)",
    """
    CREATE TABLE messages (
        seq           INTEGER PRIMARY KEY,
        id            TEXT NOT NULL UNIQUE,
        thread_id     TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        remote_id     TEXT,
        position      INTEGER NOT NULL,
        role          TEXT NOT NULL,
        parts         TEXT NOT NULL DEFAULT '[]',
        text          TEXT NOT NULL DEFAULT '',
        status        TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        model         TEXT,
        usage_input   INTEGER,
        usage_output  INTEGER,
        usage_cached  INTEGER,
        error         TEXT,
        UNIQUE (thread_id, remote_id)
    )
    """,
    "CREATE INDEX messages_in_order ON messages (thread_id, position)",
)

_FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"

V2_DRAFTS_AND_SEARCH: tuple[str, ...] = (
    """
    CREATE TABLE drafts (
        thread_key    TEXT PRIMARY KEY,   -- a thread id, or '' for the "new thread" composer
        text          TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    )
    """,
    """
    CREATE TRIGGER threads_drop_draft AFTER DELETE ON threads BEGIN
        DELETE FROM drafts WHERE thread_key = old.id;
    END
    """,
    f"""
    CREATE VIRTUAL TABLE message_fts USING fts5(
        text, content = 'messages', content_rowid = 'seq', {_FTS_OPTIONS}
    )
    """,
    """
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO message_fts (rowid, text) VALUES (new.seq, new.text);
    END
    """,
    """
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO message_fts (message_fts, rowid, text) VALUES ('delete', old.seq, old.text);
    END
    """,
    """
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN
        INSERT INTO message_fts (message_fts, rowid, text) VALUES ('delete', old.seq, old.text);
        INSERT INTO message_fts (rowid, text) VALUES (new.seq, new.text);
    END
    """,
    f"""
    CREATE VIRTUAL TABLE thread_fts USING fts5(
        title, content = 'threads', content_rowid = 'seq', {_FTS_OPTIONS}
    )
    """,
    """
    CREATE TRIGGER threads_fts_insert AFTER INSERT ON threads BEGIN
        INSERT INTO thread_fts (rowid, title) VALUES (new.seq, new.title);
    END
    """,
    """
    CREATE TRIGGER threads_fts_delete AFTER DELETE ON threads BEGIN
        INSERT INTO thread_fts (thread_fts, rowid, title) VALUES ('delete', old.seq, old.title);
    END
    """,
    """
    CREATE TRIGGER threads_fts_update AFTER UPDATE OF title ON threads BEGIN
        INSERT INTO thread_fts (thread_fts, rowid, title) VALUES ('delete', old.seq, old.title);
        INSERT INTO thread_fts (rowid, title) VALUES (new.seq, new.title);
    END
    """,
    # index what earlier versions stored
    "INSERT INTO message_fts (message_fts) VALUES ('rebuild')",
    "INSERT INTO thread_fts (thread_fts) VALUES ('rebuild')",
)

V3_ASSISTANT_MCP_TOOLS: tuple[str, ...] = (
    # a JSON list of McpToolGrant: which MCP servers' tools the assistant may use
    "ALTER TABLE assistants ADD COLUMN mcp_tools TEXT NOT NULL DEFAULT '[]'",
)

V4_ASSISTANT_STARTERS: tuple[str, ...] = (
    "ALTER TABLE assistants ADD COLUMN starters TEXT NOT NULL DEFAULT '[]'",  # a JSON list of strings
)

V5_ASSISTANT_STOP_SEED_EFFORT: tuple[str, ...] = (
    # a JSON list of up to four stop sequences, the sampling seed, and a reasoning model's effort
    "ALTER TABLE assistants ADD COLUMN stop TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE assistants ADD COLUMN seed INTEGER",
    "ALTER TABLE assistants ADD COLUMN reasoning_effort TEXT",
)

V6_THREAD_MODEL: tuple[str, ...] = (
    # the model chosen for a thread's replies ('': the assistant's own)
    "ALTER TABLE threads ADD COLUMN model TEXT NOT NULL DEFAULT ''",
)

V7_ASSISTANT_REMOTE_MCP: tuple[str, ...] = (
    # a JSON list of RemoteMcpServer: remote MCP servers the Responses API calls itself
    "ALTER TABLE assistants ADD COLUMN remote_mcp TEXT NOT NULL DEFAULT '[]'",
)

V8_FOLDERS: tuple[str, ...] = (
    # folders (projects) for threads: one level of nesting, ordered among siblings by ``position``;
    # a deleted folder's threads go to "No folder" and its subfolders to the top level
    """
    CREATE TABLE folders (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        parent_id     TEXT REFERENCES folders(id) ON DELETE SET NULL,
        position      INTEGER NOT NULL DEFAULT 0,
        default_assistant_id TEXT REFERENCES assistants(id) ON DELETE SET NULL,
        extra_instructions TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    )
    """,
    "ALTER TABLE threads ADD COLUMN folder_id TEXT REFERENCES folders(id) ON DELETE SET NULL",
    "CREATE INDEX threads_by_folder ON threads (folder_id)",
)

V9_THREAD_BRANCHES: tuple[str, ...] = (
    # a branch: the thread it was made from and the last message of it the branch holds (no foreign keys:
    # a branch outlives its original, whose deletion its link then reports)
    "ALTER TABLE threads ADD COLUMN branched_from_thread_id TEXT",
    "ALTER TABLE threads ADD COLUMN branched_from_message_id TEXT",
    "CREATE INDEX threads_by_origin ON threads (branched_from_thread_id)",
)

#: the first prompts' time, the same on every device (in codec.ts's form): a seeded prompt is then the same
#: row everywhere, so two devices that sync share one copy of it, not two (belugadesk/sync)
SEEDED_AT = "2026-11-29T00:00:00.000000+00:00"

#: the prompt library's first prompts, added once by the migration (deleting one keeps it deleted); their
#: ids are fixed (``default-…``), like their time
DEFAULT_PROMPTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "default-summarize",
        "Summarize",
        "Summarize the following text in {{count|five}} bullet points, keeping names and numbers exact:\n\n",
        '["writing"]',
    ),
    (
        "default-explain-code",
        "Explain code",
        "Explain what the following {{language|Python}} code does, step by step, and point out anything "
        "surprising or risky:\n\n",
        '["code"]',
    ),
    (
        "default-translate",
        "Translate",
        "Translate the following text into {{language|French}}, keeping its tone and formatting:\n\n",
        '["writing", "language"]',
    ),
    (
        "default-proofread",
        "Proofread",
        "Proofread the following text: fix spelling, grammar and punctuation, keep my wording otherwise, "
        "and list what you changed:\n\n",
        '["writing"]',
    ),
    (
        "default-commit-message",
        "Write a commit message",
        "Write a git commit message for this diff: a summary line under 72 characters, a blank line, then "
        "what changed and why:\n\n",
        '["code", "git"]',
    ),
)

V10_PROMPT_LIBRARY: tuple[str, ...] = (
    """
    CREATE TABLE prompts (
        seq           INTEGER PRIMARY KEY,
        id            TEXT NOT NULL UNIQUE,
        title         TEXT NOT NULL,
        body          TEXT NOT NULL,
        tags          TEXT NOT NULL DEFAULT '[]',   -- a JSON list of lower-case words
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        use_count     INTEGER NOT NULL DEFAULT 0,
        last_used_at  TEXT
    )
    """,
)

V10_SEED_PROMPT = (
    "INSERT INTO prompts (id, title, body, tags, created_at, updated_at)"
    f" VALUES (?, ?, ?, ?, '{SEEDED_AT}', '{SEEDED_AT}')"
)


V11_THREAD_COMPARE_GROUP: tuple[str, ...] = (
    # a thread of a comparison not decided yet (the comparison's id): not listed nor searched until kept
    "ALTER TABLE threads ADD COLUMN compare_group TEXT",
)

V12_SYNC_STATE: tuple[str, ...] = (
    # what this device last knew of each synced row (store <-> the shared CRDT documents, belugadesk/sync):
    # ``fields`` a JSON object of column -> JSON-encoded value; ``edited_seq`` the own update file that last
    # carried a local edit of the row (a remote deletion the other device made without seeing it is
    # preceded by a backup)
    """
    CREATE TABLE sync_shadow (
        collection    TEXT NOT NULL,
        item_id       TEXT NOT NULL,
        fields        TEXT NOT NULL,
        edited_seq    INTEGER,
        PRIMARY KEY (collection, item_id)
    )
    """,
)

# A prefix index for one-character prefixes too: without it ``t*`` merges the doclists of every word starting
# with t on each query (~180 ms over 100,000 messages), with it ``t*`` reads one doclist like a word (~5 ms).
# FTS5 options cannot be altered: the tables are made again and rebuilt from the rows they index (their
# triggers, on ``messages`` and ``threads``, name them and stay).
_FTS_OPTIONS_V13 = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"

V13_ONE_CHARACTER_PREFIXES: tuple[str, ...] = (
    "DROP TABLE message_fts",
    f"""
    CREATE VIRTUAL TABLE message_fts USING fts5(
        text, content = 'messages', content_rowid = 'seq', {_FTS_OPTIONS_V13}
    )
    """,
    "INSERT INTO message_fts (message_fts) VALUES ('rebuild')",
    "DROP TABLE thread_fts",
    f"""
    CREATE VIRTUAL TABLE thread_fts USING fts5(
        title, content = 'threads', content_rowid = 'seq', {_FTS_OPTIONS_V13}
    )
    """,
    "INSERT INTO thread_fts (thread_fts) VALUES ('rebuild')",
)
