-- Issued documents (org.dataprice.api.document, docs/api.md "Issued documents never change"). Every
-- rendering the service hands out as a document -- a valuation report's canonical JSON snapshot, its HTML,
-- its cash-flow CSV and its PDF -- is stored here, byte for byte, the first time it is issued, and every
-- later read answers these bytes. Rows are inserted once and never updated or deleted; a rendering by a
-- newer library is a new revision (revision + 1) that keeps the old rows. Each row is a record of the
-- hash-chained ledger 'documents' (V41), so a changed byte is detected by GET /v1/ledgers/verification.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode; BYTEA is H2's alias of BINARY VARYING).
CREATE TABLE issued_document (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    subject_kind    VARCHAR(32)  NOT NULL,
    subject_id      VARCHAR(200) NOT NULL,
    revision        INTEGER      NOT NULL,
    format          VARCHAR(8)   NOT NULL,
    media_type      VARCHAR(100) NOT NULL,
    content         BYTEA        NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    library_version VARCHAR(64)  NOT NULL,
    input_hash      VARCHAR(64)  NOT NULL,
    renderer        VARCHAR(100) NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by       VARCHAR(200) NOT NULL,
    CONSTRAINT issued_document_once UNIQUE (subject_kind, subject_id, revision, format),
    CONSTRAINT issued_document_revision CHECK (revision >= 1),
    CONSTRAINT issued_document_size CHECK (size_bytes >= 0)
);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('documents', 0, '0000000000000000000000000000000000000000000000000000000000000000', FALSE);
