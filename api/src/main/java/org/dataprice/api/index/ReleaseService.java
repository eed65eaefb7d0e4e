package org.dataprice.api.index;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.index.IndexMethod;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;
import org.dataprice.index.aggregate.SubIndexCalculator;
import org.dataprice.index.aggregate.SubIndexResult;
import org.dataprice.index.method.IndexMethods;
import org.dataprice.index.series.IndexObservation;
import org.dataprice.index.series.IndexSeries;
import org.dataprice.index.series.ObservationStatus;
import org.dataprice.index.series.Vintage;
import org.dataprice.index.series.VintageHistory;
import org.dataprice.index.transaction.TransactionTable;
import org.dataprice.index.transaction.UnitValueAggregator;
import org.dataprice.index.transaction.UnitValueResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Thread-safe.
 */
@Singleton
public class ReleaseService {
    private final IndexStore store;
    private final IndexDefinitionService definitions;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * @param store       the tables
     * @param definitions the definitions
     * @param json        the JSON mapper
     * @param clock       the index clock
     */
    public ReleaseService(IndexStore store, IndexDefinitionService definitions, JsonMapper json,
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
        Instant releaseAt = def.calendar().get(p);
        Require.that(releaseAt != null, "period", p, Rule.UNKNOWN, "a period of the release calendar " + def.calendar().keySet());
        String why = reason == null || reason.isBlank() ? "monthly release " + p : reason;
        List<IndexStore.ReleaseRow> releases = store.releases(indexId);
        Optional<IndexStore.ReleaseRow> existing = releases.stream().filter(r -> r.period().equals(p)).findFirst();
        if (existing.isPresent()) {
            return new Outcome(view(def, existing.get(), caller, path, "compute"), false);
        }
        IndexStore.ReleaseRow last = releases.isEmpty() ? null : releases.get(releases.size() - 1);
        if (last != null) {
            // releases follow the calendar without gaps: a release racing ahead of the one before it
            // could otherwise take its vintage number and leave the skipped period unpublishable
            YearMonth next = def.calendar().keySet().stream().filter(m -> m.isAfter(last.period())).findFirst().orElse(null);
            Require.that(p.equals(next), "period", p, Rule.INVALID_STATE, "the next release in the calendar after "
                    + last.period() + " is " + (next == null ? "not scheduled" : next.toString()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        IndexStore.Trades trades = store.trades(indexId, p);
        Require.that(trades.size() > 0, "period", p, Rule.TOO_FEW, "one transaction up to the period");
        UnitValueResult uv = UnitValueAggregator.DEFAULT.compute(table(trades), def.cleaning());
        PricePanel panel = uv.panel();
        Require.that(panel.periods().contains(p), "period", p, Rule.TOO_FEW, "one kept transaction in the period");
        IndexViews.HedonicExplanation[] hedonic = {null};
        Map<String, IndexResult> results = compute(def, method(def, p, panel, hedonic), panel, trades.categories());

        LocalDate date = def.date(releaseAt);
        Map<String, IndexSeries> previous = last == null ? Map.of() : series(def, last.vintage());
        Map<YearMonth, Integer> txPerPeriod = new HashMap<>();
        Map<YearMonth, Integer> productsPerPeriod = new HashMap<>();
        for (int t = 0; t < panel.periodCount(); t++) {
            txPerPeriod.put(panel.periods().get(t), uv.transactionsPerPeriod().get(t));
            productsPerPeriod.put(panel.periods().get(t), panel.presentCount(t));
        }
        int vintage = last == null ? 1 : last.vintage() + 1;
        List<IndexStore.ObservationRow> rows = new ArrayList<>();
        for (Map.Entry<String, IndexResult> e : results.entrySet()) {
            IndexSeries s = onBase(def, e.getKey(), e.getValue());
            if (def.sufficiency() != null && IndexDefinition.COMPOSITE.equals(e.getKey())) {
                s = def.sufficiency().apply(s, txPerPeriod, productsPerPeriod);
            }
            if (def.provisionalMonths() > 0) {
                s = s.provisionalFrom(p.minusMonths(def.provisionalMonths() - 1L));
            }
            IndexSeries before = previous.get(e.getKey());
            if (before != null) {
                VintageHistory h = new VintageHistory(e.getKey(), List.of(new Vintage(1, last.realtimeStart(), before, last.reason())));
                s = h.release(date, s, why).latest().orElseThrow().series();
            }
            for (IndexObservation o : s.observations()) {
                rows.add(new IndexStore.ObservationRow(vintage, e.getKey(), o.period(), o.value(), o.status().sdmxCode()));
            }
        }
        IndexSettings settings = results.get(IndexDefinition.COMPOSITE).settings();
        // corrections take effect here, as a revision: the ones no earlier release applied are listed
        List<String> corrected = trades.corrections().notIn(releases.stream().flatMap(r -> r.corrections().stream()).toList());
        IndexStore.ReleaseRow release = new IndexStore.ReleaseRow(indexId, vintage, p, releaseAt, date, why,
                write(new IndexViews.Settings(settings.method(), settings.parameters())), trades.size(), now, caller,
                corrected);
        if (store.insertRelease(release, rows, hedonic[0] == null ? null : write(hedonic[0]))) {
            return new Outcome(view(def, release, caller, path, "compute"), true);
        }
        IndexStore.ReleaseRow winner = store.releases(indexId).stream().filter(r -> r.period().equals(p)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "vintage " + vintage + " of '" + indexId
                        + "' was published concurrently for another period; retry"));
        return new Outcome(view(def, winner, caller, path, "compute"), false);
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
        List<IndexStore.ReleaseRow> releases = store.releases(indexId);
        if (releases.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "index '" + indexId + "' has no release yet");
        }
        IndexStore.ReleaseRow last = releases.get(releases.size() - 1);
        if (last.releaseAt().isAfter(clock.instant()) && !def.publisherPreview()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "the embargo policy of '" + indexId
                    + "' allows no preview before " + last.releaseAt());
        }
        return view(def, last, caller, path, "preview");
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
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean embargoed = r.releaseAt().isAfter(now);
        if (embargoed) {
            store.audit(new IndexStore.AuditRow(def.id(), r.vintage(), caller, now, action, path));
        }
        List<IndexViews.Value> values = new ArrayList<>();
        boolean hidden = embargoed && !def.publisherPreview();
        for (IndexStore.ObservationRow o : hidden ? List.<IndexStore.ObservationRow>of()
                : store.observations(def.id(), r.vintage())) {
            if (o.vintage() == r.vintage()) {
                values.add(new IndexViews.Value(o.series(), o.period().toString(), IndexReadService.format(o.value(),
                        def.decimals()), o.status()));
            }
        }
        IndexViews.HedonicExplanation explanation = hidden ? null : store.releaseExplanation(def.id(), r.vintage())
                .map(this::readExplanation).orElse(null);
        return new IndexViews.Release(def.id(), r.vintage(), r.period().toString(), r.releaseAt(), r.realtimeStart(),
                embargoed, r.reason(), r.transactions(), read(r.settingsJson()), r.computedAt(), r.computedBy(), values,
                r.corrections(), explanation);
    }

