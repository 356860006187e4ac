-- PostgreSQL: analyses recorded before they start (as ../0008_analysis_attempts.sql).
CREATE TABLE analysis_attempts (
    document_id  BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    stage        TEXT NOT NULL CHECK (stage IN ('extracting', 'extracted', 'linking', 'failed')),
    batch        BIGINT NOT NULL,
    started_at   TEXT NOT NULL,
    reason       TEXT
);
CREATE INDEX analysis_attempts_stage ON analysis_attempts(stage);
