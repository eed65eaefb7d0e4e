package org.dataprice.split.datavalue;

/**
 * Sorts keys ascending and permutes an index array alongside, ties broken by the index (so the
 * order is total and deterministic). Two ways, same order: {@link #sort(double[], int[])}, a primitive
 * quicksort (median of three) with insertion sort for short ranges; and
 * {@link #sortNonNegative(double[], int[], long[])} for keys ≥ 0, which sorts packed 64-bit words
 * (float bits of the key, then the index) with the JDK's dual-pivot quicksort and repairs the few
 * pairs whose keys agree in float precision by an exact insertion pass. No boxing.
 */
final class ArgSort {
    private static final int INSERTION = 24;

    private ArgSort() {
    }

    static void sort(double[] key, int[] index) {
        sort(key, index, 0, key.length - 1);
    }

    /**
     * Sorts keys ≥ 0 (finite) with their indices 0..n−1, ties by index.
     *
     * @param key     the keys, indexed by position i; sorted on return
     * @param index   receives the sorted indices
     * @param scratch a work array of at least 2 · key.length longs
     */
    static void sortNonNegative(double[] key, int[] index, long[] scratch) {
        int n = key.length;
        for (int i = 0; i < n; i++) {
            // non-negative floats order like their bit patterns; rounding down keeps float order ≤ double order
            scratch[i] = ((long) Float.floatToRawIntBits(toFloatDown(key[i])) << 32) | i;
        }
        if (n >= RADIX_MIN) {
            radixSort(scratch, n);
        } else {
            java.util.Arrays.sort(scratch, 0, n);
        }
        for (int i = 0; i < n; i++) {
            index[i] = (int) scratch[i];
        }
        for (int i = 0; i < n; i++) {
            scratch[i] = Double.doubleToRawLongBits(key[index[i]]);
        }
        for (int i = 0; i < n; i++) {
            key[i] = Double.longBitsToDouble(scratch[i]);
        }
        // exact repair: keys equal in float precision may be out of double order
        for (int i = 1; i < n; i++) {
            double k = key[i];
            int x = index[i];
            int j = i - 1;
            if (key[j] < k || (key[j] == k && index[j] < x)) {
                continue;
            }
            while (j >= 0 && (key[j] > k || (key[j] == k && index[j] > x))) {
                key[j + 1] = key[j];
                index[j + 1] = index[j];
                j--;
            }
            key[j + 1] = k;
            index[j + 1] = x;
        }
    }

    private static final int RADIX_MIN = 4096;
    private static final int DIGIT_BITS = 11;

    /**
     * LSD radix sort of n non-negative longs in scratch[0, n) using scratch[n, 2n) as the buffer,
     * 11-bit digits, skipping digits on which all keys agree.
     */
    private static void radixSort(long[] a, int n) {
        int[] count = new int[1 << DIGIT_BITS];
        int mask = (1 << DIGIT_BITS) - 1;
        int from = 0;
        int to = n;
        for (int shift = 0; shift < 63; shift += DIGIT_BITS) {
            java.util.Arrays.fill(count, 0);
            for (int i = from; i < from + n; i++) {
                count[(int) (a[i] >>> shift) & mask]++;
            }
            if (count[(int) (a[from] >>> shift) & mask] == n) {
                continue; // every key has the same digit here
            }
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = from; i < from + n; i++) {
                long v = a[i];
                a[to + count[(int) (v >>> shift) & mask]++] = v;
            }
            int t = from;
            from = to;
            to = t;
        }
        if (from != 0) {
            System.arraycopy(a, from, a, 0, n);
        }
    }

    /** The largest float ≤ x, so that float order never contradicts double order. */
    private static float toFloatDown(double x) {
        float f = (float) x;
        return f > x ? Math.nextDown(f) : f;
    }

    private static void sort(double[] key, int[] index, int lo, int hi) {
        while (hi - lo > INSERTION) {
            int mid = (lo + hi) >>> 1;
            if (less(key, index, mid, lo)) {
                swap(key, index, mid, lo);
            }
            if (less(key, index, hi, lo)) {
                swap(key, index, hi, lo);
            }
            if (less(key, index, hi, mid)) {
                swap(key, index, hi, mid);
            }
            double pk = key[mid];
            int pi = index[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (key[i] < pk || (key[i] == pk && index[i] < pi)) {
                    i++;
                }
                while (key[j] > pk || (key[j] == pk && index[j] > pi)) {
                    j--;
                }
                if (i <= j) {
                    swap(key, index, i++, j--);
                }
            }
            if (j - lo < hi - i) { // recurse into the smaller part
                sort(key, index, lo, j);
                lo = i;
            } else {
                sort(key, index, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double k = key[i];
            int x = index[i];
            int j = i - 1;
            while (j >= lo && (key[j] > k || (key[j] == k && index[j] > x))) {
                key[j + 1] = key[j];
                index[j + 1] = index[j];
                j--;
            }
            key[j + 1] = k;
            index[j + 1] = x;
        }
    }

    private static boolean less(double[] key, int[] index, int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && index[a] < index[b]);
    }

    private static void swap(double[] key, int[] index, int a, int b) {
        double k = key[a];
        key[a] = key[b];
        key[b] = k;
        int x = index[a];
        index[a] = index[b];
        index[b] = x;
    }
}
