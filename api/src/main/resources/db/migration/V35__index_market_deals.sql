-- Market deals as an index transaction source (docs/price-index.md, "Transactions from the market's
-- deals"). A transaction copied from a concluded deal of pricing_deal keeps the deal's id; the unique
-- (index_id, deal_id) makes the copy exactly-once per index and deal, across retries and instances.
-- Rows loaded from CSV or JSON have no deal (NULL, and NULLs never collide in a unique index).
ALTER TABLE index_transaction ADD COLUMN deal_id VARCHAR(64);
CREATE UNIQUE INDEX index_transaction_deal ON index_transaction (index_id, deal_id);
