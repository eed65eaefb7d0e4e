-- Flexible columns and the time-dummy hedonic method through the API (issue 11). Portable SQL
-- (PostgreSQL and H2 in PostgreSQL mode); both columns are nullable, so rows written before this
-- migration, and their ledger hashes (a NULL column is left out of a row digest), are unchanged.

-- The characteristics of a trade, for an index whose definition names characteristic columns: the
-- values as loaded (plain decimals, checked by the loader), separated by ';', in the order of the
-- definition's columns.characteristics (a definition never changes). NULL for an index without them.
ALTER TABLE index_transaction ADD COLUMN characteristics VARCHAR(2000);

-- The explanation of a release computed by the time-dummy hedonic method (coefficients with standard
-- errors, observations, products, characteristics, fit, warnings), JSON, inserted with the release and
-- covered by its ledger hash. NULL for every other method.
ALTER TABLE index_release ADD COLUMN explanation_json TEXT;
