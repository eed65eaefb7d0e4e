package org.dataprice.api.index;

import jakarta.inject.Singleton;
import org.dataprice.api.transaction.Transactions;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many transactions each of some index products has: one SQL aggregate over the loads' cells
 * ({@code index_load_cell}, V47: one row per load, month and product, so the cost grows with loads × months of the
 * products asked about, never with their trades). The count is of the trades loaded; a trade voided by a correction
 * still counts (corrections never change the cells). Read interface for the registry (index products bound to a
 * registration); at most {@link #MAX_PRODUCTS} products per call. Thread-safe.
 */
@Singleton
public class ProductTradeCounts {
    /** Most index products one call counts. */
    public static final int MAX_PRODUCTS = 1_000;

    private final Transactions tx;

    /** @param tx transactions */
    public ProductTradeCounts(Transactions tx) {
        this.tx = tx;
    }

    /**
     * An index product.
     *
     * @param indexId   the index
     * @param productId the product
     */
    public record IndexProduct(String indexId, String productId) {
    }

    /**
     * @param products at most {@link #MAX_PRODUCTS} index products
     * @return each one's number of loaded transactions (0 when it has none)
     * @throws IllegalArgumentException when more than {@link #MAX_PRODUCTS} are asked for (a caller bounds its list)
     */
    public Map<IndexProduct, Long> counts(List<IndexProduct> products) {
        if (products.size() > MAX_PRODUCTS) {
            throw new IllegalArgumentException(products.size() + " index products: at most " + MAX_PRODUCTS);
        }
        Map<IndexProduct, Long> out = new HashMap<>();
        products.forEach(p -> out.put(p, 0L));
        if (products.isEmpty()) {
            return out;
        }
        List<String> indices = new ArrayList<>(new LinkedHashSet<>(products.stream().map(IndexProduct::indexId).toList()));
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(products.stream().map(IndexProduct::productId).toList()));
        String sql = "SELECT index_id, product_id, SUM(trades) FROM index_load_cell WHERE index_id IN ("
                + marks(indices.size()) + ") AND product_id IN (" + marks(ids.size()) + ") GROUP BY index_id, product_id";
        Set<IndexProduct> asked = out.keySet();
        return tx.read(() -> tx.onConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int n = 1;
                for (String i : indices) {
                    s.setString(n++, i);
                }
                for (String p : ids) {
                    s.setString(n++, p);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        IndexProduct key = new IndexProduct(r.getString(1), r.getString(2));
                        if (asked.contains(key)) {
                            out.put(key, r.getLong(3));
                        }
                    }
                }
            }
            return out;
        }));
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
