package org.dataprice.api.index;

import io.micronaut.core.annotation.Nullable;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.release.ReleaseDefinition;
import org.dataprice.index.aggregate.CompositeMethod;
import org.dataprice.index.series.DataSufficiencyRule;
import org.dataprice.index.series.IndexBase;
import org.dataprice.index.transaction.UnitValueRule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A validated index definition (built by {@link IndexDefinitions#toModel}): the method settings as
 * {@code IndexMethods} accepts them, the base, the categories, the cleaning and sufficiency rules, the
 * release calendar and the embargo policy. Immutable.
 *
 * @param id                 the index id
 * @param nameEn             English name
 * @param nameZh             Chinese name
 * @param settings           method and parameters (checked by {@code IndexMethods.parse})
 * @param base               base period and reference value
 * @param categories         the categories, in the publisher's order; empty: composite only
 * @param composite          pooled or aggregated composite
 * @param weightPeriod       weight month of an aggregated composite; null: the first month
 * @param cleaning           the unit-value rule
 * @param sufficiency        the data-sufficiency rule; null: none
 * @param provisionalMonths  latest months flagged provisional
 * @param decimals           published decimals
 * @param calendar           release time of each period, periods increasing, times increasing
 * @param zone               zone of release dates
 * @param publisherPreview   whether publishers may preview embargoed releases
 * @param methodologyVersion methodology version
 * @param methodologyText    methodology text
 * @param source             the request as sent (stored)
 * @param columns            the CSV column mapping and the characteristics
 */
public record IndexDefinition(String id, String nameEn, String nameZh, IndexSettings settings, IndexBase base,
        List<IndexDefinitionRequest.Category> categories, CompositeMethod composite, @Nullable YearMonth weightPeriod,
        UnitValueRule cleaning, @Nullable DataSufficiencyRule sufficiency, int provisionalMonths, int decimals,
        SortedMap<YearMonth, Instant> calendar, ZoneId zone, boolean publisherPreview, String methodologyVersion,
        String methodologyText, IndexDefinitionRequest source, ColumnMapping columns) {

    /** The series id of the composite index. */
    public static final String COMPOSITE = ReleaseDefinition.COMPOSITE;

    /** @return what the release calculator needs of this definition */
    public ReleaseDefinition release() {
        return new ReleaseDefinition(settings, base, categories.stream().map(IndexDefinitionRequest.Category::code).toList(),
                composite, weightPeriod, cleaning, sufficiency, provisionalMonths, columns.characteristics(),
                columns.categorical());
    }

    /**
     * @param scheduled the effective calendar (the definition's, extended by appended release dates)
     * @return a copy with that calendar
     */
    public IndexDefinition withCalendar(SortedMap<YearMonth, Instant> scheduled) {
        return new IndexDefinition(id, nameEn, nameZh, settings, base, categories, composite, weightPeriod, cleaning,
                sufficiency, provisionalMonths, decimals, java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(scheduled)),
                zone, publisherPreview, methodologyVersion, methodologyText, source, columns);
    }

    /**
     * @param code a category code
     * @return whether the index has that category
     */
    public boolean hasCategory(String code) {
        return categories.stream().anyMatch(c -> c.code().equals(code));
    }

    /**
     * @param series a series id
     * @return its English and Chinese label
     */
    public String[] labels(String series) {
        if (COMPOSITE.equals(series)) {
            return new String[]{"Composite", "综合指数"};
        }
        return categories.stream().filter(c -> c.code().equals(series)).findFirst()
                .map(c -> new String[]{c.nameEn(), c.nameZh()}).orElse(new String[]{series, series});
    }

    /**
     * @param instant a moment
     * @return its date in the index time zone (a release's {@code realtime_start})
     */
    public LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * @param now the current time
     * @return the next scheduled release after now, if any
     */
    public Optional<java.util.Map.Entry<YearMonth, Instant>> nextRelease(Instant now) {
        return calendar.entrySet().stream().filter(e -> e.getValue().isAfter(now)).findFirst();
    }
}
