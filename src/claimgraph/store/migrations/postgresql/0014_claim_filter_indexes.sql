-- PostgreSQL: what each claims filter of the API needs to hand back its rows in id order (as
-- ../0014_claim_filter_indexes.sql). A PostgreSQL index does not end with the row's id as
-- SQLite's do: id is named as the last key column, and document_id is carried (INCLUDE) where a
-- date filter joins the claim's article, so that those scans need no table row either.
-- Plain CREATE INDEX, not CONCURRENTLY: migrations run in one transaction (CONCURRENTLY cannot).
-- IF NOT EXISTS, so that on a store too large to block its writers for that long an
-- administrator can create these three CONCURRENTLY first (docs/postgresql.md).
CREATE INDEX IF NOT EXISTS claims_speaker_id ON claims(speaker, id) INCLUDE (document_id);
CREATE INDEX IF NOT EXISTS claims_speaker_kind ON claims(speaker, kind, id);
CREATE INDEX IF NOT EXISTS claims_kind_stance ON claims(kind, stance, id) INCLUDE (document_id);

CREATE TABLE claim_mentions (
    claim_id  BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    PRIMARY KEY (claim_id, name)
);
CREATE INDEX claim_mentions_name ON claim_mentions(name, claim_id);
INSERT INTO claim_mentions(claim_id, name)
SELECT DISTINCT c.id, e.name FROM entities e JOIN entity_mentions m ON m.entity_id = e.id
  JOIN claims c ON c.document_id = e.document_id AND m.start >= c.start AND m."end" <= c."end";
-- Last: dropping an index locks its table against readers too, until the migration commits.
DROP INDEX claims_speaker;   -- (speaker): claims_speaker_id does its work
