package org.dataprice.api.index;

import jakarta.inject.Singleton;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.release.NewVintage;
import org.dataprice.index.release.PreviousVintage;
import org.dataprice.index.release.ReleaseCalculator;
import org.dataprice.index.release.ReleaseSchedule;
import org.dataprice.index.release.ReleaseTrades;
import org.dataprice.index.series.IndexObservation;
import org.dataprice.index.series.IndexSeries;
import org.dataprice.index.series.ObservationStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes and publishes the release of a period, exactly once: the release of period t is vintage
 * n + 1 of the index, computed from every transaction up to t (so late trades for earlier months
 * revise them: values that changed are flagged {@code R} and logged), and stored append-only with
 * {@code realtime_start} = its release date. The primary key (index, vintage) and the unique (index,
 * period) make a second computation, by a retry or by another instance, lose the insert and answer
 * the stored release instead (so the endpoint is idempotent by period without an Idempotency-Key;
 * it is deliberately not {@code @Idempotent}, whose replays would bypass the embargo audit). After
 * the first release, each release is the next period of the calendar. A release is invisible to readers before its calendar release time;
 * the publisher's own view of it (this answer, and previews) is written to the embargo audit; when
 * the embargo policy allows no preview, the answer carries no values until the release time.
 *
 * <p>Load → core → save: the service loads the corrected trades up to the period (summed per product and
 * month where the trades are, unless the cleaning rule filters outliers: {@link #trades}), the definition and
 * the previous vintage only (its series, read as one vintage, and the ids of the corrections already
 * applied); {@link ReleaseCalculator} computes the new vintage (values, statuses, revisions,
 * explanation); the service stores it, with its revisions ({@code index_revision}, part of the release's ledger
 * record), and every answer of a release lists the earlier figures it revised. No read grows with the number of
 * earlier vintages (docs/benchmarks.md, ReleaseReadsTest). Thread-safe.
 */
@Singleton
public class ReleaseService {
    private final IndexStore store;
    private final IndexDefinitionService definitions;
    private final ReleaseJson json;
    private final Clock clock;

    /**
     * @param store       the tables
     * @param definitions the definitions
     * @param json        the release's JSON columns
     * @param clock       the index clock
     */
    public ReleaseService(IndexStore store, IndexDefinitionService definitions, ReleaseJson json,
            Clock clock) {
        this.store = store;
        this.definitions = definitions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A release and whether this call created it.
     *
     * @param release the release
     * @param created true when computed now, false when it existed
     */
    public record Outcome(IndexViews.Release release, boolean created) {
    }

    /**
     * @param indexId the index
     * @param period  the month to release, {@code yyyy-MM}, a period of the calendar
     * @param reason  why (default "monthly release")
     * @param caller  the principal
     * @param path    the request path (audit)
     * @return the release
     */
    public Outcome publish(String indexId, String period, String reason, String caller, String path) {
        IndexDefinition def = definitions.get(indexId);
        YearMonth p = IndexDefinitions.month(period, "period");
        ReleaseSchedule schedule = new ReleaseSchedule(new TreeSet<>(def.calendar().keySet()));
        schedule.requireScheduled(p);
        // the latest release is read before asking for p's: a release of p committed by another instance in
        // between is then found as existing (a replay), never mistaken for "p is not the next period"
        IndexStore.ReleaseRow last = store.latestRelease(indexId).orElse(null);
        Optional<IndexStore.ReleaseRow> existing = store.release(indexId, p);
        if (existing.isPresent()) {
            return new Outcome(view(def, existing.get(), caller, path, "compute"), false);
        }
        // load: the trades up to p as corrected, and the previous vintage only (never vintages 1..v-1)
        schedule.requireNext(p, last == null ? null : last.period());
        Instant releaseAt = def.calendar().get(p);
        Instant now = ServiceClock.now(clock);
        ReleaseTrades input = trades(def, p);
        // compute
        NewVintage next = ReleaseCalculator.DEFAULT.release(def.release(), p, def.date(releaseAt), reason, input,
                last == null ? null : previous(def, last));
        // save
        List<IndexStore.ObservationRow> rows = new ArrayList<>();
        next.series().forEach((id, s) -> s.observations().forEach(o -> rows.add(
                new IndexStore.ObservationRow(next.number(), id, o.period(), o.value(), o.status().sdmxCode()))));
        IndexSettings settings = next.explanation().settings();
        IndexStore.ReleaseRow release = new IndexStore.ReleaseRow(indexId, next.number(), p, releaseAt,
                next.realtimeStart(), next.reason(), json.write(new IndexViews.Settings(settings.method(), settings.parameters())),
                next.transactions(), now, caller, next.explanation().corrections());
        String explanation = next.explanation().hedonicFit().map(h -> json.write(HedonicRelease.explanation(h))).orElse(null);
        if (store.insertRelease(release, rows, explanation, next.revisions())) {
            return new Outcome(view(def, release, caller, path, "compute"), true);
        }
        IndexStore.ReleaseRow winner = store.release(indexId, p)
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "vintage " + next.number() + " of '" + indexId
                        + "' was published concurrently for another period; retry"));
        return new Outcome(view(def, winner, caller, path, "compute"), false);
    }

    /**
     * Checks a release request without computing it (before it is accepted as a job): the index exists and the
     * period is a month of its calendar. Whether it is the next period is checked when the job runs.
     *
     * @param indexId the index
     * @param period  the month to release, {@code yyyy-MM}
     * @throws org.dataprice.error.DatapriceException or 404 as {@link #publish}
     */
    public void check(String indexId, String period) {
        IndexDefinition def = definitions.get(indexId);
        new ReleaseSchedule(new TreeSet<>(def.calendar().keySet())).requireScheduled(IndexDefinitions.month(period, "period"));
    }

    /**
     * The latest computed release, embargoed or not, for its publisher; an embargoed one is audited,
     * and refused when the embargo policy allows no preview.
     *
     * @param indexId the index
     * @param caller  the principal
     * @param path    the request path
     * @return the release
     */
    public IndexViews.Release preview(String indexId, String caller, String path) {
        IndexDefinition def = definitions.get(indexId);
        IndexStore.ReleaseRow last = store.latestRelease(indexId).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "index '" + indexId + "' has no release yet"));
        if (last.releaseAt().isAfter(clock.instant()) && !def.publisherPreview()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "the embargo policy of '" + indexId
                    + "' allows no preview before " + last.releaseAt());
        }
        return view(def, last, caller, path, "preview");
    }

    /**
     * One released vintage as its publisher answered it, with the earlier figures it revised: only a release whose
     * release time has passed exists here (an embargoed or unknown vintage answers 404, as for every reader).
     *
     * @param indexId the index
     * @param vintage the vintage number, as text from the path
     * @param caller  the principal
     * @param path    the request path
     * @return the release
     */
    public IndexViews.Release release(String indexId, String vintage, String caller, String path) {
        IndexDefinition def = definitions.get(indexId);
        Instant now = ServiceClock.now(clock);
        return Optional.ofNullable(vintage).filter(v -> v.matches("[1-9][0-9]{0,8}"))
                .flatMap(v -> store.release(indexId, Integer.parseInt(v)))
                .filter(r -> !r.releaseAt().isAfter(now))
                .map(r -> view(def, r, caller, path, "read"))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "index '" + indexId
                        + "' has no released vintage '" + vintage + "'"));
    }

    /**
     * @param indexId the index
     * @return its pre-release accesses
     */
    public List<IndexViews.Audit> audit(String indexId) {
        definitions.get(indexId);
        return store.audits(indexId).stream()
                .map(a -> new IndexViews.Audit(a.vintage(), a.principal(), a.accessedAt(), a.action(), a.path())).toList();
    }

    private IndexViews.Release view(IndexDefinition def, IndexStore.ReleaseRow r, String caller, String path, String action) {
        Instant now = ServiceClock.now(clock);
        boolean embargoed = r.releaseAt().isAfter(now);
        if (embargoed) {
            store.audit(new IndexStore.AuditRow(def.id(), r.vintage(), caller, now, action, path));
        }
        List<IndexViews.Value> values = new ArrayList<>();
        boolean hidden = embargoed && !def.publisherPreview();
        for (IndexStore.ObservationRow o : hidden ? List.<IndexStore.ObservationRow>of()
                : store.vintageObservations(def.id(), r.vintage())) {
            values.add(new IndexViews.Value(o.series(), o.period().toString(), IndexReadService.format(o.value(),
                    def.decimals()), o.status()));
        }
        IndexViews.HedonicExplanation explanation = hidden ? null : json.explanation(def.id(), r.vintage()).orElse(null);
        List<IndexViews.RevisionEntry> revisions = new ArrayList<>();
        if (!hidden) {
            store.revisions(r).forEach((series, list) -> list.forEach(v -> revisions.add(
                    IndexViews.RevisionEntry.of(series, v, def.decimals(), r.corrections()))));
        }
        return new IndexViews.Release(def.id(), r.vintage(), r.period().toString(), r.releaseAt(), r.realtimeStart(),
                embargoed, r.reason(), r.transactions(), json.settings(r), r.computedAt(), r.computedBy(), values,
                r.corrections(), explanation, revisions);
    }

    /**
     * The trades up to the period as the calculator needs them: summed per product and month from the stored
     * per-load totals ({@link IndexStore#tradeTotals}: cost grows with products × months, not trades) unless
     * the definition's cleaning rule filters outliers, whose cell medians need every trade's price
     * ({@link IndexStore#trades}).
     */
    private ReleaseTrades trades(IndexDefinition def, YearMonth p) {
        if (def.cleaning().filtersOutliers()) {
            IndexStore.Trades trades = store.trades(def.id(), p);
            return ReleaseTrades.ofColumns(trades.periods(), trades.products(), trades.price(), trades.quantity(),
                    trades.categories(), trades.corrections(), characteristics(def, p));
        }
        IndexStore.TradeTotals totals = store.tradeTotals(def.id(), p);
        return ReleaseTrades.ofTotals(totals.totals(), totals.categories(), totals.corrections(), characteristics(def, p));
    }

    /**
     * The previous vintage as the calculator needs it: the latest release's series (one vintage read,
     * a primary-key range) and the corrections some release already applied.
     */
    private PreviousVintage previous(IndexDefinition def, IndexStore.ReleaseRow last) {
        Map<String, List<IndexObservation>> obs = new LinkedHashMap<>();
        for (IndexStore.ObservationRow o : store.vintageObservations(def.id(), last.vintage())) {
            obs.computeIfAbsent(o.series(), k -> new ArrayList<>())
                    .add(new IndexObservation(o.period(), o.value(), ObservationStatus.fromSdmx(o.status())));
        }
        Map<String, IndexSeries> series = new LinkedHashMap<>();
        obs.forEach((k, v) -> series.put(k, new IndexSeries(k, def.base(), def.settings(), v)));
        return new PreviousVintage(last.vintage(), last.period(), last.realtimeStart(), last.reason(), series,
                store.appliedCorrections(def.id()));
    }

    /**
     * The stored characteristics of each product traded up to the period, for the time-dummy hedonic
     * method (stored as the loader wrote them: the columns joined by {@code ;}); none for other methods.
     */
    private Map<String, Set<List<String>>> characteristics(IndexDefinition def, YearMonth period) {
        if (def.columns().traitColumns().isEmpty()) {
            return Map.of();
        }
        Map<String, Set<List<String>>> out = new HashMap<>();
        store.productCharacteristics(def.id(), period).forEach((product, values) -> {
            Set<List<String>> tuples = new LinkedHashSet<>();
            values.forEach(v -> tuples.add(v == null ? List.of() : List.of(v.split(";", -1))));
            out.put(product, tuples);
        });
        return out;
    }
}
