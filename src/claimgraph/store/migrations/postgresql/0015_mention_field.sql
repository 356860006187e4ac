-- PostgreSQL: where a mention's offsets point, body or headline (as ../0015_mention_field.sql).
ALTER TABLE entity_mentions ADD COLUMN field TEXT NOT NULL DEFAULT 'body' CHECK (field IN ('body', 'headline'));
