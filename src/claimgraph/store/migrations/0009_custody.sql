-- The store's mirror of the custody record (<home>/custody.jsonl, docs/custody.md), for look-ups
-- by SHA-256. The file is the record; 'claimgraph verify' checks that this table says the same.
-- Append-only: the triggers refuse updates and deletes (they do not stop someone who edits the
-- file with another tool, which is why verify compares the two).

CREATE TABLE custody (
    seq     INTEGER PRIMARY KEY CHECK (seq >= 1),
    hash    TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
    prev    TEXT NOT NULL,
    action  TEXT NOT NULL,
    sha256  TEXT,               -- the bytes the entry concerns; NULL for merge/split/export of claims
    at      TEXT NOT NULL,
    entry   TEXT NOT NULL       -- the log line exactly as written to the file
);
CREATE INDEX custody_sha256 ON custody(sha256, seq);

CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody BEGIN
    SELECT RAISE(ABORT, 'the custody record is append-only');
END;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody BEGIN
    SELECT RAISE(ABORT, 'the custody record is append-only');
END;
