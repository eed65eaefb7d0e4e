package org.dataprice.split.datavalue;

/**
 * Sorts keys ascending and permutes an index array alongside, ties broken by the index (so the
 * order is total and deterministic). Primitive quicksort (median of three) with insertion sort for
 * short ranges; no allocation, no boxing.
 */
final class ArgSort {
    private static final int INSERTION = 24;

    private ArgSort() {
    }

    static void sort(double[] key, int[] index) {
        sort(key, index, 0, key.length - 1);
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
