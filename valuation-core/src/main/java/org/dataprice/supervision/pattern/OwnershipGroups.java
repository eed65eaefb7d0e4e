package org.dataprice.supervision.pattern;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.Require;

/**
 * Parties merged into beneficial-owner groups by their declared {@link OwnerLink}s: the connected components of
 * the link graph, by union–find with union by size and path halving (Tarjan 1975, J. ACM 22(2):215–225;
 * Cormen et al., <i>Introduction to Algorithms</i>, 3rd ed., §21.3), so that a chain A–B, B–C puts A and C
 * together. O(m α(m)) for m links. A group is named by its lexicographically smallest party id (stable whatever
 * the link order); a party without links is its own group. Immutable after construction and thread-safe.
 */
public final class OwnershipGroups {
    /** No links: every party is its own group. */
    public static final OwnershipGroups NONE = of(List.of());

    private final Map<String, String> groupOf;

    private OwnershipGroups(Map<String, String> groupOf) {
        this.groupOf = Map.copyOf(groupOf);
    }

    /**
     * @param links the declared links; not null
     * @return the groups
     */
    public static OwnershipGroups of(List<OwnerLink> links) {
        Require.notNull(links, "links");
        Map<String, Integer> ids = new HashMap<>();
        for (OwnerLink l : links) {
            ids.putIfAbsent(l.partyA(), ids.size());
            ids.putIfAbsent(l.partyB(), ids.size());
        }
        int n = ids.size();
        int[] parent = new int[n];
        int[] size = new int[n];
        String[] names = new String[n];
        ids.forEach((name, i) -> names[i] = name);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        for (OwnerLink l : links) {
            int a = find(parent, ids.get(l.partyA()));
            int b = find(parent, ids.get(l.partyB()));
            if (a != b) {
                // union by size: the smaller tree hangs under the larger
                if (size[a] < size[b]) {
                    int t = a;
                    a = b;
                    b = t;
                }
                parent[b] = a;
                size[a] += size[b];
            }
        }
        String[] smallest = new String[n];
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (smallest[r] == null || names[i].compareTo(smallest[r]) < 0) {
                smallest[r] = names[i];
            }
        }
        Map<String, String> groupOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groupOf.put(names[i], smallest[find(parent, i)]);
        }
        return new OwnershipGroups(groupOf);
    }

    // path halving: every other node on the path points to its grandparent
    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * @param party a party id; not null
     * @return the name of its group (the smallest party id in it; the party itself when unlinked)
     */
    public String group(String party) {
        return groupOf.getOrDefault(party, party);
    }

    /**
     * @param a a party; not null
     * @param b another; not null
     * @return true when both are in one group
     */
    public boolean related(String a, String b) {
        return group(a).equals(group(b));
    }
}
