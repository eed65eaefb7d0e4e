package org.dataprice.index;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Seeded random panels for property tests. */
public final class RandomPanels {
    private RandomPanels() {
    }

    /**
     * A seeded random panel (Commons RNG XO_RO_SHI_RO_128_PP): prices in [0.5, 2.5), quantities in
     * [1, 11); with gaps, about 20 % of the cells of products 3.. are absent (products 1–2 always
     * present, so every pair of periods matches).
     *
     * @param seed the seed
     * @param t    periods
     * @param n    products
     * @param gaps whether cells may be absent
     * @return the panel
     */
    public static PricePanel panel(long seed, int t, int n, boolean gaps) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] p = new double[t * n];
        double[] q = new double[t * n];
        boolean[] m = new boolean[t * n];
        for (int c = 0; c < t * n; c++) {
            m[c] = !gaps || c % n < 2 || rng.nextDouble() > 0.2;
            if (m[c]) {
                p[c] = 0.5 + 2 * rng.nextDouble();
                q[c] = 1 + 10 * rng.nextDouble();
            }
        }
        List<String> ids = IntStream.range(0, n).mapToObj(i -> "p" + i).toList();
        return PricePanel.of(PricePanel.months(YearMonth.of(2023, 1), t), ids, p, q, m);
    }

}
