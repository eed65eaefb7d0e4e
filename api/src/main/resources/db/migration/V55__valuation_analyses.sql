-- Sensitivity and Monte Carlo analyses stored with their valuation (issue 13: the report shows the latest of each).
-- Append-only: one row per run of POST /v1/valuations/{id}/sensitivity or /monte-carlo, never changed: the request as
-- received (JSON) and the answer as sent (JSON). seq numbers the runs of a valuation 1, 2, ...; it is taken inside the
-- inserting transaction, which is retried whole when a concurrent run took the same seq (the unique key). Each row is a record of the hash-chained ledger 'valuation-analyses'
-- (org.dataprice.api.ledger.Ledger.VALUATION_ANALYSES), appended in the inserting transaction; a new ledger has no
-- older rows to adopt. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE valuation_analysis (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    valuation_id  VARCHAR(36)  NOT NULL REFERENCES valuation (id),
    seq           INTEGER      NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    request_json  TEXT         NOT NULL,
    result_json   TEXT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    CONSTRAINT valuation_analysis_number UNIQUE (valuation_id, seq),
    CONSTRAINT valuation_analysis_number_positive CHECK (seq >= 1),
    CONSTRAINT valuation_analysis_kind CHECK (kind IN ('SENSITIVITY', 'MONTE_CARLO'))
);
CREATE INDEX valuation_analysis_latest ON valuation_analysis (valuation_id, kind, seq);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('valuation-analyses', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
