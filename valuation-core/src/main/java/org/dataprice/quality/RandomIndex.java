package org.dataprice.quality;

import org.dataprice.error.Require;

/**
 * Saaty's random consistency index RI(n) (平均随机一致性指标): the mean CI of random reciprocal
 * matrices of order n on the 1–9 scale.
 *
 * <table>
 *   <caption>RI(n)</caption>
 *   <tr><th>n</th><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td>
 *       <td>9</td><td>10</td><td>11</td><td>12</td><td>13</td><td>14</td><td>15</td></tr>
 *   <tr><th>RI</th><td>0</td><td>0</td><td>0.58</td><td>0.90</td><td>1.12</td><td>1.24</td><td>1.32</td>
 *       <td>1.41</td><td>1.45</td><td>1.49</td><td>1.51</td><td>1.48</td><td>1.56</td><td>1.57</td><td>1.59</td></tr>
 * </table>
 *
 * <p>Source: Saaty, T. L. (1980) <i>The Analytic Hierarchy Process</i>, McGraw-Hill, p. 21 (n ≤ 15,
 * sample of 500 matrices from Oak Ridge National Laboratory, n ≤ 11 from Wharton); the same values for
 * n ≤ 10 in Saaty (1990) EJOR 48:9–26, p. 15. n = 1, 2 have RI = 0, for which CR is defined as 0
 * (every 1×1 and 2×2 reciprocal matrix is consistent). Thread-safe.
 */
public final class RandomIndex {
    /** The source of the table, quoted in explanations. */
    public static final String SOURCE = "Saaty (1980) The Analytic Hierarchy Process, McGraw-Hill, p. 21; Saaty (1990) EJOR 48:9-26";

    private static final double[] RI = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};

    private RandomIndex() {
    }

    /**
     * @param n the matrix order, 1 ≤ n ≤ {@link PairwiseMatrix#MAX_SIZE}
     * @return RI(n)
     */
    public static double of(int n) {
        Require.atLeast(n, 1, "n");
        Require.withinLimit(n, RI.length, "n", "Saaty's table ends at n = 15");
        return RI[n - 1];
    }
}
