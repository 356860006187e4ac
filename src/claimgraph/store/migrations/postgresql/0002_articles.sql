-- PostgreSQL: the article extracted from each document (as ../0002_articles.sql).
CREATE TABLE articles (
    document_id   BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    headline      TEXT,
    author        TEXT,
    published     TEXT,
    section       TEXT,
    outlet        TEXT,
    language      TEXT,
    body          TEXT NOT NULL,
    captions      TEXT NOT NULL DEFAULT '[]',
    spans         TEXT NOT NULL DEFAULT '{}',
    extracted_at  TEXT NOT NULL,
    tool_version  TEXT NOT NULL
);
