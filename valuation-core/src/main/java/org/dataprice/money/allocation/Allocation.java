package org.dataprice.money.allocation;

import org.dataprice.money.Money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;

/**
 * Splits an amount of money into parts proportional to weights, exactly to the minor unit, by the
 * largest-remainder (Hamilton) method. 分配 — allocation.
 *
 * <p>Algorithm, for a total of T minor units (分) and weights w<sub>1..n</sub> &gt; 0 with sum W:
 * <ol>
 *   <li>exact share q<sub>i</sub> = T · w<sub>i</sub> / W;</li>
 *   <li>each part starts at ⌊q<sub>i</sub>⌋;</li>
 *   <li>the k = T − Σ⌊q<sub>i</sub>⌋ units left (0 ≤ k &lt; n) go one each to the k parts with the
 *       largest remainders q<sub>i</sub> − ⌊q<sub>i</sub>⌋.</li>
 * </ol>
 * So the parts always sum to T exactly and each differs from its exact share by less than one minor
 * unit. A negative total is split as its absolute value and every part negated, so parts of a loss
 * mirror the parts of the same gain.
 *
 * <p><b>Ties</b> between equal remainders go to the larger weight, then to the earlier position.
 * Ordering by weight first makes the split permutation-equivariant: reordering the weights reorders
 * the parts the same way (parts of equal weights are interchangeable).
 *
 * <p><b>Precision.</b> {@link #byRatios} and {@link #byWeights(Money, List)} work in exact integer
 * arithmetic. {@link #byWeights(Money, double[])} computes shares in {@code double} (relative error
 * about n·2<sup>-53</sup>), which is exact in the sum and within one minor unit per part for totals up
 * to {@link #MAX_DOUBLE_TOTAL_MINOR} minor units; larger totals are rejected with advice to use ratios.
 *
 * <p>Edge cases: no weights, or a zero, negative, NaN or infinite weight, are rejected naming the
 * position. A zero total gives zero parts. Stateless and thread-safe; allocation-free apart from its
 * result in the primitive kernel {@link #splitMinor(long, double[])}, which runs in O(n) expected time
 * (quickselect of the k largest remainders, no sort).
 *
 * <p>Source: the largest-remainder method (Hamilton 1792; Balinski &amp; Young, <i>Fair
 * Representation</i>, 2nd ed. 2001, ch. 2).
 */
public final class Allocation {
    /** The default instance. */
    public static final Allocation DEFAULT = new Allocation();
    /** The largest total, in minor units, that the double kernel splits within one minor unit per part (2<sup>50</sup>). */
    public static final long MAX_DOUBLE_TOTAL_MINOR = 1L << 50;

    private static final String METHOD = "money.allocation.largestRemainder";
    private static final String SOURCE = "Largest remainder (Hamilton); Balinski & Young, Fair Representation, ch. 2";

    /**
     * Splits a total by double weights.
     *
     * @param total   the amount to split, at its currency's minor-unit scale; not null
     * @param weights finite weights &gt; 0, at least one; not null; not modified
     * @return the parts and how they were obtained
     */
    public AllocationResult byWeights(Money total, double[] weights) {
        checkWeights(weights);
        Split split = split(minorOf(total), weights);
        return result(total, split, "weights (double)", weights.length,
                Explanation.builder(METHOD).input("total", total).hashOnly("weights", weights));
    }

