package org.dataprice.split.pool;

import org.dataprice.error.Require;
import org.dataprice.money.Money;

import java.time.LocalDate;

/**
 * One concluded deal's revenue, as a settlement draws it into a period's pool.
 *
 * @param dealId   the deal's id (named in the settlement's explanation and in errors)
 * @param dealDate the deal date (UTC)
 * @param total    the deal's total price (unit price × quantity, as recorded with the deal)
 */
public record DealRevenue(String dealId, LocalDate dealDate, Money total) {
    /** Validates. */
    public DealRevenue {
        Require.notBlank(dealId, "dealId");
        Require.notNull(dealDate, "dealDate");
        Require.notNull(total, "total");
    }
}
