-- From this version the claim of an Idempotency-Key is made inside the request's own transaction
-- and committed only together with the request's writes and its answer (state COMPLETED). A row
-- still IN_PROGRESS was left by an earlier version whose request died before it answered: its work
-- either committed without its answer or never ran, and no retry could tell which; such rows are
-- removed so that the key may be used again (the earlier version would have taken it over too).
DELETE FROM idempotency_record WHERE state = 'IN_PROGRESS';
