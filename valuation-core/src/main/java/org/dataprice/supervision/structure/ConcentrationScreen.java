package org.dataprice.supervision.structure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.Severity;

/**
 * 市场集中度 — concentration per category and month, and the alerts of the competition guidelines.
 *
 * <p><b>Measures</b>: shares by value s<sub>i</sub> = v<sub>i</sub> / V (sums exact in decimal, the ratio in
 * double); HHI = Σ (100 s<sub>i</sub>)² ∈ [0, 10 000]; CR4 = the four largest shares; entrants and exits against
 * the category's previous calendar month (a month without deals has no parties).
 *
 * <p><b>Thresholds</b>: (1) <i>highly concentrated and rising</i>: HHI &gt; 1 800 and ΔHHI &gt; 100 against the previous
 * month — the structural presumption of the US DOJ/FTC <i>Merger Guidelines</i> (2023), Guideline 1 and §2.1,
 * used here as a monitoring screen month over month, not as a merger test; (2) <i>presumed dominance</i>: one party
 * with s ≥ 1/2, the two largest with s<sub>1</sub> + s<sub>2</sub> ≥ 2/3, or the three largest with ≥ 3/4, where in
 * the joint cases a party below 1/10 is not presumed — 《中华人民共和国反垄断法》(2022 修正) 第二十四条 (art. 19 of
 * the 2008 text). We found no numeric HHI threshold in the SAMR concentration rules; a category and month stand
 * in for the relevant market, so an alert is a prompt to define the market properly. Cells with fewer than
 * {@code minDeals} deals are not judged (a thin month is concentrated by arithmetic). Stateless, thread-safe.
 *
 * @param concentrated identity of the HHI alert; not null
 * @param dominance    identity of the dominance alert; not null
 * @param hhiThreshold the HHI level, in (0, 10000)
 * @param deltaThreshold the ΔHHI, &ge; 0
 * @param minDeals     the fewest deals in a judged cell, &ge; 1
 */
