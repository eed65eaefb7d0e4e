-- Authorisation records (issue 16, 授权、存证; org.dataprice.api.registry.AuthorisationService, docs/registry.md
-- "Authorisation records over HTTP"): one append-only ledger of public-data authorised-operation agreements,
-- enterprise and personal data authorisations and their revocations. One row per record, inserted once and never
-- changed: the record's canonical JSON body as the core hashed it (RFC 8785,
-- org.dataprice.registry.authorisation.AuthorisationRecord.body()), its hash and the previous record's hash, so the
-- whole ledger replays and checks in the core (AuthorisationLedger.replay). sequence numbers the records 1, 2, ...
-- across the ledger; it is taken inside the inserting transaction, which is retried whole when a concurrent record
-- took the same number (the unique key). subject_id is the agreement or authorisation concerned (the revoked one for
-- a revocation); id is '<record_type>/<subject_id>'. Each row is a record of the hash-chained ledger 'authorisation-records'
-- (org.dataprice.api.ledger.Ledger.AUTHORISATION_RECORDS), appended in the inserting transaction. A new ledger has
-- no older rows to adopt. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE authorisation_record (
    id            VARCHAR(100) NOT NULL PRIMARY KEY,
    sequence      BIGINT       NOT NULL,
    record_type   VARCHAR(16)  NOT NULL,
    subject_id    VARCHAR(64)  NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    body          TEXT         NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    previous_hash VARCHAR(64)  NOT NULL,
    CONSTRAINT authorisation_record_number UNIQUE (sequence),
    CONSTRAINT authorisation_record_number_positive CHECK (sequence >= 1),
    CONSTRAINT authorisation_record_type CHECK (record_type IN ('agree', 'authorise', 'revoke'))
);
CREATE INDEX authorisation_record_subject ON authorisation_record (subject_id);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('authorisation-records', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
