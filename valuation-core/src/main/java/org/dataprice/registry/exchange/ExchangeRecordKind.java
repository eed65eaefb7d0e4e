package org.dataprice.registry.exchange;

/**
 * The market records an export bundle (version 2) carries besides registrations, each in its own section of
 * the payload. A record's body is the exporter's public JSON view of it, in the canonical subset
 * ({@link org.dataprice.registry.json.CanonicalJson}: decimals as strings).
 */
public enum ExchangeRecordKind {
    /** A listing (挂牌) of a data product: seller, product, quote, terms. Section {@code listings}. */
    LISTING("listings"),
    /** A concluded deal (成交): listing, parties, price, quantity, date. Section {@code deals}. */
    DEAL("deals"),
    /** A published release of a price index (指数发布): the vintage and its series. Section {@code indexReleases}. */
    INDEX_RELEASE("indexReleases");

    private final String section;

    ExchangeRecordKind(String section) {
        this.section = section;
    }

    /** @return the payload member holding the records of this kind */
    public String section() {
        return section;
    }
}
