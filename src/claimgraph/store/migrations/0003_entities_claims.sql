-- Entities and attributed claims read from each article body (claims stage).

CREATE TABLE entities (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL
);
CREATE INDEX entities_document ON entities(document_id);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE entity_mentions (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    CHECK ("end" >= start)
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);

CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,          -- position in the document's claim list
    speaker       TEXT,                      -- canonical entity name, 'anonymous: ...', or NULL
    speaker_text  TEXT,
    cue           TEXT,
    kind          TEXT NOT NULL,
    content       TEXT NOT NULL,
    start         INTEGER NOT NULL,          -- offsets into articles.body
    "end"         INTEGER NOT NULL,
    stance        TEXT,
    evidence      TEXT NOT NULL DEFAULT '[]', -- JSON list of labels
    detail        TEXT NOT NULL DEFAULT '{}', -- JSON: the claim as the extractor emitted it
    UNIQUE (document_id, ordinal),
    CHECK ("end" >= start)
);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX claims_speaker ON claims(speaker);
CREATE INDEX claims_kind ON claims(kind);
