package org.dataprice.api.index;

import org.dataprice.index.series.IndexSeries;
import org.dataprice.index.series.Vintage;
import org.dataprice.index.series.VintageHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The released state of an index ({@link IndexReadService#released}): only releases whose release time has
 * passed. Built by the service, whose maps it keeps as they are (not changed after).
 *
 * @param def       the definition
 * @param releases  the released vintages, in order
 * @param histories per series, its history (vintages renumbered 1.. over the releases it appears in)
 * @param vintages  per series, the release vintage of each history vintage (index k-1)
 * @param today     today's date in the index zone
 * @param now       the current time
 */
public record Released(IndexDefinition def, List<IndexStore.ReleaseRow> releases, Map<String, VintageHistory> histories,
                       Map<String, List<Integer>> vintages, LocalDate today, Instant now) {
    /** @return whether anything was released */
    public boolean isEmpty() {
        return releases.isEmpty();
    }

    /**
     * @param series a series
     * @param date   a date
     * @return the series as known on that date
     */
    public Optional<IndexSeries> asOf(String series, LocalDate date) {
        VintageHistory h = histories.get(series);
        return h == null ? Optional.empty() : h.asOf(date).map(Vintage::series);
    }

    /** @return the series ids: composite first, then categories in definition order */
    public List<String> seriesIds() {
        List<String> out = new ArrayList<>();
        if (histories.containsKey(IndexDefinition.COMPOSITE)) {
            out.add(IndexDefinition.COMPOSITE);
        }
        def.categories().forEach(c -> {
            if (histories.containsKey(c.code())) {
                out.add(c.code());
            }
        });
        return out;
    }
}
