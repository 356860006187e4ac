-- Links across documents (linking stage): canonical entities, events, claim relations, legal index.
-- Every row that points at a per-document entity or claim cascades on its deletion, so
-- re-analysing a document (which replaces its entities and claims) drops its links with it.

-- Which documents were linked, and from which analysis (articles.extracted_at).
CREATE TABLE link_documents (
    document_id   INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    extracted_at  TEXT NOT NULL,
    linked_at     TEXT NOT NULL,
    day           TEXT                        -- the document's date (published, else captured), ISO
);
CREATE INDEX link_documents_day ON link_documents(day);

-- Canonical entities across the whole store.
CREATE TABLE link_entities (
    id          INTEGER PRIMARY KEY,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL                 -- display name: the most complete member name
);
CREATE INDEX link_entities_type ON link_entities(type);
CREATE INDEX link_entities_name ON link_entities(name COLLATE NOCASE);

-- Each per-document entity belongs to one canonical entity, with a confidence and the evidence.
-- entity_id becomes NULL when the document is re-analysed (its entities replaced); the row keeps
-- document_id so that re-linking the document can find and drop it.
CREATE TABLE link_entity_members (
    id            INTEGER PRIMARY KEY,
    entity_id     INTEGER UNIQUE REFERENCES entities(id) ON DELETE SET NULL,
    canonical_id  INTEGER NOT NULL REFERENCES link_entities(id) ON DELETE CASCADE,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    confidence    REAL NOT NULL,
    rule          TEXT NOT NULL,              -- new | exact | transliteration | acronym | alias | initials | surname | user
    evidence      TEXT NOT NULL               -- readable: why this entity joined this canonical entity
);
CREATE INDEX link_entity_members_canonical ON link_entity_members(canonical_id);
CREATE INDEX link_entity_members_document ON link_entity_members(document_id);

-- Name variants of a canonical entity (member names and name-like mentions), deduplicated.
CREATE TABLE link_entity_names (
    canonical_id  INTEGER NOT NULL REFERENCES link_entities(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    UNIQUE (canonical_id, name)
);
CREATE INDEX link_entity_names_name ON link_entity_names(name COLLATE NOCASE);

-- Blocking keys (type-prefixed surname skeletons, acronyms, name keys): candidates come from here,
-- never from a pass over the whole store.
CREATE TABLE link_entity_keys (
    canonical_id  INTEGER NOT NULL REFERENCES link_entities(id) ON DELETE CASCADE,
    key           TEXT NOT NULL,
    UNIQUE (canonical_id, key)
);
CREATE INDEX link_entity_keys_key ON link_entity_keys(key);

-- A user's merge or split, keyed by normalised names so it survives re-analysis and re-linking.
CREATE TABLE link_decisions (
    id        INTEGER PRIMARY KEY,
    action    TEXT NOT NULL CHECK (action IN ('merge', 'split')),
    type      TEXT NOT NULL,
    name_a    TEXT NOT NULL,
    name_b    TEXT NOT NULL,
    made_at   TEXT NOT NULL,
    note      TEXT
);
CREATE INDEX link_decisions_a ON link_decisions(type, name_a);
CREATE INDEX link_decisions_b ON link_decisions(type, name_b);

-- Events: documents (and their claims) grouped by what they report.
CREATE TABLE link_events (
    id        INTEGER PRIMARY KEY,
    label     TEXT NOT NULL,
    date_min  TEXT,                           -- ISO dates of the documents' reports
    date_max  TEXT,
    profile   TEXT NOT NULL DEFAULT '{}'      -- JSON: places, actors, terms with counts
);
CREATE INDEX link_events_dates ON link_events(date_min, date_max);

CREATE TABLE link_event_documents (
    document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    event_id     INTEGER NOT NULL REFERENCES link_events(id) ON DELETE CASCADE,
    score        REAL NOT NULL,
    evidence     TEXT NOT NULL,
    features     TEXT NOT NULL DEFAULT '{}'   -- JSON: this document's date, places, actors, terms
);
CREATE INDEX link_event_documents_event ON link_event_documents(event_id);

CREATE TABLE link_event_claims (
    claim_id  INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    event_id  INTEGER NOT NULL REFERENCES link_events(id) ON DELETE CASCADE
);
CREATE INDEX link_event_claims_event ON link_event_claims(event_id);

CREATE TABLE link_event_keys (
    event_id  INTEGER NOT NULL REFERENCES link_events(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    UNIQUE (event_id, key)
);
CREATE INDEX link_event_keys_key ON link_event_keys(key);

-- How many linked documents use each content term (for weighting event terms).
CREATE TABLE link_term_df (
    term  TEXT PRIMARY KEY,
    df    INTEGER NOT NULL
);

-- Where each claim comes from: its speaker's canonical entity, or the source an outlet cites.
CREATE TABLE link_claim_origins (
    claim_id     INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    speaker_id   INTEGER REFERENCES link_entities(id) ON DELETE SET NULL,
    origin       TEXT NOT NULL,               -- key: 'e:<canonical id>', 'n:<name>' or 'doc:<id>:...'
    origin_name  TEXT NOT NULL,
    via          TEXT                         -- e.g. 'cited by the outlet', 'forwarded from'
);
CREATE INDEX link_claim_origins_speaker ON link_claim_origins(speaker_id);
CREATE INDEX link_claim_origins_origin ON link_claim_origins(origin);

-- Relations between claims about the same event.
CREATE TABLE link_claim_relations (
    id           INTEGER PRIMARY KEY,
    claim_a      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    claim_b      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    type         TEXT NOT NULL CHECK (type IN ('corroborates', 'contradicts')),
    reason       TEXT NOT NULL,
    independent  INTEGER NOT NULL,            -- 1 when the two claims have different origins
    confidence   REAL NOT NULL,
    event_id     INTEGER REFERENCES link_events(id) ON DELETE SET NULL,
    UNIQUE (claim_a, claim_b),
    CHECK (claim_a < claim_b)
);
CREATE INDEX link_claim_relations_b ON link_claim_relations(claim_b);
CREATE INDEX link_claim_relations_event ON link_claim_relations(event_id);

-- Index of allegations (never a verdict): claims and documents that allege acts under a provision.
CREATE TABLE link_legal (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    claim_id     INTEGER REFERENCES claims(id) ON DELETE CASCADE,   -- NULL: the document's own voice
    framework    TEXT NOT NULL,
    provision    TEXT NOT NULL,
    label        TEXT NOT NULL,
    trigger      TEXT NOT NULL,
    start        INTEGER NOT NULL,            -- offsets into articles.body
    "end"        INTEGER NOT NULL,
    speaker      TEXT,
    polarity     TEXT NOT NULL CHECK (polarity IN ('alleges', 'denies'))
);
CREATE INDEX link_legal_document ON link_legal(document_id);
CREATE INDEX link_legal_provision ON link_legal(framework, provision);
