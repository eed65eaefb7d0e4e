package org.dataprice.pricing.band;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * Carries old comparable deals to today's price level with a published monthly price index (指数平减): each
 * deal of month m keeps its price p and gets the index level I_m, and {@link ReferencePrice} computes
 * p × I_now / I_m, where I_now is the level of the latest published month (an index is published with a lag,
 * so the latest level known is the best estimate of today's).
 *
 * <p>Rule: every deal month must have a published level, and no deal may be later than the latest published
 * month (its level would be a guess). A missing level is never taken as 1: the carry is refused with
 * {@link Rule#TOO_FEW} on the index's field, naming the missing months (the first {@link #MAX_NAMED_MONTHS})
 * and the deals that need them. The deflation method is the usual one of a time-series price index
 * (Eurostat, <i>Handbook on Residential Property Prices Indices</i>, 2013, §9.2: a price is brought to
 * another period by the ratio of the index levels). Stateless.
 *
 * @param indexId the index (named in the explanation and in errors); not blank
 * @param series  the series of the index used, e.g. the composite; not blank
 * @param levels  the published levels by month, each &gt; 0 and finite; copied; not empty
 */
public record IndexCarry(String indexId, String series, NavigableMap<YearMonth, Double> levels) {
    /** The most missing months an error names. */
    public static final int MAX_NAMED_MONTHS = 12;

    /** Validates and copies. */
    public IndexCarry {
        Require.notBlank(indexId, "index");
        Require.notBlank(series, "indexSeries");
        Require.notNull(levels, "levels");
        if (levels.isEmpty()) {
            throw new InvalidInputException("index", indexId, Rule.TOO_FEW,
                    "one published level (series " + series + " has none)");
        }
        for (Map.Entry<YearMonth, Double> e : levels.entrySet()) {
            Require.notNull(e.getKey(), "levels");
            Require.positive(Require.notNull(e.getValue(), "levels[" + e.getKey() + "]"), "levels[" + e.getKey() + "]");
        }
        levels = Collections.unmodifiableNavigableMap(new TreeMap<>(levels));
    }

    /**
     * A deal to carry.
     *
     * @param id    the deal's id; not blank
     * @param price its unit price, &gt; 0
     * @param month the month of its deal date; not null
     */
    public record Deal(String id, Money price, YearMonth month) {
        /** Validates. */
        public Deal {
            Require.notBlank(id, "id");
            Require.notNull(price, "price");
            Require.notNull(month, "month");
        }
    }

    /** @return the latest published month, whose level is I_now */
    public YearMonth latestMonth() {
        return levels.lastKey();
    }

    /** @return I_now, the level of the latest published month */
    public double currentLevel() {
        return levels.lastEntry().getValue();
    }

    /**
     * @param deals the deals; not null
     * @return each deal with the level of its month and its id, in order
     * @throws InvalidInputException {@link Rule#TOO_FEW} on {@code index} naming the months without a published level
     */
    public List<ComparableDeal> carry(List<Deal> deals) {
        Require.notNull(deals, "deals");
        List<ComparableDeal> out = new ArrayList<>(deals.size());
        TreeSet<YearMonth> missing = new TreeSet<>();
        List<String> needing = new ArrayList<>();
        for (Deal d : deals) {
            Double level = levels.get(d.month());
            if (level == null) {
                missing.add(d.month());
                if (needing.size() < MAX_NAMED_MONTHS) {
                    needing.add(d.id());
                }
            } else if (missing.isEmpty()) {
                out.add(new ComparableDeal(d.price(), level, d.id()));
            }
        }
        if (!missing.isEmpty()) {
            List<String> named = missing.stream().limit(MAX_NAMED_MONTHS).map(YearMonth::toString).toList();
            throw new InvalidInputException("index", indexId, Rule.TOO_FEW, "a published level of series " + series
                    + " for every month of the comparable deals (a missing level is never taken as 1); "
                    + missing.size() + " month(s) missing: " + named + (missing.size() > MAX_NAMED_MONTHS ? " …" : "")
                    + ", published " + levels.firstKey() + " to " + latestMonth() + ", needed by deals " + needing);
        }
        return out;
    }
}
