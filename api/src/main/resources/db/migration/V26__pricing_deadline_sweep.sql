-- The deadline sweep (DeadlineSweeper, docs/pricing.md "Deadlines without a caller") looks for open
-- negotiations and auctions whose deadline has passed.
CREATE INDEX pricing_negotiation_status_deadline ON pricing_negotiation (status, deadline);
CREATE INDEX pricing_auction_closed_deadline ON pricing_auction (closed, deadline);
