-- PostgreSQL: the wire or site a page credits its story to (as ../0007_article_reprinted_from.sql).
ALTER TABLE articles ADD COLUMN reprinted_from TEXT;