    /**
     * Splits a total by decimal weights, exactly.
     *
     * @param total   the amount to split; not null
     * @param weights weights &gt; 0, at least one; not null
     * @return the parts and how they were obtained
     */
    public AllocationResult byWeights(Money total, List<BigDecimal> weights) {
        List<BigDecimal> copy = Require.nonEmptyCopy(weights, "weights");
        int scale = 0;
        for (int i = 0; i < copy.size(); i++) {
            BigDecimal w = copy.get(i);
            Require.that(w.signum() > 0, "weights[" + i + "]", w, Rule.GREATER_THAN, 0);
            scale = Math.max(scale, w.stripTrailingZeros().scale());
        }
        BigInteger[] ratios = new BigInteger[copy.size()];
        StringBuilder canonical = new StringBuilder();
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = copy.get(i).setScale(scale).unscaledValue();
            canonical.append(copy.get(i).stripTrailingZeros().toPlainString()).append(',');
        }
        return exact(total, ratios, "weights (decimal)", canonical.toString());
    }

    /**
     * Splits a total by whole-number ratios (shares, units held), exactly.
     *
     * @param total  the amount to split; not null
     * @param ratios ratios &gt; 0, at least one; not null
     * @return the parts and how they were obtained
     */
    public AllocationResult byRatios(Money total, long[] ratios) {
        Require.notNull(ratios, "ratios");
        Require.that(ratios.length > 0, "ratios", "[]", Rule.EMPTY);
        BigInteger[] big = new BigInteger[ratios.length];
        StringBuilder canonical = new StringBuilder();
        for (int i = 0; i < ratios.length; i++) {
            Require.that(ratios[i] > 0, "ratios[" + i + "]", ratios[i], Rule.GREATER_THAN, 0);
            big[i] = BigInteger.valueOf(ratios[i]);
            canonical.append(ratios[i]).append(',');
        }
        return exact(total, big, "ratios", canonical.toString());
    }

    /**
     * The primitive kernel: splits {@code totalMinor} minor units by double weights. The caller has
     * validated the weights (finite, &gt; 0).
     *
     * @param totalMinor the total in minor units; |total| ≤ {@link #MAX_DOUBLE_TOTAL_MINOR}
     * @param weights    finite weights &gt; 0; not modified
     * @return the parts in minor units, summing exactly to {@code totalMinor}
     */
    public long[] splitMinor(long totalMinor, double[] weights) {
        return split(totalMinor, weights).parts();
    }

    private Split split(long totalMinor, double[] weights) {
        Require.withinLimit(Math.abs(totalMinor), MAX_DOUBLE_TOTAL_MINOR, "total",
                "split by integer ratios (byRatios) for exact arithmetic on larger totals");
        int n = weights.length;
        long t = Math.abs(totalMinor);
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double perWeight = t / sum;
        long[] parts = new long[n];
        double[] remainder = new double[n];
        long floors = 0;
        for (int i = 0; i < n; i++) {
            double q = weights[i] * perWeight; // q_i = T * w_i / W
            long f = (long) q;
            parts[i] = f;
            remainder[i] = q - f;
            floors += f;
        }
        long left = t - floors;
        distribute(parts, left, new DoubleOrder(remainder, weights));
        if (totalMinor < 0) {
            negate(parts);
        }
        return new Split(parts, left);
    }

    private AllocationResult exact(Money total, BigInteger[] ratios, String basis, String canonical) {
        long totalMinor = minorOf(total);
        Split fast = exactInLongs(totalMinor, ratios);
        if (fast != null) {
            return result(total, fast, basis, ratios.length,
                    Explanation.builder(METHOD).input("total", total).hashOnly(basis, canonical));
        }
        BigInteger t = BigInteger.valueOf(Math.abs(totalMinor));
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger r : ratios) {
            sum = sum.add(r);
        }
        long[] parts = new long[ratios.length];
        BigInteger[] remainder = new BigInteger[ratios.length];
        long floors = 0;
        for (int i = 0; i < ratios.length; i++) {
            BigInteger[] qr = t.multiply(ratios[i]).divideAndRemainder(sum); // T * r_i = q * R + rem
            parts[i] = qr[0].longValueExact();
            remainder[i] = qr[1];
            floors += parts[i];
        }
        long left = Math.abs(totalMinor) - floors;
        distribute(parts, left, new ExactOrder(remainder, ratios));
        if (totalMinor < 0) {
            negate(parts);
        }
        return result(total, new Split(parts, left), basis, ratios.length,
                Explanation.builder(METHOD).input("total", total).hashOnly(basis, canonical));
    }

    /**
     * The same exact split in {@code long} arithmetic when T·r_i and Σr fit in 63 bits (the usual case),
     * so no BigInteger is allocated per part; null when they do not fit. The quotients, remainders and
     * their order are the same integers as in the BigInteger path, so the parts are identical.
     */
    private static Split exactInLongs(long totalMinor, BigInteger[] ratios) {
        int n = ratios.length;
        long[] r = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            if (ratios[i].bitLength() > 62) {
                return null;
            }
            r[i] = ratios[i].longValue();
            sum += r[i];
            if (sum < 0) {
                return null;
            }
        }
        long t = Math.abs(totalMinor);
        long[] parts = new long[n];
        long[] remainder = new long[n];
        long floors = 0;
        for (int i = 0; i < n; i++) {
            long product = t * r[i];
            if (Math.multiplyHigh(t, r[i]) != 0 || product < 0) {
                return null;
            }
            parts[i] = product / sum; // T * r_i = q * R + rem
            remainder[i] = product % sum;
            floors += parts[i];
        }
        long left = t - floors;
        distribute(parts, left, new LongOrder(remainder, r));
        if (totalMinor < 0) {
            negate(parts);
        }
        return new Split(parts, left);
    }

    private static AllocationResult result(Money total, Split split, String basis, int n, Explanation.Builder explain) {
        List<Money> money = new ArrayList<>(split.parts().length);
        for (long p : split.parts()) {
            money.add(Money.ofMinor(p, total.currency()));
        }
        long absTotal = Math.abs(minorOf(total));
        Explanation explanation = explain
                .input("basis", basis)
                .input("parties", n)
                .step(Step.builder(AllocationSteps.TOTAL_MINOR).formula("T = |total| in minor units")
                        .result(absTotal, "minor units").build())
                .step(Step.builder(AllocationSteps.FLOOR_UNITS).formula("Σ floor(T · w_i / W)")
                        .result(absTotal - split.leftover(), "minor units").build())
                .step(Step.builder(AllocationSteps.LEFTOVER_UNITS)
                        .formula("k = T − Σ floor(T · w_i / W); one unit each to the k largest remainders "
                                + "(ties: larger weight, then earlier position)")
                        .result(split.leftover(), "minor units").build())
                .step(Step.builder(AllocationSteps.ALLOCATED).formula("Σ parts = total")
                        .source(SOURCE).result(Quantity.of("allocated", total)).build())
                .build();
        return new AllocationResult(total, money, explanation);
    }

    /** Parts in minor units and the number of units handed out by remainder. */
    private record Split(long[] parts, long leftover) {
    }

    private static void distribute(long[] parts, long left, Order order) {
        int n = parts.length;
        if (left < 0 || left > n) {
            throw new InvalidInputException("weights", "sum " + left, Rule.INVALID_STATE,
                    "shares lost precision; use byRatios");
        }
        if (left == 0) {
            return;
        }
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        select(index, (int) left, order);
        for (int j = 0; j < left; j++) {
            parts[index[j]]++;
        }
    }

    /** Rearranges {@code index} so that its first k entries are the k that come first in {@code order}. */
    private static void select(int[] index, int k, Order order) {
        int lo = 0;
        int hi = index.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int pivot = medianOf3(index[lo], index[mid], index[hi], order);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (order.before(index[i], pivot)) {
                    i++;
                }
                while (order.before(pivot, index[j])) {
                    j--;
                }
                if (i <= j) {
                    int tmp = index[i];
                    index[i++] = index[j];
                    index[j--] = tmp;
                }
            }
            if (k - 1 <= j) {
                hi = j;
            } else if (k - 1 >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static int medianOf3(int a, int b, int c, Order order) {
        if (order.before(a, b)) {
            return order.before(b, c) ? b : order.before(a, c) ? c : a;
        }
        return order.before(a, c) ? a : order.before(b, c) ? c : b;
    }

    private static void negate(long[] parts) {
        for (int i = 0; i < parts.length; i++) {
            parts[i] = -parts[i];
        }
    }

    private static long minorOf(Money total) {
        Require.notNull(total, "total");
        try {
            return total.toMinor();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("total", total, Rule.PRECISION_LOSS, Money.minorUnits(total.currency()));
        }
    }

    private static void checkWeights(double[] weights) {
        Require.notNull(weights, "weights");
        Require.that(weights.length > 0, "weights", "[]", Rule.EMPTY);
        for (int i = 0; i < weights.length; i++) {
            Require.positive(weights[i], "weights[" + i + "]");
        }
    }

    /** A strict total order on positions: true when i comes before j in receiving a leftover unit. */
    private interface Order {
        boolean before(int i, int j);
    }

    /** Larger remainder first, then larger weight, then earlier position. */
    private record DoubleOrder(double[] remainder, double[] weight) implements Order {
        @Override
        public boolean before(int i, int j) {
            if (remainder[i] != remainder[j]) {
                return remainder[i] > remainder[j];
            }
            if (weight[i] != weight[j]) {
                return weight[i] > weight[j];
            }
            return i < j;
        }
    }

    /** The exact order on remainders (T · r_i mod R) and ratios that fit in a long. */
    private record LongOrder(long[] remainder, long[] ratio) implements Order {
        @Override
        public boolean before(int i, int j) {
            if (remainder[i] != remainder[j]) {
                return remainder[i] > remainder[j];
            }
            if (ratio[i] != ratio[j]) {
                return ratio[i] > ratio[j];
            }
            return i < j;
        }
    }

    /** The same order on exact remainders (T · r_i mod R) and ratios. */
    private record ExactOrder(BigInteger[] remainder, BigInteger[] ratio) implements Order {
        @Override
        public boolean before(int i, int j) {
            int c = remainder[i].compareTo(remainder[j]);
            if (c != 0) {
                return c > 0;
            }
            c = ratio[i].compareTo(ratio[j]);
            if (c != 0) {
                return c > 0;
            }
            return i < j;
        }
    }
}
