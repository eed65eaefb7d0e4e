package org.dataprice.api.index;

import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.index.series.AsOfDate;
import org.dataprice.index.series.IndexChoice;
import org.dataprice.index.series.IndexObservation;
import org.dataprice.index.series.IndexSeries;
import org.dataprice.index.series.ObservationStatus;
import org.dataprice.index.series.Revision;
import org.dataprice.index.series.SeriesChoice;
import org.dataprice.index.series.Vintage;
import org.dataprice.index.series.VintageHistory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.dataprice.api.json.CoreFields;
import org.dataprice.pricing.band.IndexCarry;

/**
 * Reads released data: only releases whose release time has passed (by the index clock) exist for
 * this service, so an embargoed value can never leak through a read, a download or the web page.
 * Builds, per series, the {@link VintageHistory} of the released vintages and answers latest levels,
 * FRED-like observations ({@code asOf} a past date), SDMX-CSV, plain CSV and the revision log.
 * Thread-safe.
 */
@Singleton
public class IndexReadService {
    /** The SDMX-CSV 2.0 media type. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv;version=2.0.0";
    /** The SDMX dataflow of every index (dimensions FREQ, INDEX_ID, SERIES). */
    public static final String DATAFLOW = "DATAPRICE:DPI(1.0)";

    private final IndexStore store;
    private final IndexDefinitionService definitions;
    private final Clock clock;
    private final ReleaseJson json;

