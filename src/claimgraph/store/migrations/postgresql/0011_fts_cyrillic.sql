-- PostgreSQL: search in Cyrillic (as ../0011_fts_cyrillic.sql). The index reads title and body
-- through a 'simple' configuration with unaccent (postgresql-contrib: removes Latin diacritics and
-- folds ё→е, ї→і), after the same one-for-one folding the SQLite index does (ё→е, ї→і, ґ→г); the
-- Ukrainian apostrophe ʼ and ’ separate words as ' does. Queries are folded alike
-- (store.fold_search_text).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION claimgraph_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION claimgraph_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;

DROP INDEX documents_search;
ALTER TABLE documents DROP COLUMN search;
ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('claimgraph_search'::regconfig,
                translate(coalesce(title, '') || ' ' || body, 'ёЁїЇґҐʼ’', 'еЕіІгГ'''''))) STORED;
CREATE INDEX documents_search ON documents USING gin (search);
