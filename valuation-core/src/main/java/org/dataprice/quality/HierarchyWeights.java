package org.dataprice.quality;

import java.util.List;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;

/**
 * The result of {@link HierarchicalAhp#weigh}: every node's local and global weight (depth first,
 * in tree order), each criterion's AHP result, and whether every matrix is consistent.
 *
 * @param method         the weight method used at every node; not null
 * @param nodes          every non-root node, depth first; not null
 * @param matrices       the AHP result of each criterion, by criterion id; not null
 * @param allConsistent  true when every criterion's CR &lt; 0.10
 * @param explanation    the explanation; the last step holds the sum of leaf global weights (1)
 */
public record HierarchyWeights(WeightMethod method, List<NodeWeight> nodes, Map<String, AhpResult> matrices,
        boolean allConsistent, Explanation explanation) {
    /** Copies. */
    public HierarchyWeights {
        Require.notNull(method, "method");
        nodes = Require.copyOf(nodes, "nodes");
        matrices = Map.copyOf(Require.notNull(matrices, "matrices"));
        Require.notNull(explanation, "explanation");
    }

    /** @return the leaves, in tree order */
    public List<NodeWeight> leaves() {
        return nodes.stream().filter(NodeWeight::leaf).toList();
    }

    /**
     * @param id a node id; not null
     * @return that node's weights
     */
    public NodeWeight node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new org.dataprice.error.InvalidInputException("id", id, Rule.UNKNOWN, "the hierarchy's node ids"));
    }
}
