-- The article extracted from each document (extraction stage).

CREATE TABLE articles (
    document_id   INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    headline      TEXT,
    author        TEXT,
    published     TEXT,
    section       TEXT,
    outlet        TEXT,
    language      TEXT,
    body          TEXT NOT NULL,             -- claim offsets point into this text
    captions      TEXT NOT NULL DEFAULT '[]', -- JSON [{text, credit}]
    spans         TEXT NOT NULL DEFAULT '{}', -- JSON {field: [{start, end, locator}]}: where each field came from
    extracted_at  TEXT NOT NULL,
    tool_version  TEXT NOT NULL
);
