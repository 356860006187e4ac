-- The wire or site a page credits its story to, when that is not the page's outlet
-- ("Reuters" for "KYIV, June 6 (Reuters) -" on another site): kept so that linking can tell
-- two pages carrying one wire story from two independent reports (extract/credits.py).
ALTER TABLE articles ADD COLUMN reprinted_from TEXT;
