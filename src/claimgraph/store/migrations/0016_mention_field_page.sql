-- A third place a mention's offsets may point: 'page', the page's whole decoded text (the text the
-- archived bytes decode to), for a name in the page's furniture outside the article (a byline, a
-- photo credit, a tag line, a "read also" line). SQLite cannot alter a CHECK: the table is rebuilt
-- (nothing references entity_mentions, so no row elsewhere cascades) and its index made again.
CREATE TABLE entity_mentions_new (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    field      TEXT NOT NULL DEFAULT 'body' CHECK (field IN ('body', 'headline', 'page')),
    CHECK ("end" >= start)
);
INSERT INTO entity_mentions_new(rowid, entity_id, text, start, "end", field)
    SELECT rowid, entity_id, text, start, "end", field FROM entity_mentions;
DROP TABLE entity_mentions;
ALTER TABLE entity_mentions_new RENAME TO entity_mentions;
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
