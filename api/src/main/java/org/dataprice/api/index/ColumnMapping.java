package org.dataprice.api.index;

import java.util.List;
import java.util.Locale;

/**
 * Which CSV column supplies each field a transaction load needs (built and checked by
 * {@link IndexDefinitions#columns}): period, product id, price, quantity, category (only read when the
 * index has categories), the numeric characteristics of the time-dummy hedonic method, and the columns
 * to skip. Column names match the CSV header case-insensitively, after trimming. The default
 * ({@link #DEFAULT}) is today's header: {@code product_id, period, price, quantity, category}, no
 * characteristics, nothing skipped. Immutable.
 *
 * @param period          the column of the month ({@code yyyy-MM}, the loader's one accepted format)
 * @param productId       the column of the product id
 * @param price           the column of the unit price
 * @param quantity        the column of the quantity
 * @param category        the column of the category code
 * @param characteristics the characteristic columns, in regression order (their names are the
 *                        regressors' names); empty for every method but {@code time-dummy-hedonic}
 * @param ignored         columns present in the CSV and deliberately not read
 * @param categorical     the categorical characteristic columns (text levels; in the regression a column
 *                        with L levels among the products is L − 1 dummies {@code column=level}, the
 *                        alphabetically first level being the reference)
 */
public record ColumnMapping(String period, String productId, String price, String quantity, String category,
        List<String> characteristics, List<String> ignored, List<String> categorical) {

    /** Today's column names, no characteristics, nothing ignored. */
    public static final ColumnMapping DEFAULT = new ColumnMapping("period", "product_id", "price", "quantity", "category",
            List.of(), List.of(), List.of());
    /** The JSON names of the single-column fields, in {@link #fields} order. */
    static final List<String> FIELDS = List.of("period", "productId", "price", "quantity", "category");

    /** Copies the lists. */
    public ColumnMapping {
        characteristics = List.copyOf(characteristics);
        ignored = List.copyOf(ignored);
        categorical = List.copyOf(categorical);
    }

    /** @return every characteristic column as stored with a trade: the numeric ones, then the categorical ones */
    public List<String> traitColumns() {
        List<String> out = new java.util.ArrayList<>(characteristics);
        out.addAll(categorical);
        return List.copyOf(out);
    }

    /** @return the columns of period, productId, price, quantity, category, in that order */
    List<String> fields() {
        return List.of(period, productId, price, quantity, category);
    }

    /**
     * @param column a column name as written
     * @return the key it is matched by: trimmed, lower case
     */
    static String key(String column) {
        return column.trim().toLowerCase(Locale.ROOT);
    }
}
