-- Supervision (issue 15): the per-deal index-jump check reads the listing's previous deal as the deal is recorded,
-- one indexed read (listing_id, concluded_at) instead of a scan of the listing's deals.
CREATE INDEX pricing_deal_listing_concluded ON pricing_deal (listing_id, concluded_at);
