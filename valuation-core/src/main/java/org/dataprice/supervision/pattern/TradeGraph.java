package org.dataprice.supervision.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.supervision.MonitoredDeal;

/**
 * The party–deal graph with parties merged into owner groups: one node per {@link OwnershipGroups} group, one
 * directed edge seller group → buyer group per deal (the direction the data goes), in time order. A deal whose
 * two sides are in one group is not an edge but a self-deal ({@link #selfDeals()}). Stored as primitive arrays
 * with a compressed out-adjacency (CSR) whose edges per node are in time order, so a search finds the first edge
 * after a time by binary search. Built in O(n) from deals already in {@link MonitoredDeal#TIME_ORDER} (checked)
 * plus one hash look-up per side. Immutable after construction and thread-safe to read.
 */
public final class TradeGraph {
    final List<MonitoredDeal> deals;
    final String[] nodeNames;
    final int[] from;
    final int[] to;
    final long[] time;
    final double[] amount;
    final int[] deal;
    final int[] start;
    final int[] out;
    final int[] selfDeals;

    private TradeGraph(List<MonitoredDeal> deals, String[] nodeNames, int[] from, int[] to, long[] time,
            double[] amount, int[] deal, int[] selfDeals) {
        this.deals = deals;
        this.nodeNames = nodeNames;
        this.from = from;
        this.to = to;
        this.time = time;
        this.amount = amount;
        this.deal = deal;
        this.selfDeals = selfDeals;
        int n = nodeNames.length;
        start = new int[n + 1];
        for (int f : from) {
            start[f + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        out = new int[from.length];
        int[] fill = java.util.Arrays.copyOf(start, n);
        // a stable counting sort by source keeps each node's edges in time order
        for (int e = 0; e < from.length; e++) {
            out[fill[from[e]]++] = e;
        }
    }

    /**
     * @param deals  the deals in {@link MonitoredDeal#TIME_ORDER}, one currency; not null (kept, not copied)
     * @param groups the owner groups; not null
     * @return the graph
     */
    public static TradeGraph of(List<MonitoredDeal> deals, OwnershipGroups groups) {
        MonitoredDeal.requireTimeOrder(deals);
        Require.notNull(groups, "groups");
        Map<String, Integer> nodes = new HashMap<>();
        List<String> names = new ArrayList<>();
        int n = deals.size();
        int[] from = new int[n];
        int[] to = new int[n];
        long[] time = new long[n];
        double[] amount = new double[n];
        int[] deal = new int[n];
        int m = 0;
        int[] self = new int[16];
        int selfCount = 0;
        for (int i = 0; i < n; i++) {
            MonitoredDeal d = deals.get(i);
            int s = node(nodes, names, groups.group(d.sellerId()));
            int b = node(nodes, names, groups.group(d.buyerId()));
            if (s == b) {
                if (selfCount == self.length) {
                    self = java.util.Arrays.copyOf(self, 2 * selfCount);
                }
                self[selfCount++] = i;
                continue;
            }
            from[m] = s;
            to[m] = b;
            time[m] = d.at().getEpochSecond();
            amount[m] = d.price().toDouble();
            deal[m] = i;
            m++;
        }
        return new TradeGraph(deals, names.toArray(String[]::new), java.util.Arrays.copyOf(from, m),
                java.util.Arrays.copyOf(to, m), java.util.Arrays.copyOf(time, m), java.util.Arrays.copyOf(amount, m),
                java.util.Arrays.copyOf(deal, m), java.util.Arrays.copyOf(self, selfCount));
    }

    private static int node(Map<String, Integer> nodes, List<String> names, String group) {
        Integer id = nodes.putIfAbsent(group, nodes.size());
        if (id == null) {
            names.add(group);
            return nodes.size() - 1;
        }
        return id;
    }

    /** @return the number of owner-group nodes */
    public int nodes() {
        return nodeNames.length;
    }

    /** @return the number of edges (deals between different groups) */
    public int edges() {
        return from.length;
    }

    /** @return the positions in the deal list of the deals within one owner group */
    public int[] selfDeals() {
        return selfDeals.clone();
    }

    // index in out[] of node w's first edge with id >= minEdge (edges of a node are in increasing id order)
    int firstOut(int w, int minEdge) {
        int lo = start[w];
        int hi = start[w + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (out[mid] < minEdge) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Strongly connected components by Tarjan's algorithm (Tarjan 1972, SIAM J. Comput. 1(2):146–160), iterative
     * so that a long path does not overflow the stack; O(V + E).
     *
     * @return the component of each node; two nodes can lie on a common cycle only when their components are equal
     */
    int[] components() {
        int n = nodes();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callPos = new int[n];
        int next = 0;
        int comps = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callPos[0] = start[root];
            index[root] = low[root] = next++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callPos[depth] < start[v + 1]) {
                    int w = to[out[callPos[depth]++]];
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callPos[depth] = start[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        comp[w] = comps;
                    } while (w != v);
                    comps++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return comp;
    }
}
