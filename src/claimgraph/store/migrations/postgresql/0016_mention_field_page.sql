-- PostgreSQL: a mention may also point into the page's whole decoded text (as ../0016_mention_field_page.sql).
ALTER TABLE entity_mentions DROP CONSTRAINT IF EXISTS entity_mentions_field_check;
ALTER TABLE entity_mentions ADD CONSTRAINT entity_mentions_field_check CHECK (field IN ('body', 'headline', 'page'));
