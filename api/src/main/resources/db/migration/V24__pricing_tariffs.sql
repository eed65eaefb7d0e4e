-- Public-data tariffs (发改价格〔2025〕65号) and their periods. A tariff belongs to one public-data
-- product; each period holds the tiered unit prices (cumulative bands), the scenario discounts and
-- the price cap they were checked against, valid in [valid_from, valid_until). Periods of one tariff
-- never overlap: adding one bumps the tariff's version (UPDATE ... WHERE version = ?), so two
-- concurrent additions cannot both pass the overlap check. Tiers and discounts are JSON text
-- ([{"fromVolume":0,"unitPrice":0.10}], [{"scenario":"sme","discount":0.2}]).
CREATE TABLE pricing_tariff (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    product_id  VARCHAR(200) NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    trial       BOOLEAN      NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX pricing_tariff_product ON pricing_tariff (product_id);

CREATE TABLE pricing_tariff_period (
    id           VARCHAR(64)    NOT NULL PRIMARY KEY,
    tariff_id    VARCHAR(64)    NOT NULL REFERENCES pricing_tariff (id),
    valid_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    cap          NUMERIC(24, 4),
    tiers        TEXT           NOT NULL,
    discounts    TEXT           NOT NULL,
    created_by   VARCHAR(200)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pricing_tariff_period_tariff ON pricing_tariff_period (tariff_id, valid_from);
