package org.dataprice.index.series;

import java.time.Year;
import java.time.YearMonth;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The reference (base) period of an index and its reference value: the arithmetic mean of the index
 * over the months {@code from..to} equals {@code referenceValue} (e.g. 2025 = 100, as HICP; or
 * December 2024 = 1000). Source: Eurostat HICP methodology, Commission Regulation (EU) 2015/2010.
 *
 * @param from           first month of the reference period; not null
 * @param to             last month, not before {@code from}
 * @param referenceValue 100 or 1000
 */
public record IndexBase(YearMonth from, YearMonth to, int referenceValue) {
    /** Validates. */
    public IndexBase {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        Require.that(!to.isBefore(from), "to", to, Rule.AT_LEAST, from);
        Require.that(referenceValue == 100 || referenceValue == 1000, "referenceValue", referenceValue,
                Rule.UNKNOWN, "100, 1000");
    }

    /**
     * @param month          the reference month; not null
     * @param referenceValue 100 or 1000
     * @return month = referenceValue
     */
    public static IndexBase month(YearMonth month, int referenceValue) {
        return new IndexBase(month, month, referenceValue);
    }

    /**
     * @param year           the reference year; not null
     * @param referenceValue 100 or 1000
     * @return the year's twelve-month average = referenceValue
     */
    public static IndexBase year(Year year, int referenceValue) {
        Require.notNull(year, "year");
        return new IndexBase(year.atMonth(1), year.atMonth(12), referenceValue);
    }

    /**
     * @param period a month; not null
     * @return whether it lies in the reference period
     */
    public boolean contains(YearMonth period) {
        return !period.isBefore(from) && !period.isAfter(to);
    }

    /** @return e.g. {@code "2025-01..2025-12=100"} */
    @Override
    public String toString() {
        return (from.equals(to) ? from.toString() : from + ".." + to) + "=" + referenceValue;
    }
}
