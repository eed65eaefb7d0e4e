-- Tamper-evident ledgers (org.dataprice.api.ledger, docs/api.md "Tamper-evident ledgers"). Every
-- append-only business record (a settlement with its periods, statements, lines and principals; a deal;
-- a negotiation offer; a fixed-price purchase; an index release with its observations; a valuation) gets
-- one ledger_entry, written in the transaction that inserts the record:
--   content_hash = SHA-256 of the canonical rendering of the record as read back from its tables
--   chain_hash   = SHA-256(prev chain_hash || content_hash || seq || record_id)
-- ledger_head holds the last seq and chain_hash of each ledger; appends lock its row, so the entries of
-- one ledger form a single chain even with several instances on one database. Hashes are lower-case hex.
-- adopted = FALSE until the service has chained the records that existed before this migration (once, on
-- its first start, oldest first); after that a record without an entry is a foreign row.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE ledger_head (
    ledger     VARCHAR(32) NOT NULL PRIMARY KEY,
    seq        BIGINT      NOT NULL,
    chain_hash VARCHAR(64) NOT NULL,
    adopted    BOOLEAN     NOT NULL
);

CREATE TABLE ledger_entry (
    ledger       VARCHAR(32)  NOT NULL,
    seq          BIGINT       NOT NULL,
    record_id    VARCHAR(200) NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    prev_hash    VARCHAR(64)  NOT NULL,
    chain_hash   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (ledger, seq),
    CONSTRAINT ledger_entry_record UNIQUE (ledger, record_id)
);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('settlements', 0, '0000000000000000000000000000000000000000000000000000000000000000', FALSE),
    ('deals', 0, '0000000000000000000000000000000000000000000000000000000000000000', FALSE),
    ('offers', 0, '0000000000000000000000000000000000000000000000000000000000000000', FALSE),
    ('purchases', 0, '0000000000000000000000000000000000000000000000000000000000000000', FALSE),
    ('index-releases', 0, '0000000000000000000000000000000000000000000000000000000000000000', FALSE),
    ('valuations', 0, '0000000000000000000000000000000000000000000000000000000000000000', FALSE);
