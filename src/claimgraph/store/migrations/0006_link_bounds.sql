-- Bounded lookups for the linking stage, so that linking one document costs about the same however
-- large the store grows (docs/benchmarks.md, "Cost as the store grows").

-- A blocking key's newest canonical entities are read straight off the index: on (key) alone
-- SQLite had to fetch and sort every entity sharing a weak key before taking the newest 20.
DROP INDEX link_entity_keys_key;
CREATE INDEX link_entity_keys_key ON link_entity_keys(key, canonical_id);

-- A member's document date (link_documents.day, copied), so that the number of documents in the
-- date window naming an entity is one index range, not a pass over every document that ever
-- named it (a country, "the Ministry of Defence").
ALTER TABLE link_entity_members ADD COLUMN day TEXT;
UPDATE link_entity_members SET day = (SELECT l.day FROM link_documents l WHERE l.document_id = link_entity_members.document_id);
DROP INDEX link_entity_members_canonical;
CREATE INDEX link_entity_members_canonical ON link_entity_members(canonical_id, day, document_id);

-- Term document frequencies are also kept per month ('2026-03|hospital'), so that a term's weight
-- for events comes from the months of the date window, as an entity's does: a country's
-- adjective is common in its own war's reporting however rare it is in the store at large.
-- Counted here from the documents already linked.
INSERT INTO link_term_df(term, df)
SELECT substr(json_extract(d.features, '$.date'), 1, 7) || '|' || t.key, count(*)
FROM link_event_documents d, json_each(d.features, '$.terms') t
WHERE json_extract(d.features, '$.date') IS NOT NULL
GROUP BY 1
ON CONFLICT(term) DO UPDATE SET df = df + excluded.df;
