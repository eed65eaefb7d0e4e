package org.dataprice.index.series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;

/**
 * 指数序列 — an index series on a stated base: unrounded observations in increasing period order
 * (gaps allowed where a period was not published), the base, and the settings that produced it.
 *
 * <p>Rebasing ({@link #rebase}) multiplies every value by {@code ref / mean(values over the new base
 * period)}, so every ratio of two values, and so every growth rate, is unchanged up to floating-point
 * rounding (Eurostat HICP rescaling; ecosystem-notes §6.2). Publication ({@link #published}) rounds
 * half-up; {@link #change} always uses the unrounded values.
 *
 * @param seriesId     the series identifier (e.g. {@code "DMI.COMPOSITE"}); not blank
 * @param base         the base period and reference value; not null
 * @param settings     the method settings that produced the values; not null
 * @param observations the observations, periods strictly increasing; not empty, copied
 */
public record IndexSeries(String seriesId, IndexBase base, IndexSettings settings, List<IndexObservation> observations) {
    /** Validates and copies. */
    public IndexSeries {
        Require.notBlank(seriesId, "seriesId");
        Require.notNull(base, "base");
        Require.notNull(settings, "settings");
        observations = Require.nonEmptyCopy(observations, "observations");
        for (int k = 1; k < observations.size(); k++) {
            Require.that(observations.get(k).period().isAfter(observations.get(k - 1).period()),
                    "observations[" + k + "].period", observations.get(k).period(), Rule.GREATER_THAN,
                    observations.get(k - 1).period());
        }
    }

    /**
     * Scales an index result to a base; every observation gets status {@code status}.
     *
     * @param seriesId the identifier; not blank
     * @param result   the index levels; not null
     * @param base     the base; every month of it must be a period of the result
     * @param status   the status of every observation; not null
     * @return the series
     */
    public static IndexSeries of(String seriesId, IndexResult result, IndexBase base, ObservationStatus status) {
        Require.notNull(result, "result");
        Require.notNull(status, "status");
        List<IndexObservation> obs = new ArrayList<>();
        for (int t = 0; t < result.periods().size(); t++) {
            obs.add(new IndexObservation(result.periods().get(t), result.levels().get(t), status));
        }
        IndexSeries raw = new IndexSeries(seriesId, Require.notNull(base, "base"), result.settings(), obs);
        return raw.rebase(base);
    }

    /**
     * @param newBase the new base; every month of it must have an observation
     * @return the series rescaled so the mean over the new base period is its reference value
     */
    public IndexSeries rebase(IndexBase newBase) {
        Require.notNull(newBase, "newBase");
        double sum = 0;
        int count = 0;
        for (YearMonth m = newBase.from(); !m.isAfter(newBase.to()); m = m.plusMonths(1)) {
            Optional<IndexObservation> o = find(m);
            Require.that(o.isPresent(), "newBase", newBase, Rule.UNKNOWN, "periods with an observation");
            sum += o.get().value();
            count++;
        }
        double factor = newBase.referenceValue() / (sum / count);
        List<IndexObservation> out = new ArrayList<>(observations.size());
        for (IndexObservation o : observations) {
            out.add(new IndexObservation(o.period(), o.value() * factor, o.status()));
        }
        return new IndexSeries(seriesId, newBase, settings, out);
    }

    /**
     * @param period a month; not null
     * @return its observation, if published
     */
    public Optional<IndexObservation> find(YearMonth period) {
        Require.notNull(period, "period");
        for (IndexObservation o : observations) {
            if (o.period().equals(period)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** @return the last observation */
    public IndexObservation latest() {
        return observations.get(observations.size() - 1);
    }

    /**
     * The percentage change over {@code lagMonths} from unrounded values: {@code 100 × (I_t / I_{t-lag} − 1)}.
     * Lag 1 is month-on-month, 12 year-on-year.
     *
     * @param period    the later month; not null
     * @param lagMonths the lag, in [1, 600]
     * @return the change in percent; empty when either observation is missing
     */
    public OptionalDouble change(YearMonth period, int lagMonths) {
        Require.that(lagMonths >= 1 && lagMonths <= 600, "lagMonths", lagMonths, Rule.OUT_OF_RANGE, "[1, 600]");
        Optional<IndexObservation> now = find(period);
        Optional<IndexObservation> then = find(period.minusMonths(lagMonths));
        if (now.isEmpty() || then.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100 * (now.get().value() / then.get().value() - 1));
    }

    /**
     * @param decimals decimal places, in [0, 6] (HICP publishes levels to 2)
     * @return the observations rounded half-up
     */
    public List<PublishedObservation> published(int decimals) {
        Require.that(decimals >= 0 && decimals <= 6, "decimals", decimals, Rule.OUT_OF_RANGE, "[0, 6]");
        List<PublishedObservation> out = new ArrayList<>(observations.size());
        for (IndexObservation o : observations) {
            out.add(new PublishedObservation(o.period(),
                    BigDecimal.valueOf(o.value()).setScale(decimals, RoundingMode.HALF_UP), o.status()));
        }
        return List.copyOf(out);
    }

    /**
     * Flags recent observations as provisional (e.g. the last two months, open to late trades).
     *
     * @param from the first month flagged; not null
     * @return a copy where every NORMAL observation from {@code from} on is PROVISIONAL
     */
    public IndexSeries provisionalFrom(YearMonth from) {
        Require.notNull(from, "from");
        List<IndexObservation> out = new ArrayList<>(observations.size());
        for (IndexObservation o : observations) {
            boolean flag = !o.period().isBefore(from) && o.status() == ObservationStatus.NORMAL;
            out.add(flag ? new IndexObservation(o.period(), o.value(), ObservationStatus.PROVISIONAL) : o);
        }
        return withObservations(out);
    }

    /**
     * @param replaced the observations to use instead; not empty
     * @return a copy with other observations, same id, base and settings
     */
    public IndexSeries withObservations(List<IndexObservation> replaced) {
        return new IndexSeries(seriesId, base, settings, replaced);
    }
}
