package org.dataprice.valuation.market;

import java.util.Currency;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The inputs of the market approach.
 *
 * @param subject                the asset valued; not null
 * @param comparables            the comparable transactions, one currency; at least
 *                               {@link #MIN_COMPARABLES} unless {@code fewComparablesReason} is given;
 *                               at most {@link #MAX_COMPARABLES}; copied
 * @param volumeAdjustment       X4's form; not null
 * @param weighting              mean or similarity weights; not null
 * @param extraAdjustments       caller-supplied factors applied after X1..X5; copied
 * @param maxCoefficientOfVariation the CV of adjusted prices above which a warning is raised, &gt; 0 (e.g. 0.3)
 * @param fewComparablesReason   why fewer than 3 comparables are acceptable; empty when not overriding; not null
 */
public record MarketInputs(MarketSubject subject, List<ComparableTransaction> comparables, VolumeAdjustment volumeAdjustment,
        Weighting weighting, List<MarketAdjustment> extraAdjustments, double maxCoefficientOfVariation, String fewComparablesReason) {
    /** The minimum number of comparables without an override (CAS practice). */
    public static final int MIN_COMPARABLES = 3;
    /** The largest number of comparables accepted. */
    public static final int MAX_COMPARABLES = 10_000;
    /** The default dispersion threshold. */
    public static final double DEFAULT_MAX_CV = 0.3;

    /** Validates. */
    public MarketInputs {
        Require.notNull(subject, "subject");
        comparables = Require.nonEmptyCopy(comparables, "comparables");
        Require.withinLimit(comparables.size(), MAX_COMPARABLES, "comparables", "");
        Require.notNull(fewComparablesReason, "fewComparablesReason");
        if (fewComparablesReason.isBlank()) {
            Require.that(comparables.size() >= MIN_COMPARABLES, "comparables", comparables.size(), Rule.TOO_FEW,
                    MIN_COMPARABLES + " comparables (or give fewComparablesReason)");
        }
        Currency c = comparables.get(0).price().currency();
        for (int i = 0; i < comparables.size(); i++) {
            Currency ci = comparables.get(i).price().currency();
            Require.that(ci.equals(c), "comparables[" + i + "].price", ci, Rule.CURRENCY_MISMATCH, c.getCurrencyCode());
        }
        Require.notNull(volumeAdjustment, "volumeAdjustment");
        Require.notNull(weighting, "weighting");
        extraAdjustments = Require.copyOf(extraAdjustments, "extraAdjustments");
        Require.positive(maxCoefficientOfVariation, "maxCoefficientOfVariation");
    }

    /**
     * Linear volume, arithmetic mean, no extra factors, CV threshold 0.3, at least 3 comparables.
     *
     * @param subject     the subject; not null
     * @param comparables the comparables; not null
     * @return the inputs
     */
    public static MarketInputs of(MarketSubject subject, List<ComparableTransaction> comparables) {
        return new MarketInputs(subject, comparables, VolumeAdjustment.LINEAR, Weighting.ARITHMETIC_MEAN, List.of(), DEFAULT_MAX_CV, "");
    }

    /** @return the currency of the prices */
    public Currency currency() {
        return comparables.get(0).price().currency();
    }
}
