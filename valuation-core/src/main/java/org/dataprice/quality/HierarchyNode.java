package org.dataprice.quality;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A node of an AHP criteria hierarchy (准则层 → 指标层): a leaf indicator, or a criterion whose
 * children are weighted by a pairwise matrix. Any depth; build the GB/T 36344-2018 tree with
 * {@link QualityDimension#hierarchy} or any other tree by hand (the hierarchy is extensible).
 *
 * @param id         a stable identifier, unique in the tree (e.g. {@code "accuracy.duplicateRate"}); not blank
 * @param label      a human-readable label (Chinese and/or English); not blank
 * @param judgements the pairwise matrix over the children, in child order; null for a leaf
 * @param children   the sub-criteria; empty for a leaf; copied
 */
public record HierarchyNode(String id, String label, PairwiseMatrix judgements, List<HierarchyNode> children) {
    /** Validates that a criterion's matrix matches its children. */
    public HierarchyNode {
        Require.notBlank(id, "id");
        Require.notBlank(label, "label");
        children = Require.copyOf(children, "children");
        if (children.isEmpty()) {
            Require.that(judgements == null, "judgements", "matrix", Rule.INVALID_STATE, "a leaf has no judgements");
        } else {
            Require.notNull(judgements, "judgements");
            Require.size(judgements.size(), children.size(), "judgements");
        }
    }

    /**
     * @param id    the identifier; not blank
     * @param label the label; not blank
     * @return a leaf indicator
     */
    public static HierarchyNode leaf(String id, String label) {
        return new HierarchyNode(id, label, null, List.of());
    }

    /**
     * @param id         the identifier; not blank
     * @param label      the label; not blank
     * @param judgements the pairwise matrix over the children; not null
     * @param children   the children, at least one
     * @return a criterion
     */
    public static HierarchyNode criterion(String id, String label, PairwiseMatrix judgements, List<HierarchyNode> children) {
        Require.nonEmptyCopy(children, "children");
        return new HierarchyNode(id, label, judgements, children);
    }

    /** @return true when this node has no children */
    public boolean isLeaf() {
        return children.isEmpty();
    }
}
