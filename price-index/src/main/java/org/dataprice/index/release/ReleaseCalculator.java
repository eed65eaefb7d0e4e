package org.dataprice.index.release;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.index.IndexMethod;
import org.dataprice.index.IndexResult;
import org.dataprice.index.PricePanel;
import org.dataprice.index.aggregate.SubIndexCalculator;
import org.dataprice.index.aggregate.SubIndexResult;
import org.dataprice.index.method.IndexMethods;
import org.dataprice.index.series.IndexSeries;
import org.dataprice.index.series.ObservationStatus;
import org.dataprice.index.series.Revision;
import org.dataprice.index.series.Vintage;
import org.dataprice.index.series.VintageHistory;
import org.dataprice.index.transaction.UnitValueResult;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 发布计算器 — computes the release of one period: the new vintage of every series of an index from
 * the corrected trades up to that period, the definition's settings and the previous vintage only.
 *
 * <p>Steps, in order:
 * <ol>
 * <li>unit values per product and month ({@link org.dataprice.index.transaction.UnitValueAggregator}, the definition's cleaning rule);
 *     the released month must have a kept trade;</li>
 * <li>the method: {@code IndexMethods.parse} of the settings, or for the time-dummy hedonic method with
 *     characteristic columns, the regression fitted once on the stored characteristics (kept in the
 *     explanation);</li>
 * <li>the composite, and with categories the sub-indices ({@link SubIndexCalculator}, pooled or
 *     aggregated at the weight month), each scaled to the base;</li>
 * <li>statuses: the sufficiency rule on the composite ({@code E} carried forward, or suppressed), the
 *     latest {@code provisionalMonths} months {@code P}, and a measured value that differs from the
 *     previous vintage's by more than {@link VintageHistory#REVISION_THRESHOLD} (relative, after bringing
 *     the previous vintage to the new base) {@code R};</li>
 * <li>revisions: every value that differs from the previous vintage's, whatever its status, with the
 *     release's reason (CPI Manual 2020, publication and dissemination: revisions are published with their reasons);</li>
 * <li>corrections: those in force that the previous vintage had not applied, listed in the explanation
 *     (a correction takes effect as a revision of the next release, never by rewriting a vintage).</li>
 * </ol>
 * Values from the whole history of trades are recomputed each release (the multilateral window moves
 * and late trades revise earlier months, CPI Manual 2020 ch. 10); the past enters only through the
 * previous vintage, so the cost of a release does not depend on how many vintages came before it.
 *
 * <p>Errors: no trade up to the period, or no kept trade in it ({@code period}, {@code too-few}); a
 * period not after the previous vintage's ({@code period}, {@code greater-than}); a series without a
 * value in every month of the base ({@code period}, {@code invalid-state}); a weight month without
 * trades ({@code weightPeriod}, {@code unknown}); the hedonic data errors of the regression. Immutable
 * and stateless: thread-safe.
 */
public final class ReleaseCalculator {
    /** The calculator. */
    public static final ReleaseCalculator DEFAULT = new ReleaseCalculator();

    private ReleaseCalculator() {
    }

