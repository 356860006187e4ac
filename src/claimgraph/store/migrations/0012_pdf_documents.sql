-- Documents of kind 'pdf' (PDF reports read from their text layer).
--
-- SQLite cannot alter a CHECK constraint, and rebuilding `documents` would cascade-delete every
-- article, claim and link that references it (foreign keys are on and cannot be switched off
-- inside the migration's transaction). Widening a CHECK changes no stored row, which is the
-- case the SQLite manual allows to edit in place through writable_schema. RESET makes this
-- connection re-read the schema (and ends writable_schema); the index created after it bumps the
-- schema cookie so that every other connection re-reads it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, 'CHECK (kind IN (''text'', ''html'', ''telegram''))',
                          'CHECK (kind IN (''text'', ''html'', ''telegram'', ''pdf''))')
 WHERE type = 'table' AND name = 'documents';
PRAGMA writable_schema = RESET;
CREATE INDEX IF NOT EXISTS documents_kind ON documents(kind);
