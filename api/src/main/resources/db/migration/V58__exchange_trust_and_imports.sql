-- Exchange-to-exchange (issue 16, plan §8/§10; org.dataprice.api.exchange, docs/registry.md "Exchange-to-exchange over HTTP").
-- exchange_trust_event: the administrator's trust list of other exchanges' keys, append-only. An ADD trusts one
-- published Ed25519 key (RFC 8037 x, its RFC 7638 thumbprint kid, validity) of an exchange; a RETIRE retires a trusted
-- key from retired_at on. Each key is added once and retired at most once (the unique key). Who, when and why on
-- every row. The list is the replay of the rows in seq order (core TrustList.add / retire).
-- exchange_import: one row per recognised bundle (never for a refused one): the bundle text as received, its SHA-256
-- (unique: the same bundle twice is recognised once), the exporter and the key id that signed it.
-- exchange_foreign_record: the recognised records of an import, known as exporter:id, with their canonical JSON.
-- Both roots are records of hash-chained ledgers ('exchange-trust', 'exchange-imports', org.dataprice.api.ledger.Ledger),
-- appended in the inserting transaction; new ledgers have no older rows to adopt. Portable SQL (PostgreSQL and H2).
CREATE TABLE exchange_trust_event (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    seq         BIGINT       NOT NULL,
    action      VARCHAR(8)   NOT NULL,
    exchange_id VARCHAR(64)  NOT NULL,
    kid         VARCHAR(64)  NOT NULL,
    x           VARCHAR(64),
    valid_from  TIMESTAMP WITH TIME ZONE,
    retired_at  TIMESTAMP WITH TIME ZONE,
    reason      VARCHAR(500) NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exchange_trust_event_seq UNIQUE (seq),
    CONSTRAINT exchange_trust_event_once UNIQUE (kid, action),
    CONSTRAINT exchange_trust_event_action CHECK (action IN ('ADD', 'RETIRE')),
    CONSTRAINT exchange_trust_event_add CHECK (action <> 'ADD' OR (x IS NOT NULL AND valid_from IS NOT NULL)),
    CONSTRAINT exchange_trust_event_retire CHECK (action <> 'RETIRE' OR retired_at IS NOT NULL)
);

CREATE TABLE exchange_import (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    bundle_hash VARCHAR(64)  NOT NULL,
    exporter    VARCHAR(64)  NOT NULL,
    kid         VARCHAR(64)  NOT NULL,
    bundle      TEXT         NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by VARCHAR(200) NOT NULL,
    CONSTRAINT exchange_import_once UNIQUE (bundle_hash)
);

CREATE TABLE exchange_foreign_record (
    import_id   VARCHAR(36)  NOT NULL REFERENCES exchange_import (id),
    kind        VARCHAR(16)  NOT NULL,
    record_id   VARCHAR(130) NOT NULL,
    body        TEXT         NOT NULL,
    PRIMARY KEY (import_id, kind, record_id),
    CONSTRAINT exchange_foreign_record_kind CHECK (kind IN ('REGISTRATION', 'LISTING', 'DEAL', 'INDEX_RELEASE'))
);
CREATE INDEX exchange_foreign_record_by_id ON exchange_foreign_record (record_id);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('exchange-trust', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE),
    ('exchange-imports', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
