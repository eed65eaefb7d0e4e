-- Corrections of index trades (issue 11, docs/price-index.md "Corrections"). Append-only: a trade loaded
-- by mistake is voided or amended by a new row here, never by an UPDATE or DELETE of index_transaction.
-- seq numbers the corrections of one trade 1, 2, ...; the unique (index_id, trade_id, seq) makes two
-- concurrent corrections of one trade (two requests, two instances) unable to both pass the check against
-- the same history: one INSERT wins, the other is answered 409 and re-checked on retry.
-- action VOID has no new values; AMEND has at least one (NULL keeps the trade's value).
-- Each row is a record of the hash-chained ledger 'index-corrections' (org.dataprice.api.ledger), chained in
-- the transaction that inserts it. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE index_correction (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    index_id    VARCHAR(64)   NOT NULL REFERENCES index_definition (id),
    trade_id    BIGINT        NOT NULL REFERENCES index_transaction (id),
    trade_ref   VARCHAR(200)  NOT NULL,
    seq         INTEGER       NOT NULL,
    action      VARCHAR(8)    NOT NULL,
    product_id  VARCHAR(100),
    period      VARCHAR(7),
    price       DOUBLE PRECISION,
    quantity    DOUBLE PRECISION,
    reason      VARCHAR(500)  NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT index_correction_seq UNIQUE (index_id, trade_id, seq),
    CONSTRAINT index_correction_action CHECK (action IN ('VOID', 'AMEND'))
);
CREATE INDEX index_correction_index ON index_correction (index_id, created_at);

-- The corrections a release applied for the first time (their ids, comma-separated, oldest first); NULL when
-- none. A nullable column: the ledger digest leaves NULL out, so every release chained before keeps its hash,
-- and a release that applied corrections has them covered by its hash.
ALTER TABLE index_release ADD COLUMN corrections TEXT;

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('index-corrections', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
