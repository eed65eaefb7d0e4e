package org.dataprice.quality;

/**
 * One judgement of a pairwise matrix compared with what the derived weights imply: the judgement
 * that contradicts the weights most is the one an expert should revisit first.
 *
 * @param row          i, the element judged more or less important
 * @param column       j, the element compared with
 * @param given        a_ij as judged
 * @param implied      w_i / w_j, the judgement consistent with the weights
 * @param logDeviation |ln(a_ij · w_j / w_i)|, the distance on a log scale (0 when consistent)
 */
public record Judgement(int row, int column, double given, double implied, double logDeviation) {
}
