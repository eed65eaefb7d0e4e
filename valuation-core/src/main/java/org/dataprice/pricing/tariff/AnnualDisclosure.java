package org.dataprice.pricing.tariff;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * The yearly disclosure of caps and actual fees (due by the end of March; 国家数据局综合司 notice of
 * 2026-02-10, domain-notes §3 item 5), as data: a service renders it.
 *
 * @param year           the year disclosed, 2025..9999
 * @param allowedRevenue the period's MAR; not null
 * @param actualRevenue  the period's actual revenue, = Σ line revenues; not null
 * @param clawback       max(0, actual − MAR), deducted from next period's MAR; not null
 * @param lines          one line per product; copied
 */
public record AnnualDisclosure(int year, Money allowedRevenue, Money actualRevenue, Money clawback,
        List<DisclosureLine> lines) {
    /** Validates. */
    public AnnualDisclosure {
        Require.inClosedRange(year, 2025, 9999, "year");
        Require.notNull(allowedRevenue, "allowedRevenue");
        Require.notNull(actualRevenue, "actualRevenue");
        Require.notNull(clawback, "clawback");
        lines = Require.copyOf(lines, "lines");
    }

    /**
     * @param year           the year
     * @param allowedRevenue the MAR
     * @param lines          the product lines
     * @return the disclosure with actual revenue summed and the clawback computed
     */
    public static AnnualDisclosure of(int year, Money allowedRevenue, List<DisclosureLine> lines) {
        Require.notNull(allowedRevenue, "allowedRevenue");
        Money actual = Money.zero(allowedRevenue.currency());
        for (DisclosureLine l : Require.copyOf(lines, "lines")) {
            actual = actual.plus(l.revenue());
        }
        Money clawback = actual.minus(allowedRevenue).max(Money.zero(actual.currency()));
        return new AnnualDisclosure(year, allowedRevenue, actual, clawback, lines);
    }
}
