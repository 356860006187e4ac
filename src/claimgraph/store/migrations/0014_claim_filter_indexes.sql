-- What each claims filter of the API needs to hand back its rows in id order, the order the
-- claims API pages in (store/queries.py claims_page: "... WHERE c.id > ? AND <filters> ORDER BY
-- c.id LIMIT ?"), so that a page reads about its own rows instead of every row the filter
-- matches (issue #16: the API at 1,000,000 claims). SQLite ends every index with the rowid
-- (= claims.id), so (speaker, kind) is in id order within one speaker and kind.
--
-- speaker + kind: read from the index alone.
CREATE INDEX claims_speaker_kind ON claims(speaker, kind);
-- kind + stance (+ dates): one stance's claims of a kind in id order.
CREATE INDEX claims_kind_stance ON claims(kind, stance);

-- The entity filter's "claims whose span holds a mention of the entity", worked out once when
-- the analysis is saved (Store.save_analysis) instead of on every request: at 1,000,000 claims
-- the join (entities by name -> mentions -> the claims around them) costs thousands of index
-- probes for a frequent name, whatever the page. Rows go with their claim (a re-analysis
-- deletes the document's claims first).
CREATE TABLE claim_mentions (
    claim_id  INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,            -- entities.name of the mentioned entity
    PRIMARY KEY (claim_id, name)
) WITHOUT ROWID;
CREATE INDEX claim_mentions_name ON claim_mentions(name, claim_id);
INSERT INTO claim_mentions(claim_id, name)
SELECT DISTINCT c.id, e.name FROM entities e JOIN entity_mentions m ON m.entity_id = e.id
  JOIN claims c ON c.document_id = e.document_id AND m.start >= c.start AND m."end" <= c."end";
