package org.dataprice.supervision.rule;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.robust.RobustStatistics;

/**
 * 成交量异常 — a category's deal count in a month n<sub>t</sub> far above its baseline b<sub>t</sub>, the median of
 * its counts in the previous w calendar months (a month without deals counts 0): the rule flags
 * n<sub>t</sub> &gt; f · max(b<sub>t</sub>, 1) and n<sub>t</sub> − b<sub>t</sub> &ge; e. The median makes the baseline
 * robust to one earlier spike. A month with fewer than {@code minHistory} earlier months of the category is not
 * judged (warning). False alarms: for Poisson counts with mean b ≥ 5, P(N &gt; 3b) &lt; 10<sup>−3</sup>; the
 * minimum excess e keeps thin categories quiet.
 *
 * @param identity   the rule's id, version and severity; not null
 * @param window     w, months in the baseline, &ge; 1
 * @param minHistory fewest earlier months needed, 1..w
 * @param factor     f, &gt; 1
 * @param minExcess  e, &ge; 1
 */
public record VolumeSpikeRule(RuleIdentity identity, int window, int minHistory, double factor, int minExcess)
        implements PeriodRule {
    /** Validates. */
    public VolumeSpikeRule {
        Require.notNull(identity, "identity");
        Require.atLeast(window, 1, "window");
        Require.inClosedRange(minHistory, 1, window, "minHistory");
        Require.greaterThan(factor, 1, "factor");
        Require.atLeast(minExcess, 1, "minExcess");
    }

    @Override
    public void scan(List<MonitoredDeal> deals, List<Alert> alerts, List<String> warnings) {
        CellIndex index = new CellIndex();
        int[] cellOf = new int[deals.size()];
        for (int i = 0; i < cellOf.length; i++) {
            cellOf[i] = index.id(deals.get(i));
        }
        scan(deals, index, cellOf, alerts);
    }

    /**
     * The batch kernel with the cells already numbered (by {@link RuleSet#scan}, which has them): counts per cell,
     * then the deal ids of the flagged cells only, so a clean market costs one pass over an int array.
     */
    void scan(List<MonitoredDeal> deals, CellIndex index, int[] cellOf, List<Alert> alerts) {
        int[] counts = new int[index.size()];
        for (int c : cellOf) {
            counts[c]++;
        }
        Map<String, TreeMap<YearMonth, Integer>> byCategory = new HashMap<>();
        for (int c = 0; c < counts.length; c++) {
            CellKey k = index.key(c);
            byCategory.computeIfAbsent(k.category(), x -> new TreeMap<>()).put(k.month(), c);
        }
        List<String> categories = new ArrayList<>(byCategory.keySet());
        categories.sort(null);
        List<double[]> judged = new ArrayList<>();
        List<Integer> flagged = new ArrayList<>();
        for (String category : categories) {
            TreeMap<YearMonth, Integer> months = byCategory.get(category);
            YearMonth first = months.firstKey();
            for (Map.Entry<YearMonth, Integer> e : months.entrySet()) {
                double[] verdict = judge(first, months, counts, e.getKey(), counts[e.getValue()]);
                if (verdict != null) {
                    judged.add(verdict);
                    flagged.add(e.getValue());
                }
            }
        }
        if (flagged.isEmpty()) {
            return;
        }
        Map<Integer, List<String>> ids = new HashMap<>();
        for (Integer c : flagged) {
            ids.put(c, new ArrayList<>(counts[c]));
        }
        for (int i = 0; i < cellOf.length; i++) {
            List<String> cell = ids.get(cellOf[i]);
            if (cell != null) {
                cell.add(deals.get(i).dealId());
            }
        }
        for (int f = 0; f < flagged.size(); f++) {
            CellKey k = index.key(flagged.get(f));
            alert(k.category(), k.month(), ids.get(flagged.get(f)), judged.get(f), alerts);
        }
    }

    // null when the cell is not a spike, else {history, baseline, counts of the previous months...}
    private double[] judge(YearMonth first, TreeMap<YearMonth, Integer> months, int[] cellCounts, YearMonth month,
            int n) {
        int history = (int) Math.min(window, first.until(month, java.time.temporal.ChronoUnit.MONTHS));
        if (history < minHistory) {
            return null; // the category's first months: no baseline yet
        }
        double[] counts = new double[history];
        for (int k = 1; k <= history; k++) {
            Integer earlier = months.get(month.minusMonths(k));
            counts[k - 1] = earlier == null ? 0 : cellCounts[earlier];
        }
        double baseline = RobustStatistics.median(counts);
        if (n <= factor * Math.max(baseline, 1) || n - baseline < minExcess) {
            return null;
        }
        double[] out = new double[history + 2];
        out[0] = history;
        out[1] = baseline;
        System.arraycopy(counts, 0, out, 2, history);
        return out;
    }

    private void alert(String category, YearMonth month, List<String> ids, double[] verdict, List<Alert> alerts) {
        int history = (int) verdict[0];
        double baseline = verdict[1];
        double[] counts = Arrays.copyOfRange(verdict, 2, 2 + history);
        int n = ids.size();
        List<String> evidence = new ArrayList<>(ids);
        evidence.sort(null);
        Quantity ratio = Quantity.of("ratio", n / Math.max(baseline, 1), "");
        Explanation explanation = Explanation.builder("supervision.rule." + identity.id())
                .input("rule", identity.id()).input("ruleVersion", identity.version())
                .input("category", category).input("month", month.toString()).input("deals", n)
                .step(Step.builder(RuleSteps.VOLUME_BASELINE).formula("median of the previous " + history + " months")
                        .input(Quantity.text("counts", Arrays.toString(counts))).result(baseline, "deals").build())
                .step(Step.builder(RuleSteps.VOLUME).formula("n > f · max(b, 1) and n − b ≥ e")
                        .input(Quantity.count("n", n)).input("f", factor, "").input(Quantity.count("e", minExcess))
                        .result(ratio).source("渝府办发〔2023〕99号 §15 (全过程监测预警)").build())
                .build();
        alerts.add(new Alert(identity, category + "/" + month, evidence,
                List.of(Quantity.count("deals", n), Quantity.of("baseline", baseline, "deals"), ratio), explanation));
    }
}
