package org.dataprice.index.series;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * 版本历史 — every release of one index series, with FRED/ALFRED real-time periods and a revision log.
 * Immutable: {@link #release} returns a new history, so a store can append the new {@link Vintage}
 * and never update an old one.
 *
 * <p>Rules of a release: the date is after the previous release; the series id is the same. An
 * observation whose unrounded value differs from the previous vintage's (relative difference above
 * {@link #REVISION_THRESHOLD}, after bringing the previous value to the new base) and that arrives as
 * {@link ObservationStatus#NORMAL} is stored as {@link ObservationStatus#REVISED} and logged as a
 * {@link Revision} with the release's reason; provisional and estimated values keep their status (and
 * are logged too). A rebase alone is not a revision. Source: ALFRED real-time periods; OMB SPD No. 4;
 * ecosystem-notes §6.3.
 *
 * @param seriesId the series; not blank
 * @param vintages the releases in order, numbered 1.. consecutively; copied
 */
public record VintageHistory(String seriesId, List<Vintage> vintages) {
    /** Relative change below which a value counts as unchanged (floating-point noise of a rebase). */
    public static final double REVISION_THRESHOLD = 1e-12;

    /** Validates and copies. */
    public VintageHistory {
        Require.notBlank(seriesId, "seriesId");
        vintages = Require.copyOf(vintages, "vintages");
        for (int k = 0; k < vintages.size(); k++) {
            Vintage v = vintages.get(k);
            Require.that(v.number() == k + 1, "vintages[" + k + "].number", v.number(), Rule.OUT_OF_RANGE, k + 1);
            Require.that(v.series().seriesId().equals(seriesId), "vintages[" + k + "].series.seriesId",
                    v.series().seriesId(), Rule.UNKNOWN, seriesId);
            if (k > 0) {
                Require.that(v.realtimeStart().isAfter(vintages.get(k - 1).realtimeStart()),
                        "vintages[" + k + "].realtimeStart", v.realtimeStart(), Rule.GREATER_THAN,
                        vintages.get(k - 1).realtimeStart());
            }
        }
    }

    /**
     * @param seriesId the series; not blank
     * @return a history without releases
     */
    public static VintageHistory empty(String seriesId) {
        return new VintageHistory(seriesId, List.of());
    }

    /**
     * Adds a release, marking revised values.
     *
     * @param date   the release date, after the last release; not null
     * @param series the series computed for this release; same id; not null
     * @param reason why it is released; not blank
     * @return the new history
     */
    public VintageHistory release(LocalDate date, IndexSeries series, String reason) {
        Require.notNull(series, "series");
        Require.that(series.seriesId().equals(seriesId), "series.seriesId", series.seriesId(), Rule.UNKNOWN, seriesId);
        IndexSeries marked = series;
        if (!vintages.isEmpty()) {
            IndexSeries previous = rebasedPrevious(series);
            List<IndexObservation> obs = new ArrayList<>();
            for (IndexObservation o : series.observations()) {
                Optional<IndexObservation> old = previous.find(o.period());
                boolean changed = old.isPresent()
                        && Math.abs(o.value() / old.get().value() - 1) > REVISION_THRESHOLD;
                obs.add(changed && o.status() == ObservationStatus.NORMAL
                        ? new IndexObservation(o.period(), o.value(), ObservationStatus.REVISED) : o);
            }
            marked = series.withObservations(obs);
        }
        List<Vintage> next = new ArrayList<>(vintages);
        next.add(new Vintage(vintages.size() + 1, date, marked, reason));
        return new VintageHistory(seriesId, next);
    }

    // the previous vintage brought to the new series' base where possible (a rebase is not a revision)
    private IndexSeries rebasedPrevious(IndexSeries series) {
        IndexSeries previous = latest().orElseThrow().series();
        if (previous.base().equals(series.base())) {
            return previous;
        }
        try {
            return previous.rebase(series.base());
        } catch (org.dataprice.error.InvalidInputException notCovered) {
            return previous;
        }
    }

    /** @return the current vintage, if any release was made */
    public Optional<Vintage> latest() {
        return vintages.isEmpty() ? Optional.empty() : Optional.of(vintages.get(vintages.size() - 1));
    }

    /**
     * The series as it was known on a date (ALFRED {@code vintage_dates} / the service's {@code asOf}).
     *
     * @param date the date; not null
     * @return the vintage current on that date, or empty before the first release
     */
    public Optional<Vintage> asOf(LocalDate date) {
        Require.notNull(date, "date");
        Vintage found = null;
        for (Vintage v : vintages) {
            if (!v.realtimeStart().isAfter(date)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The values current on a date, one per period (ALFRED with {@code realtime_start = realtime_end = date}): for
     * each period, the span of {@link #observations()} that contains the date; a period without a value on that
     * date (not yet released, or withdrawn) is absent.
     *
     * @param date the date; not null
     * @return the observations current on that date, by period
     */
    public java.util.SortedMap<YearMonth, VintageObservation> knownOn(LocalDate date) {
        Require.notNull(date, "date");
        TreeMap<YearMonth, VintageObservation> known = new TreeMap<>();
        for (VintageObservation o : observations()) {
            if (!o.realtimeStart().isAfter(date) && !o.realtimeEnd().isBefore(date)) {
                known.put(o.period(), o);
            }
        }
        return java.util.Collections.unmodifiableSortedMap(known);
    }

    /**
     * Every value every period ever had, with its real-time period (FRED {@code output_type=2}-like):
     * consecutive vintages publishing the same value and status for a period share one span; a span
     * ends the day before the vintage that changed or withdrew the value. Sorted by period, then
     * realtime start. Values are on the base of the vintage that published them.
     *
     * @return the observations with real-time periods
     */
    public List<VintageObservation> observations() {
        TreeMap<YearMonth, List<VintageObservation>> byPeriod = new TreeMap<>();
        TreeMap<YearMonth, VintageObservation> open = new TreeMap<>();
        for (Vintage v : vintages) {
            TreeMap<YearMonth, IndexObservation> now = new TreeMap<>();
            for (IndexObservation o : v.series().observations()) {
                now.put(o.period(), o);
            }
            for (YearMonth p : new ArrayList<>(open.keySet())) {
                VintageObservation cur = open.get(p);
                IndexObservation o = now.get(p);
                if (o == null || o.value() != cur.value() || o.status() != cur.status()) {
                    close(byPeriod, cur, v.realtimeStart().minusDays(1));
                    open.remove(p);
                }
            }
            for (IndexObservation o : now.values()) {
                if (!open.containsKey(o.period())) {
                    open.put(o.period(), new VintageObservation(o.period(), o.value(), o.status(), v.number(),
                            v.realtimeStart(), VintageObservation.OPEN_END));
                }
            }
        }
        for (VintageObservation cur : open.values()) {
            byPeriod.computeIfAbsent(cur.period(), k -> new ArrayList<>()).add(cur);
        }
        List<VintageObservation> out = new ArrayList<>();
        byPeriod.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    private static void close(TreeMap<YearMonth, List<VintageObservation>> byPeriod, VintageObservation cur,
            LocalDate end) {
        byPeriod.computeIfAbsent(cur.period(), k -> new ArrayList<>()).add(new VintageObservation(cur.period(),
                cur.value(), cur.status(), cur.vintage(), cur.realtimeStart(), end));
    }

    /** @return the revision log: every changed value of every release, in release then period order */
    public List<Revision> revisions() {
        List<Revision> out = new ArrayList<>();
        for (int k = 1; k < vintages.size(); k++) {
            Vintage v = vintages.get(k);
            IndexSeries previous = vintages.get(k - 1).series();
            if (!previous.base().equals(v.series().base())) {
                try {
                    previous = previous.rebase(v.series().base());
                } catch (org.dataprice.error.InvalidInputException notCovered) {
                    // bases not comparable: compare as published
                }
            }
            for (IndexObservation o : v.series().observations()) {
                Optional<IndexObservation> old = previous.find(o.period());
                if (old.isPresent() && Math.abs(o.value() / old.get().value() - 1) > REVISION_THRESHOLD) {
                    out.add(new Revision(o.period(), old.get().value(), o.value(), k, k + 1, v.realtimeStart(),
                            v.reason()));
                }
            }
        }
        return List.copyOf(out);
    }
}
