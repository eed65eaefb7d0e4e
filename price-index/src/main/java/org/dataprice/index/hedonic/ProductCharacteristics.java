package org.dataprice.index.hedonic;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * Numeric characteristics of data products (e.g. record count in log, update frequency, a quality
 * score of §1.5, dummies for categorical traits — encode k categories as k−1 dummies).
 *
 * @param names  the characteristic names, distinct; not empty
 * @param values per product id, one finite value per name; not empty, copied
 */
public record ProductCharacteristics(List<String> names, Map<String, List<Double>> values) {
    /** Validates and copies. */
    public ProductCharacteristics {
        names = Require.nonEmptyCopy(names, "names");
        Require.that(names.stream().distinct().count() == names.size(), "names", names, Rule.DUPLICATE, "names");
        Require.notNull(values, "values");
        Require.that(!values.isEmpty(), "values", "{}", Rule.EMPTY);
        TreeMap<String, List<Double>> copy = new TreeMap<>();
        for (Map.Entry<String, List<Double>> e : values.entrySet()) {
            String id = Require.notBlank(e.getKey(), "values.key");
            List<Double> row = Require.copyOf(e.getValue(), "values." + id);
            Require.size(row.size(), names.size(), "values." + id);
            for (int k = 0; k < row.size(); k++) {
                Require.finite(row.get(k), "values." + id + "[" + k + "]");
            }
            copy.put(id, row);
        }
        values = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /**
     * @param productId a product; not null
     * @return its characteristics
     */
    public List<Double> of(String productId) {
        List<Double> row = values.get(Require.notNull(productId, "productId"));
        Require.that(row != null, "productId", productId, Rule.UNKNOWN, "products with characteristics");
        return row;
    }
}
