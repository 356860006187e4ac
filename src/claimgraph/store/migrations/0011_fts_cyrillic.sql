-- Search in Cyrillic: the index holds a folded copy of title and body (ё→е, ї→і, ґ→г, one
-- letter for one, so snippet offsets hold) and the Ukrainian apostrophe ʼ separates words like
-- ' and ’ do, so п'ятниця, п’ятниця and пʼятниця are found alike. unicode61 already folds case
-- for Cyrillic but not these letters. Queries are folded the same way (store.fold_search_text).
DROP TRIGGER IF EXISTS documents_ai;
DROP TRIGGER IF EXISTS documents_ad;
DROP TRIGGER IF EXISTS documents_au;
DROP TABLE IF EXISTS documents_fts;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body,
    content = 'documents', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 separators 'ʼ'"
);

CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, replace(replace(replace(replace(replace(replace(new.title, 'ё', 'е'), 'Ё', 'Е'), 'ї', 'і'), 'Ї', 'І'), 'ґ', 'г'), 'Ґ', 'Г'), replace(replace(replace(replace(replace(replace(new.body, 'ё', 'е'), 'Ё', 'Е'), 'ї', 'і'), 'Ї', 'І'), 'ґ', 'г'), 'Ґ', 'Г'));
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.id, replace(replace(replace(replace(replace(replace(old.title, 'ё', 'е'), 'Ё', 'Е'), 'ї', 'і'), 'Ї', 'І'), 'ґ', 'г'), 'Ґ', 'Г'), replace(replace(replace(replace(replace(replace(old.body, 'ё', 'е'), 'Ё', 'Е'), 'ї', 'і'), 'Ї', 'І'), 'ґ', 'г'), 'Ґ', 'Г'));
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, body ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.id, replace(replace(replace(replace(replace(replace(old.title, 'ё', 'е'), 'Ё', 'Е'), 'ї', 'і'), 'Ї', 'І'), 'ґ', 'г'), 'Ґ', 'Г'), replace(replace(replace(replace(replace(replace(old.body, 'ё', 'е'), 'Ё', 'Е'), 'ї', 'і'), 'Ї', 'І'), 'ґ', 'г'), 'Ґ', 'Г'));
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, replace(replace(replace(replace(replace(replace(new.title, 'ё', 'е'), 'Ё', 'Е'), 'ї', 'і'), 'Ї', 'І'), 'ґ', 'г'), 'Ґ', 'Г'), replace(replace(replace(replace(replace(replace(new.body, 'ё', 'е'), 'Ё', 'Е'), 'ї', 'і'), 'Ї', 'І'), 'ґ', 'г'), 'Ґ', 'Г'));
END;

INSERT INTO documents_fts(rowid, title, body) SELECT id, replace(replace(replace(replace(replace(replace(title, 'ё', 'е'), 'Ё', 'Е'), 'ї', 'і'), 'Ї', 'І'), 'ґ', 'г'), 'Ґ', 'Г'), replace(replace(replace(replace(replace(replace(body, 'ё', 'е'), 'Ё', 'Е'), 'ї', 'і'), 'Ї', 'І'), 'ґ', 'г'), 'Ґ', 'Г') FROM documents;
