package org.dataprice.split.datavalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArgSortTest {
    /** The packed-float sort with exact repair gives the same order as the exact quicksort, ties and near-ties included. */
    @Test
    void test_sortNonNegative_matchesExactSort() {
        SplittableRandom r = new SplittableRandom(1);
        for (int round = 0; round < 20; round++) {
            int n = 1 + r.nextInt(round < 10 ? 5000 : 40_000); // both the JDK sort and the radix path
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(3);
                a[i] = kind == 0 ? r.nextInt(10) : kind == 1 ? 1 + r.nextInt(3) * Math.ulp(1.0) : r.nextDouble() * Math.scalb(1.0, r.nextInt(-60, 60));
            }
            double[] b = a.clone();
            int[] ia = new int[n];
            for (int i = 0; i < n; i++) {
                ia[i] = i;
            }
            int[] ib = new int[n];
            ArgSort.sort(a, ia);
            ArgSort.sortNonNegative(b, ib, new long[2 * n]);
            assertThat(ib).isEqualTo(ia);
            assertThat(b).isEqualTo(a);
        }
    }
}
