package org.dataprice.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.dataprice.money.Money;

/** Small deals for the supervision tests. */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * @return a deal of quantity 1 without band or reference price, at noon UTC of the given day
     */
    public static MonitoredDeal deal(String id, String listing, String seller, String buyer, String category,
            YearMonth month, int day, String price) {
        return deal(id, listing, seller, buyer, category, month, day, price, null, null, null);
    }

    /** @return a deal of quantity 1 with optional band edges and reference price (null for none) */
    public static MonitoredDeal deal(String id, String listing, String seller, String buyer, String category,
            YearMonth month, int day, String price, String lower, String upper, String reference) {
        Instant at = month.atDay(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
        return new MonitoredDeal(id, listing, seller, buyer, category, month, at, Money.cny(price), BigDecimal.ONE,
                lower == null ? null : Money.cny(lower), upper == null ? null : Money.cny(upper),
                reference == null ? null : Money.cny(reference));
    }

    /** @return a deal at an exact time (seconds after the month's start), quantity 1 */
    public static MonitoredDeal at(String id, String seller, String buyer, YearMonth month, long seconds, String price) {
        Instant at = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(seconds);
        return new MonitoredDeal(id, "L-" + seller, seller, buyer, "cat", month, at, Money.cny(price), BigDecimal.ONE,
                null, null, null);
    }
}
