package org.dataprice.supervision.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * 指数来源 — which published price index the {@code price.indexJump} rule reads, and which of its series stands for
 * each market category: an exchange's categories need not be the index's, so the mapping is configuration, versioned
 * with the rules ({@link SupervisionRules#indexSource}). A category listed in {@code categories} reads its series; any
 * other category reads {@code otherCategories} (e.g. the index's composite series), or has no level when that is
 * null — then the rule skips its deals and the scan says so in a warning.
 *
 * <p>Errors name the request's JSON paths ({@code indexSource.index}, {@code indexSource.categories[i].category},
 * {@code indexSource.categories[i].series}, {@code indexSource.otherCategories}).
 *
 * @param index           the index id, or null for none (then nothing else may be set: {@link #NONE})
 * @param categories      per market category, its series, in the configured order; not null, copied
 * @param otherCategories the series of every category not listed, or null for none
 */
public record IndexSource(String index, List<CategorySeries> categories, String otherCategories) {
    /** No index: the index-jump rule never has a level. */
    public static final IndexSource NONE = new IndexSource(null, List.of(), null);

    private static final String F = "indexSource.";

    /**
     * One category's series.
     *
     * @param category the market category (a listing's {@code category}); not blank
     * @param series   the index series code (a category code of the index, or its composite); not blank
     */
    public record CategorySeries(String category, String series) {
    }

    /** Validates: with no index nothing is mapped; categories distinct; codes not blank. */
    public IndexSource {
        categories = Require.copyOf(categories, F + "categories");
        if (index == null) {
            Require.that(categories.isEmpty() && otherCategories == null, F + "index", null, Rule.MISSING);
        } else {
            Require.notBlank(index, F + "index");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String at = F + "categories[" + i + "]";
            CategorySeries c = Require.notNull(categories.get(i), at);
            Require.notBlank(c.category(), at + ".category");
            Require.notBlank(c.series(), at + ".series");
            Require.that(seen.add(c.category()), at + ".category", c.category(), Rule.DUPLICATE, "one series per category");
        }
        if (otherCategories != null) {
            Require.notBlank(otherCategories, F + "otherCategories");
        }
    }

    /** @return whether an index is configured */
    public boolean configured() {
        return index != null;
    }

    /**
     * @param category a market category
     * @return the series its levels come from, or null when none
     */
    public String seriesOf(String category) {
        for (CategorySeries c : categories) {
            if (c.category().equals(category)) {
                return c.series();
            }
        }
        return otherCategories;
    }

    /** @return every series named, distinct, in order of first mention */
    public List<String> seriesNamed() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        categories.forEach(c -> out.put(c.series(), true));
        if (otherCategories != null) {
            out.put(otherCategories, true);
        }
        return new ArrayList<>(out.keySet());
    }

    /**
     * Checks the source against the published indices: the index exists and has every series named.
     *
     * @param indices the ids of the defined indices; not null
     * @param series  the series of {@link #index} (its category codes and its composite); not null, empty when the
     *                index is unknown
     * @throws org.dataprice.error.InvalidInputException {@code unknown} on {@code indexSource.index} or on the path
     *         of the first series the index does not have
     */
    public void requireAvailable(Collection<String> indices, Collection<String> series) {
        if (index == null) {
            return;
        }
        Require.that(indices.contains(index), F + "index", index, Rule.UNKNOWN, List.copyOf(indices));
        for (int i = 0; i < categories.size(); i++) {
            Require.that(series.contains(categories.get(i).series()), F + "categories[" + i + "].series",
                    categories.get(i).series(), Rule.UNKNOWN, List.copyOf(series));
        }
        if (otherCategories != null) {
            Require.that(series.contains(otherCategories), F + "otherCategories", otherCategories, Rule.UNKNOWN,
                    List.copyOf(series));
        }
    }
}
