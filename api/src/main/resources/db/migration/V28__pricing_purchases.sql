-- Purchases from FIXED_PRICE listings (docs/pricing.md §11 "Buying from a fixed-price listing"):
-- a volume priced by the listing's cumulative tiers, or one subscription term. Append-only: a row is
-- written with its deal (pricing_deal, mode FIXED_PRICE, source_id = this id) and never updated.
-- Exactly one of volume / months is set.
CREATE TABLE pricing_purchase (
    id           VARCHAR(64)    NOT NULL PRIMARY KEY,
    listing_id   VARCHAR(64)    NOT NULL REFERENCES pricing_listing (id),
    seller_id    VARCHAR(200)   NOT NULL,
    buyer_id     VARCHAR(200)   NOT NULL,
    kind         VARCHAR(16)    NOT NULL,
    volume       BIGINT,
    months       INTEGER,
    fee          NUMERIC(24, 4) NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    deal_id      VARCHAR(64)    NOT NULL REFERENCES pricing_deal (id),
    purchased_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pricing_purchase_kind CHECK ((kind = 'VOLUME' AND volume IS NOT NULL AND months IS NULL)
        OR (kind = 'SUBSCRIPTION' AND months IS NOT NULL AND volume IS NULL))
);
CREATE INDEX pricing_purchase_listing ON pricing_purchase (listing_id, purchased_at);
