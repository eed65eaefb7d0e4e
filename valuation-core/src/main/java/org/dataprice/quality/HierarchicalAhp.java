package org.dataprice.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;

/**
 * Hierarchical AHP (多层次分析): each criterion's children are weighted by {@link Ahp} on its matrix,
 * and a node's global weight is the product of the local weights on its path from the root:
 * g(node) = Π_{ancestors a, excluding the root} w_local(a) · w_local(node). The leaves' global
 * weights sum to 1.
 *
 * <p>Source: Saaty (1990) EJOR 48:9–26, §3 (hierarchic composition). Inconsistent matrices are
 * reported per node, not rejected. Limits: at most {@link #MAX_NODES} nodes and {@link #MAX_DEPTH}
 * levels; ids must be unique.
 * Stateless and thread-safe.
 */
public final class HierarchicalAhp {
    /** The default instance, using {@link Ahp#DEFAULT}. */
    public static final HierarchicalAhp DEFAULT = new HierarchicalAhp(Ahp.DEFAULT);
    /** The largest tree accepted. */
    public static final int MAX_NODES = 10_000;
    /** The deepest tree accepted (levels below the root). */
    public static final int MAX_DEPTH = 32;

    private final Ahp ahp;

    /** @param ahp the AHP model for each matrix; not null */
    public HierarchicalAhp(Ahp ahp) {
        this.ahp = Require.notNull(ahp, "ahp");
    }

    /**
     * @param root   the root (the goal); must have children; not null
     * @param method the weight method for every matrix; not null
     * @return the local and global weights, explained
     */
    public HierarchyWeights weigh(HierarchyNode root, WeightMethod method) {
        Require.notNull(root, "root");
        Require.notNull(method, "method");
        Require.that(!root.isLeaf(), "root", root.id(), Rule.INVALID_STATE, "the root must have children");
        Set<String> ids = new HashSet<>();
        checkIds(root, ids, 0);
        List<NodeWeight> nodes = new ArrayList<>();
        Map<String, AhpResult> matrices = new LinkedHashMap<>();
        visit(root, 1.0, 1, method, nodes, matrices);
        boolean consistent = matrices.values().stream().allMatch(AhpResult::consistent);
        Explanation.Builder b = Explanation.builder("quality.ahp.hierarchical").input("method", method.name())
                .input("root", root.id()).input("nodes", nodes.size());
        for (Map.Entry<String, AhpResult> m : matrices.entrySet()) {
            AhpResult r = m.getValue();
            b.step(Step.builder(QualitySteps.CONSISTENCY_RATIO).formula("CR of the matrix under " + m.getKey()
                    + (r.consistent() ? " (consistent)" : " (INCONSISTENT: revisit a_" + r.mostInconsistent().row() + ","
                    + r.mostInconsistent().column() + ")")).input("lambdaMax", r.lambdaMax(), "").input("ci", r.ci(), "")
                    .input("ri", r.ri(), "").result(Quantity.of(m.getKey(), r.cr(), "")).source(RandomIndex.SOURCE).build());
        }
        double sum = 0;
        for (NodeWeight n : nodes) {
            b.hashOnly(n.id(), new double[] {n.local()});
            b.step(Step.builder(QualitySteps.GLOBAL_WEIGHT).formula("g = g(parent) × w_local")
                    .input("local", n.local(), "").result(Quantity.of(n.id(), n.global(), "")).build());
            if (n.leaf()) {
                sum += n.global();
            }
        }
        b.step(Step.builder(QualitySteps.GLOBAL_WEIGHT_SUM).formula("Σ_leaves g = 1").result(sum, "")
                .source("Saaty (1990) EJOR 48:9-26, hierarchic composition").build());
        return new HierarchyWeights(method, nodes, matrices, consistent, b.build());
    }

    private static void checkIds(HierarchyNode node, Set<String> ids, int depth) {
        Require.withinLimit(ids.size() + 1L, MAX_NODES, "root", "");
        Require.withinLimit(depth, MAX_DEPTH, "root", "flatten the hierarchy");
        Require.that(ids.add(node.id()), "id", node.id(), Rule.DUPLICATE, node.id());
        for (HierarchyNode child : node.children()) {
            checkIds(child, ids, depth + 1);
        }
    }

    private void visit(HierarchyNode node, double global, int depth, WeightMethod method, List<NodeWeight> out,
            Map<String, AhpResult> matrices) {
        AhpResult r = ahp.weigh(node.judgements(), method);
        matrices.put(node.id(), r);
        for (int i = 0; i < node.children().size(); i++) {
            HierarchyNode child = node.children().get(i);
            double local = r.weights().get(i);
            out.add(new NodeWeight(child.id(), child.label(), depth, child.isLeaf(), local, global * local));
            if (!child.isLeaf()) {
                visit(child, global * local, depth + 1, method, out, matrices);
            }
        }
    }
}
