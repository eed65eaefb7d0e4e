package org.dataprice.quality;

/**
 * A node's weight in a hierarchy: its local weight among its siblings and its global weight, the
 * product of local weights from the root (组合权重).
 *
 * @param id     the node id
 * @param label  the node label
 * @param depth  1 for the root's children, 2 for theirs, …
 * @param leaf   true for an indicator without children
 * @param local  the weight among siblings
 * @param global the product of local weights along the path from the root
 */
public record NodeWeight(String id, String label, int depth, boolean leaf, double local, double global) {
}
