package org.dataprice.supervision.pattern;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.Severity;

/**
 * 自买自卖、循环交易、对倒抬价 — self-dealing, wash and circular trading, and round-trip price inflation in the
 * {@link TradeGraph} (parties merged by beneficial owner).
 *
 * <ul>
 * <li><b>Self-dealing</b>: a deal whose seller and buyer are in one owner group (one alert per deal).</li>
 * <li><b>Temporal cycles</b>: deals e<sub>1</sub>, …, e<sub>k</sub> (2 ≤ k ≤ L) forming a simple cycle of owner
 * groups, each deal after the previous one (time order) and all within the window W of the first. Found by a
 * depth-first search from every edge e<sub>1</sub> that only follows later edges (so each cycle is found once, from
 * its earliest deal), only within e<sub>1</sub>'s strongly connected component (Tarjan), and only edges within W
 * (binary search on each node's time-ordered edges): the time-respecting bounded-length cycle enumeration of
 * Kumar &amp; Calders (2018), "2SCENT", Proc. VLDB Endow. 11(11):1441–1453, simplified to a length bound as in
 * Johnson (1975), SIAM J. Comput. 4(1):77–84.</li>
 * <li>A cycle is <b>wash / circular trading</b> when every amount is within a factor ρ of the first (the same
 * value goes round), and a <b>round trip</b> when the amounts never fall and the last is at least (1 + g) times
 * the first (a price walked up between related hands, which would inflate the reference price and the index).
 * Cycles over the same set of groups are reported as one alert naming all their deals.</li>
 * </ul>
 *
 * <p>Work is bounded: the search stops with a {@link LimitExceededException} after {@code maxSteps} edge
 * inspections. Deals with different currencies must not be mixed (checked by the graph). Stateless, thread-safe.
 *
 * @param washTrading     identity of the wash / circular alert; not null
 * @param roundTrip       identity of the round-trip alert; not null
 * @param selfDealing     identity of the self-dealing alert; not null
 * @param window          W, &gt; 0; not null
 * @param maxLength       L, the longest cycle, 2..8
 * @param amountTolerance ρ, &ge; 1
 * @param minRise         g, &gt; ρ − 1 so that a cycle is never both
 * @param maxSteps        the work bound, &ge; 1
 */