    /**
     * @param definition the index's settings; not null
     * @param period     the month released; not null
     * @param date       the release date (realtime start), after the previous vintage's; not null
     * @param reason     why; null or blank: {@code "monthly release <period>"}
     * @param trades     the corrected trades of months up to {@code period}; not null
     * @param previous   the latest published vintage; null for the first release
     * @return the new vintage, numbered {@code previous.number() + 1} (1 for the first)
     */
    public NewVintage release(ReleaseDefinition definition, YearMonth period, LocalDate date, String reason,
            ReleaseTrades trades, PreviousVintage previous) {
        Require.notNull(definition, "definition");
        Require.notNull(period, "period");
        Require.notNull(date, "date");
        Require.notNull(trades, "trades");
        if (previous != null) {
            Require.that(period.isAfter(previous.period()), "period", period, Rule.GREATER_THAN, previous.period());
        }
        String why = reason == null || reason.isBlank() ? "monthly release " + period : reason;
        UnitValueResult uv = trades.unitValues(period, definition.cleaning());
        PricePanel panel = uv.panel();
        Require.that(panel.periods().contains(period), "period", period, Rule.TOO_FEW, "one kept transaction in the period");

        HedonicSummary hedonic = null;
        IndexMethod method;
        if (definition.hedonic()) {
            HedonicTraits.Fitted fitted = HedonicTraits.fit(definition, period, panel, trades.characteristics());
            method = fitted.method();
            hedonic = fitted.summary();
        } else {
            method = IndexMethods.parse(definition.settings());
        }
        Map<String, IndexResult> results = compute(definition, method, panel, trades.categories());

        Map<YearMonth, Integer> txPerPeriod = new HashMap<>();
        Map<YearMonth, Integer> productsPerPeriod = new HashMap<>();
        for (int t = 0; t < panel.periodCount(); t++) {
            txPerPeriod.put(panel.periods().get(t), uv.transactionsPerPeriod().get(t));
            productsPerPeriod.put(panel.periods().get(t), panel.presentCount(t));
        }
        int number = previous == null ? 1 : previous.number() + 1;
        Map<String, IndexSeries> series = new LinkedHashMap<>();
        Map<String, List<Revision>> revisions = new LinkedHashMap<>();
        for (Map.Entry<String, IndexResult> e : results.entrySet()) {
            IndexSeries s = onBase(definition, e.getKey(), e.getValue());
            if (definition.sufficiency() != null && ReleaseDefinition.COMPOSITE.equals(e.getKey())) {
                s = definition.sufficiency().apply(s, txPerPeriod, productsPerPeriod);
            }
            if (definition.provisionalMonths() > 0) {
                s = s.provisionalFrom(period.minusMonths(definition.provisionalMonths() - 1L));
            }
            IndexSeries before = previous == null ? null : previous.series().get(e.getKey());
            if (before != null) {
                VintageHistory h = new VintageHistory(e.getKey(),
                        List.of(new Vintage(1, previous.realtimeStart(), before, previous.reason()))).release(date, s, why);
                s = h.latest().orElseThrow().series();
                List<Revision> revised = new ArrayList<>();
                for (Revision r : h.revisions()) {
                    revised.add(new Revision(r.period(), r.previousValue(), r.newValue(), previous.number(), number,
                            r.date(), r.reason()));
                }
                if (!revised.isEmpty()) {
                    revisions.put(e.getKey(), revised);
                }
            }
            series.put(e.getKey(), s);
        }
        List<String> corrections = trades.corrections().notIn(previous == null ? List.of() : previous.appliedCorrections());
        ReleaseExplanation explanation = new ReleaseExplanation(results.get(ReleaseDefinition.COMPOSITE).settings(),
                hedonic, corrections);
        return new NewVintage(number, period, date, why, series, revisions, explanation, trades.size());
    }

    private static Map<String, IndexResult> compute(ReleaseDefinition def, IndexMethod method, PricePanel panel,
            Map<String, String> categories) {
        Map<String, IndexResult> out = new LinkedHashMap<>();
        if (def.categories().isEmpty()) {
            out.put(ReleaseDefinition.COMPOSITE, method.compute(panel));
            return out;
        }
        YearMonth weightPeriod = def.weightPeriod() == null ? panel.periods().get(0) : def.weightPeriod();
        Require.that(panel.periods().contains(weightPeriod), "weightPeriod", weightPeriod, Rule.UNKNOWN,
                "a month with transactions");
        SubIndexResult sub = SubIndexCalculator.DEFAULT.compute(panel, categories, method, def.composite(), weightPeriod);
        out.put(ReleaseDefinition.COMPOSITE, sub.composite());
        for (String code : def.categories()) {
            IndexResult r = sub.subIndices().get(code);
            if (r != null) {
                out.put(code, r);
            }
        }
        return out;
    }

    private static IndexSeries onBase(ReleaseDefinition def, String series, IndexResult result) {
        try {
            return IndexSeries.of(series, result, def.base(), ObservationStatus.NORMAL);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("period", result.periods().get(result.periods().size() - 1),
                    Rule.INVALID_STATE, "series " + series + " has no value in every month of the base " + def.base());
        }
    }
}
