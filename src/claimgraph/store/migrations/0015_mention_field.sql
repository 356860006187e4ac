-- Where a mention's offsets point: 'body' (articles.body, as every mention before this one) or
-- 'headline' (articles.headline: an entity the headline names). Readers that place mentions by
-- their offsets in the body (claim_mentions, the body highlighter, the linker's context and its
-- "claims about" filter) read only body mentions.
ALTER TABLE entity_mentions ADD COLUMN field TEXT NOT NULL DEFAULT 'body' CHECK (field IN ('body', 'headline'));
