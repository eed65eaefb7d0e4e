package org.dataprice.index.transaction;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deal concluded on the exchange (场内成交), as the index copies it into a trade ({@link DealImport}):
 * the exchange's own transaction prices are the index's first source (CPI Manual 2020, ¶6.98–6.103: scanner
 * and transaction data as price sources, unit values from value and quantity). Immutable.
 *
 * @param id         the deal id, kept by the trade it becomes; not blank
 * @param productId  the product; not blank
 * @param category   the deal's data category ({@code PUBLIC}, {@code ENTERPRISE}, {@code PERSONAL}); not null
 * @param dealDate   the deal date (UTC); not null
 * @param totalPrice the total paid, &ge; 0 (a zero-priced deal is refused by the trade-value bound, not here)
 * @param quantity   the units sold, &gt; 0
 * @param currency   the ISO 4217 code of the total; not blank
 */
public record MarketDeal(String id, String productId, String category, LocalDate dealDate, BigDecimal totalPrice,
                         BigDecimal quantity, String currency) {
    /** Validates. */
    public MarketDeal {
        Require.notBlank(id, "id");
        Require.notBlank(productId, "productId");
        Require.notNull(category, "category");
        Require.notNull(dealDate, "dealDate");
        Require.notNull(totalPrice, "totalPrice");
        Require.that(totalPrice.signum() >= 0, "totalPrice", totalPrice, Rule.AT_LEAST, 0);
        Require.notNull(quantity, "quantity");
        Require.that(quantity.signum() > 0, "quantity", quantity, Rule.GREATER_THAN, 0);
        Require.notBlank(currency, "currency");
    }

    /**
     * The exact unit value, unrounded: total / quantity (in {@code double}), so that Σ price × quantity over the
     * copied trades reproduces the deal totals (a fixed-price volume purchase stores a unit price rounded to the
     * fen; dividing the total avoids that rounding).
     *
     * @return total / quantity
     */
    public double unitValue() {
        return totalPrice.doubleValue() / quantity.doubleValue();
    }
}
