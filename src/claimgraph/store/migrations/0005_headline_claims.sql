-- Claims read in the headline ("Minister: 'we will rebuild'"). Their offsets are into
-- articles.headline, not the body, so they live beside the article, not in the claims table
-- (which the linker and the body highlighter read with body offsets).
ALTER TABLE articles ADD COLUMN headline_claims TEXT NOT NULL DEFAULT '[]';
