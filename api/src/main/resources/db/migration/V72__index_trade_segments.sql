-- Issue 14, bulk loads on the embedded H2 store (docs/benchmarks.md, "Issue 14: spool-first loads and PostgreSQL
-- COPY", "What a segment store for H2 needs"): a CSV or JSON-lines load's validated trades are kept as binary
-- segments of about 1 MiB instead of one index_transaction row each (three B-tree indexes per row made a
-- 1.37 M-row load cost 34 s of CPU). One row per segment; within a load the trades are ordered by month, then
-- by line, so a month is a contiguous run of segments (period_from..period_to). The body is the spool's
-- encoding (api.index.TradeSpool): per trade line, product, category, month, price, quantity,
-- characteristics; crc32 is its CRC-32 and row_count its trades, both checked when a segment is decoded.
-- line_min..line_max bound the lines a segment holds (a trade is found by <loadId>:<line>). A segment trade's id
-- is trade_base + line, trade_base = 2^62 + n * 2^31 with n from index_segment_load_seq (one per load), a range that
-- index_transaction's generated ids never reach: on its first correction the trade is copied into index_transaction
-- with that id (the primary key makes the copy exactly-once; index_correction.trade_id keeps its foreign key), and
-- every reader reads the copy and skips the trade in its segment. Insert-only;
-- the per-load cell totals stay in index_load_cell. PostgreSQL keeps COPY into index_transaction and never
-- writes here. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE index_trade_segment (
    index_id    VARCHAR(64)  NOT NULL,
    load_id     VARCHAR(36)  NOT NULL,
    seq         INTEGER      NOT NULL,
    period_from VARCHAR(7)   NOT NULL,
    period_to   VARCHAR(7)   NOT NULL,
    line_min    INTEGER      NOT NULL,
    line_max    INTEGER      NOT NULL,
    row_count   INTEGER      NOT NULL,
    crc32       BIGINT       NOT NULL,
    trade_base  BIGINT       NOT NULL,
    body        BYTEA        NOT NULL,
    PRIMARY KEY (index_id, load_id, seq)
);
CREATE INDEX index_trade_segment_period ON index_trade_segment (index_id, period_from);
CREATE SEQUENCE index_segment_load_seq;