    /**
     * The method of a release: {@code IndexMethods.parse} of the settings; for the time-dummy hedonic
     * method with the stored product characteristics, fitted once here so that the release keeps its
     * explanation ({@link HedonicRelease}).
     */
    private IndexMethod method(IndexDefinition def, YearMonth period, PricePanel panel,
            IndexViews.HedonicExplanation[] explanation) {
        if (def.columns().traitColumns().isEmpty()) {
            return IndexMethods.parse(def.settings());
        }
        HedonicRelease.Fitted fitted = HedonicRelease.fit(def, period, panel,
                store.productCharacteristics(def.id(), period));
        explanation[0] = fitted.explanation();
        return fitted.method();
    }

    private static Map<String, IndexResult> compute(IndexDefinition def, IndexMethod method, PricePanel panel,
            Map<String, String> categories) {
        Map<String, IndexResult> out = new LinkedHashMap<>();
        if (def.categories().isEmpty()) {
            out.put(IndexDefinition.COMPOSITE, method.compute(panel));
            return out;
        }
        YearMonth weightPeriod = def.weightPeriod() == null ? panel.periods().get(0) : def.weightPeriod();
        Require.that(panel.periods().contains(weightPeriod), "weightPeriod", weightPeriod, Rule.UNKNOWN,
                "a month with transactions");
        SubIndexResult sub = SubIndexCalculator.DEFAULT.compute(panel, categories, method, def.composite(), weightPeriod);
        out.put(IndexDefinition.COMPOSITE, sub.composite());
        for (IndexDefinitionRequest.Category c : def.categories()) {
            IndexResult r = sub.subIndices().get(c.code());
            if (r != null) {
                out.put(c.code(), r);
            }
        }
        return out;
    }

    private static IndexSeries onBase(IndexDefinition def, String series, IndexResult result) {
        try {
            return IndexSeries.of(series, result, def.base(), ObservationStatus.NORMAL);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("period", result.periods().get(result.periods().size() - 1), Rule.INVALID_STATE,
                    "series " + series + " has no value in every month of the base " + def.base());
        }
    }

    /** The series of one stored vintage, by series id. */
    private Map<String, IndexSeries> series(IndexDefinition def, int vintage) {
        Map<String, List<IndexObservation>> obs = new LinkedHashMap<>();
        for (IndexStore.ObservationRow o : store.observations(def.id(), vintage)) {
            if (o.vintage() == vintage) {
                obs.computeIfAbsent(o.series(), k -> new ArrayList<>())
                        .add(new IndexObservation(o.period(), o.value(), ObservationStatus.fromSdmx(o.status())));
            }
        }
        Map<String, IndexSeries> out = new HashMap<>();
        obs.forEach((k, v) -> out.put(k, new IndexSeries(k, def.base(), def.settings(), v)));
        return out;
    }

    private static TransactionTable table(IndexStore.Trades trades) {
        List<YearMonth> periods = List.copyOf(new TreeSet<>(trades.periods()));
        List<String> products = List.copyOf(new TreeSet<>(trades.products()));
        Map<YearMonth, Integer> pIndex = new HashMap<>();
        Map<String, Integer> iIndex = new HashMap<>();
        for (int t = 0; t < periods.size(); t++) {
            pIndex.put(periods.get(t), t);
        }
        for (int i = 0; i < products.size(); i++) {
            iIndex.put(products.get(i), i);
        }
        int n = trades.size();
        int[] period = new int[n];
        int[] product = new int[n];
        for (int k = 0; k < n; k++) {
            period[k] = pIndex.get(trades.periods().get(k));
            product[k] = iIndex.get(trades.products().get(k));
        }
        return TransactionTable.of(periods, products, period, product, trades.price(), trades.quantity());
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexViews.HedonicExplanation readExplanation(String text) {
        try {
            return json.readValue(text, IndexViews.HedonicExplanation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexViews.Settings read(String text) {
        try {
            return json.readValue(text, IndexViews.Settings.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