public record CycleScreen(RuleIdentity washTrading, RuleIdentity roundTrip, RuleIdentity selfDealing,
        Duration window, int maxLength, double amountTolerance, double minRise, long maxSteps) {
    /** Validates. */
    public CycleScreen {
        Require.notNull(washTrading, "washTrading");
        Require.notNull(roundTrip, "roundTrip");
        Require.notNull(selfDealing, "selfDealing");
        Require.notNull(window, "window");
        Require.that(!window.isNegative() && !window.isZero(), "window", window, org.dataprice.error.Rule.GREATER_THAN, 0);
        Require.inClosedRange(maxLength, 2, 8, "maxLength");
        Require.atLeast(amountTolerance, 1, "amountTolerance");
        Require.greaterThan(minRise, amountTolerance - 1, "minRise");
        Require.atLeast(maxSteps, 1L, "maxSteps");
    }

    /**
     * Version 1 of each pattern: W = 30 days, L = 4, ρ = 1.1, g = 0.2, 2·10<sup>8</sup> steps; wash and self-dealing
     * CRITICAL, round trip HIGH. Illustrations for an exchange to configure.
     */
    public static final CycleScreen EXAMPLE = new CycleScreen(RuleIdentity.of("pattern.washTrading", 1, Severity.CRITICAL),
            RuleIdentity.of("pattern.roundTrip", 1, Severity.HIGH), RuleIdentity.of("pattern.selfDealing", 1, Severity.CRITICAL),
            Duration.ofDays(30), 4, 1.1, 0.2, 200_000_000L);

    /**
     * @param graph the graph; not null
     * @return the alerts: self-deals in deal order, then wash and round-trip rings in order of their first deal
     */
    public List<Alert> find(TradeGraph graph) {
        Require.notNull(graph, "graph");
        List<Alert> alerts = new ArrayList<>();
        for (int i : graph.selfDeals) {
            alerts.add(selfDeal(graph.deals.get(i)));
        }
        Map<String, List<int[]>> wash = new LinkedHashMap<>();
        Map<String, List<int[]>> trips = new LinkedHashMap<>();
        search(graph, wash, trips);
        wash.forEach((ring, cycles) -> alerts.add(ring(graph, washTrading, ring, cycles)));
        trips.forEach((ring, cycles) -> alerts.add(ring(graph, roundTrip, ring, cycles)));
        return alerts;
    }

    private void search(TradeGraph g, Map<String, List<int[]>> wash, Map<String, List<int[]>> trips) {
        int[] comp = g.components();
        long w = window.getSeconds();
        int[] path = new int[maxLength];
        int[] nodeAt = new int[maxLength + 1];
        int[] pos = new int[maxLength + 1];
        boolean[] washOk = new boolean[maxLength + 1];
        boolean[] riseOk = new boolean[maxLength + 1];
        long steps = 0;
        for (int e = 0; e < g.edges(); e++) {
            int u = g.from[e];
            if (comp[u] != comp[g.to[e]]) {
                continue;
            }
            long tEnd = g.time[e] + w;
            double a0 = g.amount[e];
            path[0] = e;
            nodeAt[0] = u;
            nodeAt[1] = g.to[e];
            washOk[1] = true;
            riseOk[1] = true;
            int depth = 1;
            pos[1] = g.firstOut(nodeAt[1], e + 1);
            while (depth >= 1) {
                int v = nodeAt[depth];
                int end = g.start[v + 1];
                boolean pushed = false;
                while (pos[depth] < end) {
                    int f = g.out[pos[depth]++];
                    if (++steps > maxSteps) {
                        throw new LimitExceededException("maxSteps", steps, maxSteps,
                                "shorten the window or maxLength, or scan fewer deals at once");
                    }
                    if (g.time[f] > tEnd) {
                        pos[depth] = end; // the node's later edges are later still
                        break;
                    }
                    int x = g.to[f];
                    if (comp[x] != comp[u]) {
                        continue;
                    }
                    double a = g.amount[f];
                    boolean wOk = washOk[depth] && a * amountTolerance >= a0 && a <= a0 * amountTolerance;
                    boolean rOk = riseOk[depth] && a >= g.amount[path[depth - 1]];
                    if (!wOk && !rOk) {
                        continue;
                    }
                    if (x == u) {
                        if (wOk) {
                            record(g, wash, path, depth, f);
                        } else if (a >= a0 * (1 + minRise)) {
                            record(g, trips, path, depth, f);
                        }
                        continue;
                    }
                    if (depth + 2 > maxLength || onPath(nodeAt, depth, x)) {
                        continue;
                    }
                    path[depth] = f;
                    depth++;
                    nodeAt[depth] = x;
                    washOk[depth] = wOk;
                    riseOk[depth] = rOk;
                    pos[depth] = g.firstOut(x, f + 1);
                    pushed = true;
                    break;
                }
                if (!pushed) {
                    depth--;
                }
            }
        }
    }

    private static boolean onPath(int[] nodeAt, int depth, int x) {
        for (int i = 0; i <= depth; i++) {
            if (nodeAt[i] == x) {
                return true;
            }
        }
        return false;
    }

    private static void record(TradeGraph g, Map<String, List<int[]>> rings, int[] path, int depth, int closing) {
        int[] cycle = new int[depth + 1];
        System.arraycopy(path, 0, cycle, 0, depth);
        cycle[depth] = closing;
        TreeSet<String> members = new TreeSet<>();
        for (int e : cycle) {
            members.add(g.nodeNames[g.from[e]]);
        }
        rings.computeIfAbsent(String.join(",", members), k -> new ArrayList<>()).add(cycle);
    }

    private Alert ring(TradeGraph g, RuleIdentity rule, String ring, List<int[]> cycles) {
        TreeSet<String> ids = new TreeSet<>();
        double spread = 1;
        double rise = 1;
        for (int[] c : cycles) {
            double lo = Double.MAX_VALUE;
            double hi = 0;
            for (int e : c) {
                ids.add(g.deals.get(g.deal[e]).dealId());
                lo = Math.min(lo, g.amount[e]);
                hi = Math.max(hi, g.amount[e]);
            }
            spread = Math.max(spread, hi / lo);
            rise = Math.max(rise, g.amount[c[c.length - 1]] / g.amount[c[0]]);
        }
        int[] first = cycles.get(0);
        Step.Builder cycleStep = Step.builder(PatternSteps.CYCLE)
                .formula("deals e1 < … < ek in time, seller group of e(i+1) = buyer group of e(i), ek returns to e1's seller, within W");
        for (int e : first) {
            MonitoredDeal d = g.deals.get(g.deal[e]);
            cycleStep.input(Quantity.text(d.dealId(), g.nodeNames[g.from[e]] + " → " + g.nodeNames[g.to[e]] + " at "
                    + d.at() + " for " + d.price()));
        }
        cycleStep.result(Quantity.count("cycles", cycles.size()))
                .source("Kumar & Calders 2018, PVLDB 11(11):1441; Johnson 1975, SIAM J. Comput. 4(1):77");
        boolean isWash = rule == washTrading;
        Quantity figure = isWash ? Quantity.of("amountSpread", spread, "") : Quantity.of("rise", rise, "");
        Explanation explanation = Explanation.builder("supervision.pattern." + rule.id())
                .input("rule", rule.id()).input("ruleVersion", rule.version()).input("ring", ring)
                .input("windowDays", window.toDays()).input("maxLength", maxLength)
                .input(isWash ? "amountTolerance" : "minRise", isWash ? amountTolerance : minRise, "")
                .step(cycleStep.build())
                .step(Step.builder(isWash ? PatternSteps.CYCLE_AMOUNTS : PatternSteps.ROUND_TRIP_RISE)
                        .formula(isWash ? "max / min amount ≤ ρ" : "amounts never fall; last / first ≥ 1 + g")
                        .result(figure).source("渝府办发〔2023〕99号 §15 (穿透式监管)").build())
                .build();
        return new Alert(rule, "ring:" + ring, new ArrayList<>(ids),
                List.of(Quantity.count("cycles", cycles.size()), figure), explanation);
    }

    private Alert selfDeal(MonitoredDeal d) {
        Explanation explanation = Explanation.builder("supervision.pattern." + selfDealing.id())
                .input("rule", selfDealing.id()).input("ruleVersion", selfDealing.version())
                .input("dealId", d.dealId()).input("sellerId", d.sellerId()).input("buyerId", d.buyerId())
                .step(Step.builder(PatternSteps.SAME_OWNER).formula("group(seller) = group(buyer) by declared owner links")
                        .input(Quantity.text("sellerId", d.sellerId())).input(Quantity.text("buyerId", d.buyerId()))
                        .result(Quantity.of("price", d.price())).source("渝府办发〔2023〕99号 §15; OwnershipGroups").build())
                .build();
        return new Alert(selfDealing, d.dealId(), List.of(d.dealId()),
                List.of(Quantity.text("sellerId", d.sellerId()), Quantity.text("buyerId", d.buyerId()),
                        Quantity.of("price", d.price())), explanation);
    }
}
