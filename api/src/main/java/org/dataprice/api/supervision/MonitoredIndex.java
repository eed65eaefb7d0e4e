package org.dataprice.api.supervision;

import jakarta.inject.Singleton;
import org.dataprice.api.index.IndexDefinition;
import org.dataprice.api.index.IndexDefinitionService;
import org.dataprice.api.index.IndexReadService;
import org.dataprice.api.index.Released;
import org.dataprice.supervision.config.IndexSource;
import org.dataprice.supervision.rule.IndexLevel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The index levels that {@code price.indexJump} reads, from the configured {@link IndexSource}, through the index
 * area's read service ({@link IndexReadService#released}: only released vintages, so an embargoed level is never
 * used): for a category, the level of its configured series in each month asked for, as the series is known today
 * (the latest released vintage). A month without a published level is left out — the rule then skips the deal and
 * the scan's warnings name the month. The source is checked against the defined indices when it is configured
 * ({@link #requireAvailable}); index definitions are never deleted, so a configured index stays readable.
 *
 * <p>Cost: one read of the index's released vintages and observations per call (bounded by the index's published
 * months × series × vintages, independent of the number of deals); a deal's own request calls it only when the
 * index-jump rule runs, a source is configured and the listing has an earlier deal. Stateless and thread-safe.
 */
@Singleton
public class MonitoredIndex {
    private final IndexReadService indices;
    private final IndexDefinitionService definitions;

    /**
     * @param indices     the released index data
     * @param definitions the index definitions (ids and series, to check a configured source)
     */
    public MonitoredIndex(IndexReadService indices, IndexDefinitionService definitions) {
        this.indices = indices;
        this.definitions = definitions;
    }

    /**
     * Refuses a source naming an index or series that does not exist (422 {@code unknown} on
     * {@code indexSource.index} or the series' path).
     *
     * @param source the source to configure
     */
    public void requireAvailable(IndexSource source) {
        if (!source.configured()) {
            return;
        }
        List<String> ids = definitions.ids();
        List<String> series = new ArrayList<>();
        if (ids.contains(source.index())) {
            IndexDefinition def = definitions.get(source.index());
            series.add(IndexDefinition.COMPOSITE);
            def.categories().forEach(c -> series.add(c.code()));
        }
        source.requireAvailable(ids, series);
    }

    /**
     * @param source     the configured source
     * @param categories the market categories
     * @param months     the months wanted
     * @return the published levels of those categories and months (one per category and month at most)
     */
    public List<IndexLevel> levels(IndexSource source, Collection<String> categories, Collection<YearMonth> months) {
        if (!source.configured() || months.isEmpty()) {
            return List.of();
        }
        Map<String, Map<YearMonth, Double>> bySeries = new HashMap<>();
        Released released = null;
        List<IndexLevel> out = new ArrayList<>();
        Set<YearMonth> wanted = new TreeSet<>(months);
        for (String category : new TreeSet<>(categories)) {
            String series = source.seriesOf(category);
            if (series == null) {
                continue;
            }
            if (released == null) {
                released = indices.released(source.index());
            }
            Released r = released;
            Map<YearMonth, Double> known = bySeries.computeIfAbsent(series, s -> {
                Map<YearMonth, Double> levels = new HashMap<>();
                r.asOf(s, r.today()).ifPresent(k -> k.observations().forEach(o -> levels.put(o.period(), o.value())));
                return levels;
            });
            for (YearMonth m : wanted) {
                Double level = known.get(m);
                if (level != null && level > 0 && Double.isFinite(level)) {
                    out.add(new IndexLevel(category, m, level));
                }
            }
        }
        return out;
    }
}
