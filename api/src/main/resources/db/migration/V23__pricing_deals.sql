-- Concluded deals (成交): the comparable-transaction table read by the market approach and the price
-- index. One row per deal, written in the transaction that concludes it (accepting an offer, closing
-- an auction with a sale). unit_price × quantity = total_price; quantity is the number of units of
-- pricing_unit sold (1 for a negotiated or auctioned licence).
CREATE TABLE pricing_deal (
    id            VARCHAR(64)    NOT NULL PRIMARY KEY,
    listing_id    VARCHAR(64)    NOT NULL REFERENCES pricing_listing (id),
    product_id    VARCHAR(200)   NOT NULL,
    category      VARCHAR(32)    NOT NULL,
    data_use      VARCHAR(32)    NOT NULL,
    pricing_unit  VARCHAR(32)    NOT NULL,
    rights_type   VARCHAR(32)    NOT NULL,
    mode          VARCHAR(32)    NOT NULL,
    source_id     VARCHAR(64)    NOT NULL,
    seller_id     VARCHAR(200)   NOT NULL,
    buyer_id      VARCHAR(200)   NOT NULL,
    deal_date     DATE           NOT NULL,
    concluded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    unit_price    NUMERIC(24, 4) NOT NULL,
    quantity      NUMERIC(24, 6) NOT NULL,
    total_price   NUMERIC(24, 4) NOT NULL,
    currency      VARCHAR(3)     NOT NULL,
    CONSTRAINT pricing_deal_source UNIQUE (mode, source_id)
);
CREATE INDEX pricing_deal_product_date ON pricing_deal (product_id, deal_date);
CREATE INDEX pricing_deal_category_date ON pricing_deal (category, deal_date);
