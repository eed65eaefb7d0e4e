-- The data-asset registry (issue 16, org.dataprice.api.registry, docs/registry.md "API step"). One row per event
-- of a registration (register, amend, transfer, license, suspend, reinstate, cancel), inserted once and never
-- changed: the event's canonical JSON body as the core hashed it (RFC 8785, org.dataprice.registry.RecordedEvent),
-- its hash and the previous event's hash, so the history replays and checks in the core (Registration.replay).
-- sequence numbers a registration's events 1, 2, ...; it is taken inside the inserting transaction, which is
-- retried whole when a concurrent event took the same number (the unique key). Each row is a record of the
-- hash-chained ledger 'registry-events' (org.dataprice.api.ledger.Ledger.REGISTRY_EVENTS), appended in the
-- inserting transaction; the certificate each event issues is an issued_document (subject_kind
-- 'registration-certificate', revision = sequence, format 'jws') in the same transaction. A new ledger has no
-- older rows to adopt. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE registry_event (
    id              VARCHAR(100) NOT NULL PRIMARY KEY,
    registration_id VARCHAR(64)  NOT NULL,
    sequence        BIGINT       NOT NULL,
    event_type      VARCHAR(16)  NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    body            TEXT         NOT NULL,
    hash            VARCHAR(64)  NOT NULL,
    previous_hash   VARCHAR(64)  NOT NULL,
    CONSTRAINT registry_event_number UNIQUE (registration_id, sequence),
    CONSTRAINT registry_event_number_positive CHECK (sequence >= 1),
    CONSTRAINT registry_event_type CHECK (event_type IN ('register', 'amend', 'transfer', 'license', 'suspend',
        'reinstate', 'cancel'))
);
CREATE INDEX registry_event_hash ON registry_event (hash);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('registry-events', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);

-- The public verification finds a certificate by its hash (GET /v1/certificates/verification?hash=...).
CREATE INDEX issued_document_hash ON issued_document (subject_kind, sha256);
