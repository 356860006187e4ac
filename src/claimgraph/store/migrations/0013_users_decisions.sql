-- Users, their API tokens, and the append-only decision log (docs/users.md).
-- Written in plain SQL types (INTEGER, TEXT; times as ISO 8601 UTC text, as elsewhere in the
-- schema) so that the PostgreSQL version is a transcription: only the triggers at the end are
-- SQLite's own.

-- A person on a team server. role: 'reader' reads; 'editor' also merges, splits, uploads and
-- re-analyses; 'admin' is an editor who is told apart (the admin commands are the CLI's, run
-- by whoever can write the store file).
CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
    created_at  TEXT NOT NULL
);

-- Bearer tokens. Only the SHA-256 (hex) of a token is kept: the token itself is printed once,
-- when it is made, and a copy of the store cannot be used to log in.
CREATE TABLE api_tokens (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users(id),
    token_sha256  TEXT NOT NULL UNIQUE CHECK (length(token_sha256) = 64),
    label         TEXT,
    created_at    TEXT NOT NULL,
    last_used_at  TEXT,
    revoked_at    TEXT           -- set once; a revoked token is refused
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

-- Who did what, when: every merge, split, upload, ingest and re-analysis. Append-only.
-- user_name is kept as text (the OS user for the CLI, a team user's name for the API), so an
-- entry stands whatever becomes of the users table; user_id is set for team users.
CREATE TABLE decision_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    user_id     INTEGER REFERENCES users(id),
    via         TEXT NOT NULL CHECK (via IN ('cli', 'api', 'web')),
    action      TEXT NOT NULL,   -- merge, split, upload, ingest, re-analyse
    summary     TEXT NOT NULL,   -- one line for people
    before_json TEXT NOT NULL,   -- what it changed, as it was (JSON object)
    after_json  TEXT NOT NULL    -- and as it became
);
CREATE INDEX decision_log_at ON decision_log(at, id);

-- What an entry changed: entities by name (canonical ids are rebuilt by re-linking; names are
-- what the entity pages are found by), documents and claims by id.
CREATE TABLE decision_log_targets (
    decision_id  INTEGER NOT NULL REFERENCES decision_log(id),
    kind         TEXT NOT NULL CHECK (kind IN ('entity', 'document', 'claim')),
    target_id    INTEGER,        -- document or claim id; the canonical entity id at the time
    name         TEXT            -- an entity's name
);
CREATE INDEX decision_log_targets_id ON decision_log_targets(kind, target_id);
CREATE INDEX decision_log_targets_name ON decision_log_targets(kind, name);
CREATE INDEX decision_log_targets_decision ON decision_log_targets(decision_id);

CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON decision_log BEGIN
    SELECT RAISE(ABORT, 'the decision log is append-only');
END;
CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log BEGIN
    SELECT RAISE(ABORT, 'the decision log is append-only');
END;
CREATE TRIGGER decision_log_targets_no_update BEFORE UPDATE ON decision_log_targets BEGIN
    SELECT RAISE(ABORT, 'the decision log is append-only');
END;
CREATE TRIGGER decision_log_targets_no_delete BEFORE DELETE ON decision_log_targets BEGIN
    SELECT RAISE(ABORT, 'the decision log is append-only');
END;
