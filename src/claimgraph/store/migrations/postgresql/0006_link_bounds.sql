-- PostgreSQL: bounded lookups for the linking stage (as ../0006_link_bounds.sql).
DROP INDEX link_entity_keys_key;
CREATE INDEX link_entity_keys_key ON link_entity_keys(key, canonical_id);

ALTER TABLE link_entity_members ADD COLUMN day TEXT;
UPDATE link_entity_members m SET day = (SELECT l.day FROM link_documents l WHERE l.document_id = m.document_id);
DROP INDEX link_entity_members_canonical;
CREATE INDEX link_entity_members_canonical ON link_entity_members(canonical_id, day, document_id);

-- Term document frequencies per month, counted from the documents already linked.
INSERT INTO link_term_df(term, df)
SELECT substr(d.features::jsonb ->> 'date', 1, 7) || '|' || t.key, count(*)
FROM link_event_documents d, jsonb_each(CASE WHEN jsonb_typeof(d.features::jsonb -> 'terms') = 'object'
                                             THEN d.features::jsonb -> 'terms' ELSE '{}'::jsonb END) t
WHERE d.features::jsonb ->> 'date' IS NOT NULL
GROUP BY 1
ON CONFLICT(term) DO UPDATE SET df = link_term_df.df + excluded.df;