public record ConcentrationScreen(RuleIdentity concentrated, RuleIdentity dominance, double hhiThreshold,
        double deltaThreshold, int minDeals) {
    /** Version 1: HHI &gt; 1800 and Δ &gt; 100 (WARNING); dominance by art. 24 shares (HIGH); cells of ≥ 20 deals. */
    public static final ConcentrationScreen EXAMPLE = new ConcentrationScreen(
            RuleIdentity.of("structure.hhi", 1, Severity.WARNING), RuleIdentity.of("structure.dominance", 1, Severity.HIGH),
            1800, 100, 20);

    /** Validates. */
    public ConcentrationScreen {
        Require.notNull(concentrated, "concentrated");
        Require.notNull(dominance, "dominance");
        Require.inOpenRange(hhiThreshold, 0, 10_000, "hhiThreshold");
        Require.nonNegative(deltaThreshold, "deltaThreshold");
        Require.atLeast(minDeals, 1, "minDeals");
    }

    /**
     * @param deals the deals, one currency, any order; not null
     * @param side  the side measured; not null
     * @return one entry per category and month with deals, by category then month
     */
    public List<CellConcentration> measure(List<MonitoredDeal> deals, MarketSide side) {
        Require.notNull(deals, "deals");
        Require.notNull(side, "side");
        Map<String, TreeMap<YearMonth, Map<String, Money>>> values = new TreeMap<>();
        Map<String, TreeMap<YearMonth, int[]>> counts = new HashMap<>();
        for (MonitoredDeal d : deals) {
            values.computeIfAbsent(d.category(), c -> new TreeMap<>()).computeIfAbsent(d.month(), m -> new HashMap<>())
                    .merge(side.party(d), d.price(), Money::plus);
            counts.computeIfAbsent(d.category(), c -> new TreeMap<>()).computeIfAbsent(d.month(), m -> new int[1])[0]++;
        }
        List<CellConcentration> out = new ArrayList<>();
        values.forEach((category, months) -> months.forEach((month, parties) -> out.add(cell(category, month, side,
                counts.get(category).get(month)[0], parties, months.get(month.minusMonths(1))))));
        return out;
    }

    private static CellConcentration cell(String category, YearMonth month, MarketSide side, int deals,
            Map<String, Money> parties, Map<String, Money> previous) {
        Money total = null;
        for (Money v : parties.values()) {
            total = total == null ? v : total.plus(v);
        }
        List<PartyShare> shares = new ArrayList<>();
        BigDecimal t = total.amount();
        double hhi = 0;
        for (Map.Entry<String, Money> e : parties.entrySet()) {
            double s = t.signum() == 0 ? 1.0 / parties.size()
                    : e.getValue().amount().divide(t, MathContext.DECIMAL64).doubleValue();
            shares.add(new PartyShare(e.getKey(), e.getValue(), Math.min(1, s)));
            hhi += 10_000 * s * s;
        }
        shares.sort((a, b) -> a.share() != b.share() ? Double.compare(b.share(), a.share()) : a.party().compareTo(b.party()));
        double cr4 = 0;
        for (int i = 0; i < Math.min(4, shares.size()); i++) {
            cr4 += shares.get(i).share();
        }
        Set<String> before = previous == null ? Set.of() : previous.keySet();
        List<String> entrants = new ArrayList<>();
        List<String> exits = new ArrayList<>();
        for (String p : new java.util.TreeSet<>(parties.keySet())) {
            if (!before.contains(p)) {
                entrants.add(p);
            }
        }
        for (String p : new java.util.TreeSet<>(before)) {
            if (!parties.containsKey(p)) {
                exits.add(p);
            }
        }
        return new CellConcentration(category, month, side, deals, total, shares, Math.min(10_000, hhi), Math.min(1, cr4),
                entrants, exits);
    }

    /**
     * @param cells the measured cells of one side, by category then month (as {@link #measure} returns them); not null
     * @return the HHI and dominance alerts, in cell order
     */
    public List<Alert> alerts(List<CellConcentration> cells) {
        Require.notNull(cells, "cells");
        Map<String, CellConcentration> byKey = new HashMap<>();
        for (CellConcentration c : cells) {
            byKey.put(c.category() + "/" + c.side() + "/" + c.month(), c);
        }
        List<Alert> alerts = new ArrayList<>();
        for (CellConcentration c : cells) {
            if (c.deals() < minDeals) {
                continue;
            }
            CellConcentration prev = byKey.get(c.category() + "/" + c.side() + "/" + c.month().minusMonths(1));
            if (prev != null && prev.deals() >= minDeals && c.hhi() > hhiThreshold
                    && c.hhi() - prev.hhi() > deltaThreshold) {
                alerts.add(hhiAlert(c, prev));
            }
            List<PartyShare> presumed = presumedDominant(c.shares());
            if (!presumed.isEmpty()) {
                alerts.add(dominanceAlert(c, presumed));
            }
        }
        return alerts;
    }

    /**
     * The parties presumed dominant by 反垄断法 第二十四条.
     *
     * @param shares shares, largest first; not null
     * @return the presumed parties (empty when none)
     */
    public static List<PartyShare> presumedDominant(List<PartyShare> shares) {
        Set<PartyShare> presumed = new LinkedHashSet<>();
        double s1 = shares.isEmpty() ? 0 : shares.get(0).share();
        double s2 = shares.size() < 2 ? 0 : shares.get(1).share();
        double s3 = shares.size() < 3 ? 0 : shares.get(2).share();
        if (s1 >= 0.5) {
            presumed.add(shares.get(0));
        }
        if (shares.size() >= 2 && s1 + s2 >= 2.0 / 3) {
            addAtLeastTenth(presumed, shares.subList(0, 2));
        }
        if (shares.size() >= 3 && s1 + s2 + s3 >= 0.75) {
            addAtLeastTenth(presumed, shares.subList(0, 3));
        }
        return new ArrayList<>(presumed);
    }

    private static void addAtLeastTenth(Set<PartyShare> presumed, List<PartyShare> group) {
        for (PartyShare p : group) {
            if (p.share() >= 0.1) {
                presumed.add(p);
            }
        }
    }

    private static List<Quantity> shareFigures(List<PartyShare> shares, int max) {
        List<Quantity> q = new ArrayList<>();
        for (int i = 0; i < Math.min(max, shares.size()); i++) {
            q.add(Quantity.of(shares.get(i).party(), shares.get(i).share(), ""));
        }
        return q;
    }

    private Alert hhiAlert(CellConcentration c, CellConcentration prev) {
        Quantity hhi = Quantity.of("hhi", c.hhi(), "");
        Quantity delta = Quantity.of("deltaHhi", c.hhi() - prev.hhi(), "");
        Step.Builder hhiStep = Step.builder(StructureSteps.HHI).formula("Σ (100 s_i)², s_i = v_i / V").result(hhi)
                .source("US DOJ/FTC Merger Guidelines 2023, §2.1");
        shareFigures(c.shares(), 10).forEach(hhiStep::input);
        Explanation explanation = Explanation.builder("supervision.structure." + concentrated.id())
                .input("rule", concentrated.id()).input("ruleVersion", concentrated.version())
                .input("category", c.category()).input("month", c.month().toString()).input("side", c.side().name())
                .input("total", c.total())
                .step(hhiStep.build())
                .step(Step.builder(StructureSteps.DELTA).formula("HHI > " + hhiThreshold + " and ΔHHI > " + deltaThreshold)
                        .input(Quantity.of("previousHhi", prev.hhi(), "")).result(delta)
                        .source("US DOJ/FTC Merger Guidelines 2023, Guideline 1").build())
                .build();
        return new Alert(concentrated, c.category() + "/" + c.month() + "/" + c.side(), parties(c.shares(), 4),
                List.of(hhi, delta, Quantity.of("cr4", c.cr4(), "")), explanation);
    }

    private Alert dominanceAlert(CellConcentration c, List<PartyShare> presumed) {
        Step.Builder step = Step.builder(StructureSteps.DOMINANCE)
                .formula("s1 ≥ 1/2, or s1 + s2 ≥ 2/3, or s1 + s2 + s3 ≥ 3/4 (jointly, none below 1/10)")
                .result(Quantity.count("presumed", presumed.size()))
                .source("中华人民共和国反垄断法 (2022 修正) 第二十四条");
        shareFigures(c.shares(), 3).forEach(step::input);
        Explanation explanation = Explanation.builder("supervision.structure." + dominance.id())
                .input("rule", dominance.id()).input("ruleVersion", dominance.version())
                .input("category", c.category()).input("month", c.month().toString()).input("side", c.side().name())
                .step(step.build()).build();
        return new Alert(dominance, c.category() + "/" + c.month() + "/" + c.side(), parties(presumed, 3),
                shareFigures(presumed, 3), explanation);
    }

    private static List<String> parties(List<PartyShare> shares, int max) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(max, shares.size()); i++) {
            ids.add(shares.get(i).party());
        }
        return ids;
    }
}
