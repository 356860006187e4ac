-- PostgreSQL: documents of kind 'pdf' (as ../0012_pdf_documents.sql).
ALTER TABLE documents DROP CONSTRAINT documents_kind_check;
ALTER TABLE documents ADD CONSTRAINT documents_kind_check CHECK (kind IN ('text', 'html', 'telegram', 'pdf'));
CREATE INDEX IF NOT EXISTS documents_kind ON documents(kind);
