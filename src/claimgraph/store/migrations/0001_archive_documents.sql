-- Archive objects, every sighting of them, documents, and full-text search over documents.

CREATE TABLE blobs (
    sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    media_type  TEXT NOT NULL,
    first_seen  TEXT NOT NULL
);

-- One row per sighting: re-ingesting identical bytes adds a row here and nothing else.
CREATE TABLE captures (
    id               INTEGER PRIMARY KEY,
    sha256           TEXT NOT NULL REFERENCES blobs(sha256),
    origin           TEXT NOT NULL,          -- file name as given, or URL
    media_type       TEXT NOT NULL,
    encoding         TEXT,
    captured_at      TEXT,                   -- from WARC-Date or Telegram, when known
    ingested_at      TEXT NOT NULL,
    tool_version     TEXT NOT NULL,
    container_sha256 TEXT REFERENCES blobs(sha256),
    metadata         TEXT NOT NULL DEFAULT '{}'  -- JSON object
);
CREATE INDEX captures_sha256 ON captures(sha256);

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    sha256       TEXT NOT NULL UNIQUE REFERENCES blobs(sha256),
    kind         TEXT NOT NULL CHECK (kind IN ('text', 'html', 'telegram')),
    origin       TEXT NOT NULL,              -- where it was first seen
    outlet       TEXT,
    title        TEXT,
    body         TEXT NOT NULL,              -- visible text, what search reads
    source_text  TEXT NOT NULL,              -- the decoded source (HTML stays HTML)
    encoding     TEXT,
    captured_at  TEXT,
    metadata     TEXT NOT NULL DEFAULT '{}',
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_outlet ON documents(outlet);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body,
    content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, body ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