    /**
     * @param store       the tables
     * @param definitions the definitions
     * @param clock       the service clock
     * @param json        the release's JSON columns (a release's stored explanation is JSON)
     */
    public IndexReadService(IndexStore store, IndexDefinitionService definitions, Clock clock, ReleaseJson json) {
        this.store = store;
        this.definitions = definitions;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Why the latest released vintage may be unreliable: the warnings stored with its explanation (a hedonic fit with
     * too few observations per parameter, an exact fit). Shown on the public page beside the values they qualify.
     *
     * @param r the released state
     * @return the warnings, empty when none (or nothing released)
     */
    public List<String> warnings(Released r) {
        if (r.isEmpty()) {
            return List.of();
        }
        IndexStore.ReleaseRow last = r.releases().get(r.releases().size() - 1);
        return json.explanation(r.def().id(), last.vintage())
                .map(e -> e.warnings() == null ? List.<String>of() : e.warnings()).orElse(List.of());
    }

    /**
     * @param indexId the index
     * @return its released state now
     */
    public Released released(String indexId) {
        IndexDefinition def = definitions.get(indexId);
        Instant now = clock.instant();
        List<IndexStore.ReleaseRow> releases = store.releases(indexId).stream()
                .filter(r -> !r.releaseAt().isAfter(now)).toList();
        Map<String, List<Vintage>> bySeries = new LinkedHashMap<>();
        Map<String, List<Integer>> vintages = new LinkedHashMap<>();
        if (!releases.isEmpty()) {
            int max = releases.get(releases.size() - 1).vintage();
            Map<Integer, Map<String, List<IndexObservation>>> obs = new TreeMap<>();
            for (IndexStore.ObservationRow o : store.observations(indexId, max)) {
                obs.computeIfAbsent(o.vintage(), k -> new LinkedHashMap<>()).computeIfAbsent(o.series(), k -> new ArrayList<>())
                        .add(new IndexObservation(o.period(), o.value(), ObservationStatus.fromSdmx(o.status())));
            }
            for (IndexStore.ReleaseRow r : releases) {
                obs.getOrDefault(r.vintage(), Map.of()).forEach((series, list) -> {
                    List<Vintage> vs = bySeries.computeIfAbsent(series, k -> new ArrayList<>());
                    vs.add(new Vintage(vs.size() + 1, r.realtimeStart(), new IndexSeries(series, def.base(), def.settings(), list),
                            r.reason()));
                    vintages.computeIfAbsent(series, k -> new ArrayList<>()).add(r.vintage());
                });
            }
        }
        Map<String, VintageHistory> histories = new LinkedHashMap<>();
        bySeries.forEach((k, v) -> histories.put(k, new VintageHistory(k, v)));
        return new Released(def, releases, histories, vintages, def.date(now), now);
    }

    /**
     * The published levels of one series as known now, for carrying deals forward ({@link IndexCarry}): the
     * reference price of a listing reads them.
     *
     * @param indexId the index; 422 {@code unknown} on {@code index} when there is none
     * @param series  the series, or null for the composite; 422 {@code unknown} on {@code indexSeries} when the index
     *                has no such series
     * @return the levels by month (422 {@code too-few} on {@code index} when nothing is published)
     */
    public IndexCarry carry(String indexId, String series) {
        Released r = released(new IndexChoice(indexId, Set.copyOf(definitions.ids())).index());
        String s = CoreFields.renamed("series", "indexSeries", () -> checkedSeries(r.def(), series));
        TreeMap<YearMonth, Double> levels = new TreeMap<>();
        r.asOf(s, r.today()).ifPresent(known -> known.observations().forEach(o -> levels.put(o.period(), o.value())));
        return new IndexCarry(indexId, s, levels);
    }

    /** The most indices the public landing page lists ({@link #published}). */
    public static final int MAX_PUBLISHED = 200;

    /**
     * The indices with released data, for the public landing page: an index whose first release is still under embargo
     * is not listed. At most {@link #MAX_PUBLISHED}, by id.
     *
     * @return their released states
     */
    public List<Released> published() {
        List<Released> out = new ArrayList<>();
        for (String id : definitions.ids()) {
            Released r = released(id);
            if (!r.isEmpty()) {
                out.add(r);
                if (out.size() == MAX_PUBLISHED) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Trades and products per released month ({@link IndexStore#coverage}): months after the latest released period
     * are not counted, so nothing is said about an embargoed month.
     *
     * @param r the released state
     * @return per month, its coverage; empty when nothing is released
     */
    public java.util.SortedMap<YearMonth, IndexStore.Coverage> coverage(Released r) {
        if (r.isEmpty()) {
            return new java.util.TreeMap<>();
        }
        YearMonth last = r.releases().stream().map(IndexStore.ReleaseRow::period).max(Comparator.naturalOrder()).orElseThrow();
        return store.coverage(r.def().id(), last);
    }

    /**
     * @param indexId the index
     * @return the latest released levels; 404 when nothing is released
     */
    public IndexViews.Latest latest(String indexId) {
        Released r = released(indexId);
        if (r.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "index '" + indexId + "' has no released data yet");
        }
        IndexDefinition def = r.def();
        IndexViews.Level composite = null;
        List<IndexViews.Level> subs = new ArrayList<>();
        for (String s : r.seriesIds()) {
            IndexViews.Level level = level(def, s, r.histories().get(s).latest().orElseThrow().series());
            if (IndexDefinition.COMPOSITE.equals(s)) {
                composite = level;
            } else {
                subs.add(level);
            }
        }
        IndexStore.ReleaseRow last = r.releases().get(r.releases().size() - 1);
        return new IndexViews.Latest(def.id(), def.nameEn(), def.nameZh(), def.base().toString(), last.vintage(),
                last.releaseAt(), composite, subs, next(def, r.now()));
    }

    /**
     * @param def the definition
     * @param now the time
     * @return the next release, or null
     */
    static IndexViews.NextRelease next(IndexDefinition def, Instant now) {
        return def.nextRelease(now).map(e -> new IndexViews.NextRelease(e.getKey().toString(), e.getValue())).orElse(null);
    }

    static IndexViews.Level level(IndexDefinition def, String series, IndexSeries s) {
        IndexObservation o = s.latest();
        String[] labels = def.labels(series);
        return new IndexViews.Level(series, labels[0], labels[1], o.period().toString(), format(o.value(), def.decimals()),
                o.status().sdmxCode(), percent(s.change(o.period(), 1)), percent(s.change(o.period(), 12)));
    }

    /**
     * @param def    the index
     * @param series a requested series id, or null for the composite
     * @return it, when it is COMPOSITE or a category code of the index (the core's {@link SeriesChoice})
     */
    private static String checkedSeries(IndexDefinition def, String series) {
        List<String> available = new ArrayList<>();
        available.add(IndexDefinition.COMPOSITE);
        def.categories().forEach(c -> available.add(c.code()));
        return new SeriesChoice(series, available).series();
    }

    /**
     * @param indexId the index
     * @param series  a series id (default composite)
     * @param asOf    a past date, {@code yyyy-MM-dd}, or null for today
     * @return FRED-like observations as known on that date
     */
    public IndexViews.FredSeries observations(String indexId, String series, String asOf) {
        return observations(indexId, series, asOf, ValuePrecision.PUBLISHED);
    }

    /**
     * @param indexId   the index
     * @param series    a series id (default composite)
     * @param asOf      a past date, {@code yyyy-MM-dd}, or null for today
     * @param precision how values are written
     * @return FRED-like observations as known on that date
     */
    public IndexViews.FredSeries observations(String indexId, String series, String asOf, ValuePrecision precision) {
        Released r = released(indexId);
        return IndexExports.fred(r, checkedSeries(r.def(), series), date(asOf, r.today()), precision);
    }

    /**
     * @param indexId the index
     * @param series  one series id, or null for every series
     * @param asOf    a past date or null
     * @return the series as SDMX-CSV 2.0
     */
    public String sdmxCsv(String indexId, String series, String asOf) {
        return sdmxCsv(indexId, series, asOf, ValuePrecision.PUBLISHED);
    }

    /**
     * @param indexId   the index
     * @param series    one series id, or null for every series
     * @param asOf      a past date or null
     * @param precision how values are written
     * @return the series as SDMX-CSV 2.0
     */
    public String sdmxCsv(String indexId, String series, String asOf, ValuePrecision precision) {
        Released r = released(indexId);
        return IndexExports.sdmxCsv(r, ids(r, series), date(asOf, r.today()), precision);
    }

    /**
     * @param indexId the index
     * @param series  one series id, or null for every series
     * @param asOf    a past date or null
     * @return the series as plain CSV ({@code series,period,value,status})
     */
    public String csv(String indexId, String series, String asOf) {
        return csv(indexId, series, asOf, ValuePrecision.PUBLISHED);
    }

    /**
     * @param indexId   the index
     * @param series    one series id, or null for every series
     * @param asOf      a past date or null
     * @param precision how values are written
     * @return the series as plain CSV ({@code series,period,value,status})
     */
    public String csv(String indexId, String series, String asOf, ValuePrecision precision) {
        Released r = released(indexId);
        return IndexExports.csv(r, ids(r, series), date(asOf, r.today()), precision);
    }

    /** Every released series when none is named, else the one named (checked). */
    private static List<String> ids(Released r, String series) {
        return series == null ? r.seriesIds() : List.of(checkedSeries(r.def(), series));
    }

    /**
     * @param indexId the index
     * @return the revision log of released vintages, by release then series then period
     */
    public List<IndexViews.RevisionEntry> revisions(String indexId) {
        Released r = released(indexId);
        List<IndexViews.RevisionEntry> out = new ArrayList<>();
        Map<Integer, List<String>> corrections = new java.util.HashMap<>();
        r.releases().forEach(release -> corrections.put(release.vintage(), release.corrections()));
        for (String s : r.seriesIds()) {
            List<Integer> map = r.vintages().get(s);
            for (Revision v : r.histories().get(s).revisions()) {
                int to = map.get(v.toVintage() - 1);
                out.add(IndexViews.RevisionEntry.of(s, new Revision(v.period(), v.previousValue(), v.newValue(),
                        map.get(v.fromVintage() - 1), to, v.date(), v.reason()), r.def().decimals(),
                        corrections.getOrDefault(to, List.of())));
            }
        }
        out.sort(Comparator.comparingInt(IndexViews.RevisionEntry::toVintage));
        return out;
    }

    /**
     * @param indexId the index
     * @return its methodology
     */
    public IndexViews.Methodology methodology(String indexId) {
        IndexDefinition def = definitions.get(indexId);
        return new IndexViews.Methodology(def.id(), def.nameEn(), def.nameZh(), def.methodologyVersion(),
                def.methodologyText(), def.source());
    }

    private static LocalDate date(String asOf, LocalDate today) {
        return AsOfDate.parse(asOf, today).date();
    }

    /**
     * @param value    an unrounded value
     * @param decimals decimals
     * @return the value rounded half-up, as text
     */
    public static String format(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(OptionalDouble change) {
        return change.isPresent() ? BigDecimal.valueOf(change.getAsDouble()).setScale(2, RoundingMode.HALF_UP).toPlainString()
                : null;
    }
}
