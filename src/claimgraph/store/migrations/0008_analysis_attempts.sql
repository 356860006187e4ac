-- An analysis (extraction, then linking) is recorded before it starts, so that one killed part-way
-- (a page that exhausts time or memory) is not retried by every later ingest: an attempt that
-- never finished is marked failed and skipped, until `claimgraph reanalyse` retries it.
-- The row goes when the document is linked.
CREATE TABLE analysis_attempts (
    document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    stage        TEXT NOT NULL CHECK (stage IN ('extracting', 'extracted', 'linking', 'failed')),
    batch        INTEGER NOT NULL,   -- documents extracted together (a kill blames only a document analysed alone)
    started_at   TEXT NOT NULL,
    reason       TEXT                -- why it failed
);
CREATE INDEX analysis_attempts_stage ON analysis_attempts(stage);
