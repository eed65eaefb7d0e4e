package org.dataprice.index.aggregate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.index.IndexMethod;
import org.dataprice.index.IndexResult;
import org.dataprice.index.PricePanel;
import org.dataprice.index.hedonic.ProductCharacteristics;

/**
 * 分类指数 — sub-indices for groups of products (a category such as industry or product type, or the
 * values of any characteristic: the grouping is a map from product to label) and a composite index.
 *
 * <p>Each group's index is the method run on the group's products only. The composite is either
 * {@link CompositeMethod#POOLED} (the method on all products) or {@link CompositeMethod#AGGREGATED}:
 * {@code I_t = Σ_g w_g I_gt} with {@code w_g} the group's share of expenditure in the weight period.
 * Aggregated composites are consistent in aggregation; pooled ones use the method's own weighting.
 *
 * <p>Stateless and thread-safe.
 */
public final class SubIndexCalculator {
    /** The shared instance. */
    public static final SubIndexCalculator DEFAULT = new SubIndexCalculator();

    private SubIndexCalculator() {
    }

    /**
     * Groups products by the value of one characteristic, e.g. an update-frequency code or a quality
     * band, for sub-indices "by any characteristic".
     *
     * @param characteristics the product characteristics; not null
     * @param name            the characteristic; one of {@code characteristics.names()}
     * @return product id → label {@code name=value}
     */
    public static Map<String, String> groupsBy(ProductCharacteristics characteristics, String name) {
        Require.notNull(characteristics, "characteristics");
        int k = characteristics.names().indexOf(Require.notNull(name, "name"));
        Require.that(k >= 0, "name", name, Rule.UNKNOWN, String.join(", ", characteristics.names()));
        Map<String, String> out = new TreeMap<>();
        characteristics.values().forEach((id, row) -> out.put(id, name + "=" + formatValue(row.get(k))));
        return out;
    }

    private static String formatValue(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * @param panel        all products; not null
     * @param groups       the group label of every product of the panel; not null
     * @param method       the index method for sub-indices (and a pooled composite); not null
     * @param composite    pooled or aggregated; not null
     * @param weightPeriod the period whose expenditure weights the groups (AGGREGATED); a panel period
     * @return the sub-indices, composite and weights
     */
    public SubIndexResult compute(PricePanel panel, Map<String, String> groups, IndexMethod method,
            CompositeMethod composite, YearMonth weightPeriod) {
        Require.notNull(panel, "panel");
        Require.notNull(groups, "groups");
        Require.notNull(method, "method");
        Require.notNull(composite, "composite");
        int b = panel.periodIndex(Require.notNull(weightPeriod, "weightPeriod"));
        TreeMap<String, List<Integer>> columns = new TreeMap<>();
        for (int i = 0; i < panel.productCount(); i++) {
            String id = panel.products().get(i);
            String g = groups.get(id);
            Require.that(g != null && !g.isBlank(), "groups." + id, g, Rule.NOT_NULL);
            columns.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
        }
        Map<String, IndexResult> subs = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, List<Integer>> e : columns.entrySet()) {
            int[] cols = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            subs.put(e.getKey(), method.compute(panel.products(cols)));
            double spend = 0;
            for (int i : cols) {
                spend += panel.price(b, i) * panel.quantity(b, i);
            }
            weights.put(e.getKey(), spend);
            total += spend;
        }
        Require.positive(total, "expenditure in weightPeriod");
        Explanation.Builder ex = Explanation.builder("index.composite." + composite.name().toLowerCase(java.util.Locale.ROOT))
                .input("composite", composite.name()).input("weightPeriod", weightPeriod.toString())
                .input("groups", columns.size());
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            w.setValue(w.getValue() / total);
            ex.step(Step.builder(AggregateSteps.WEIGHT).formula("w_g = E_g,b / Σ E_b")
                    .result(org.dataprice.explain.Quantity.of(w.getKey(), w.getValue(), "")).build());
        }
        IndexResult pooled = composite == CompositeMethod.POOLED ? method.compute(panel) : null;
        int t = panel.periodCount();
        double[] levels = new double[t];
        for (int k = 0; k < t; k++) {
            if (pooled != null) {
                levels[k] = pooled.levels().get(k);
            } else {
                for (Map.Entry<String, IndexResult> s : subs.entrySet()) {
                    levels[k] += weights.get(s.getKey()) * s.getValue().levels().get(k);
                }
            }
            ex.step(Step.builder(AggregateSteps.COMPOSITE)
                    .formula(pooled != null ? "method on all products" : "I_t = Σ_g w_g I_gt")
                    .input("period", k, "").result(levels[k], "").build());
        }
        IndexResult base = subs.values().iterator().next();
        var settings = (pooled != null ? pooled.settings() : base.settings()).with("composite", composite.name())
                .with("weightPeriod", weightPeriod.toString());
        IndexResult comp = IndexResult.of(settings, panel.periods(), levels, ex.build());
        return new SubIndexResult(subs, comp, weights, comp.explanation());
    }
}
