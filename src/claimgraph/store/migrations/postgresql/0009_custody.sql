-- PostgreSQL: the store's mirror of the custody record (as ../0009_custody.sql); append-only.
CREATE TABLE custody (
    seq     BIGINT PRIMARY KEY CHECK (seq >= 1),
    hash    TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
    prev    TEXT NOT NULL,
    action  TEXT NOT NULL,
    sha256  TEXT,
    at      TEXT NOT NULL,
    entry   TEXT NOT NULL
);
CREATE INDEX custody_sha256 ON custody(sha256, seq);

CREATE FUNCTION custody_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the custody record is append-only';
END $$;
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody FOR EACH ROW EXECUTE FUNCTION custody_append_only();
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody FOR EACH ROW EXECUTE FUNCTION custody_append_only();
