-- A settlement period's pool may be drawn from recorded deals (POST /v1/settlements, periods[i].deals):
-- pool_source keeps, as JSON, what was drawn -- the product, listing and date range asked for and every deal
-- (id, date, total) summed into the pool -- so the figure names the records it came from. NULL for a pool
-- typed in. The row digest of the settlements ledger leaves NULL columns out, so the content hashes of the
-- settlements recorded before this migration are unchanged.
ALTER TABLE split_settlement_period ADD COLUMN pool_source TEXT;
