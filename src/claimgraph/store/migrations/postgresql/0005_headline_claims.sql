-- PostgreSQL: claims read in the headline (as ../0005_headline_claims.sql).
ALTER TABLE articles ADD COLUMN headline_claims TEXT NOT NULL DEFAULT '[]';
