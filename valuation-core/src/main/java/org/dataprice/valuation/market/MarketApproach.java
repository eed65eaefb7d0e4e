package org.dataprice.valuation.market;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * 市场法 — the market approach to data-asset value.
 *
 * <p>P = Σ_i w_i · Q_i · X1_i · X2_i · X3_i · X4_i · X5_i · Π_k f_k(subject, i), with
 * X1 = Q_subject / Q_i (质量), X2 supply-demand (供求), X3 = index(valuation date) / index(date_i)
 * (期日), X4 = (V_subject / V_i)^β (容量), X5 other (其他), f_k caller-supplied factors, and
 * w_i = 1/n or s_i / Σ s. Source: CAS 《数据资产评估指导意见》 (中评协〔2023〕17号) art. 25 and appendix;
 * 2019 expert guide (volume, value density).
 *
 * <p>Checks: at least 3 comparables unless the caller gives a reason; a warning (not an error) when
 * the sample coefficient of variation of adjusted prices, s / mean, exceeds the stated threshold, when a
 * comparable trades a different data right, or is dated after the valuation date. A caller-supplied
 * factor that is not finite and positive is rejected naming it and the comparable.
 * Arithmetic in double; P is rounded once, HALF_EVEN. P is increasing in the subject's quality and
 * volume. Stateless and thread-safe (given pure adjustment functions).
 */
public final class MarketApproach {
    /** The default instance. */
    public static final MarketApproach DEFAULT = new MarketApproach();

    private static final String SOURCE = "CAS 数据资产评估指导意见 (中评协〔2023〕17号) art. 25 and appendix";

    /**
     * @param inputs the subject, comparables and options; not null
     * @return P with the adjusted comparables and warnings, explained
     */
    public MarketResult value(MarketInputs inputs) {
        Require.notNull(inputs, "inputs");
        MarketSubject s = inputs.subject();
        String ccy = inputs.currency().getCurrencyCode();
        Explanation.Builder e = Explanation.builder("valuation.market.CAS2023").input("right", s.right().name())
                .input("valuationDate", s.valuationDate().toString()).input("subject.volume", s.volume(), "")
                .input("subject.quality", s.quality(), "").input("subject.priceIndex", s.priceIndex(), "")
                .input("volumeExponent", inputs.volumeAdjustment().exponent(), "").input("weighting", inputs.weighting().name())
                .input("maxCv", inputs.maxCoefficientOfVariation(), "").input("fewComparablesReason", inputs.fewComparablesReason());
        for (MarketAdjustment a : inputs.extraAdjustments()) {
            e.input("extraAdjustment", a.name());
        }
        List<ComparableTransaction> cs = inputs.comparables();
        int n = cs.size();
        double[] adjusted = new double[n];
        double[][] factors = new double[n][6];
        double similaritySum = 0;
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ComparableTransaction c = cs.get(i);
            e.input("comparables[" + i + "]", c.id() + " " + c.price() + " " + c.date() + " " + c.right() + " V=" + c.volume()
                    + " Q=" + c.quality() + " X2=" + c.supplyDemand() + " X5=" + c.other() + " I=" + c.priceIndex() + " s=" + c.similarity());
            double[] x = factors[i];
            adjusted[i] = adjust(inputs, c, x);
            similaritySum += c.similarity();
            if (c.right() != s.right()) {
                warnings.add("comparable " + c.id() + " trades " + c.right().labelZh() + ", the subject is " + s.right().labelZh());
            }
            if (c.date().isAfter(s.valuationDate())) {
                warnings.add("comparable " + c.id() + " is dated " + c.date() + ", after the valuation date " + s.valuationDate());
            }
        }
        List<AdjustedComparable> rows = new ArrayList<>(n);
        double value = 0;
        for (int i = 0; i < n; i++) {
            ComparableTransaction c = cs.get(i);
            double w = weight(inputs.weighting(), c, n, similaritySum);
            double[] x = factors[i];
            value += w * adjusted[i];
            rows.add(new AdjustedComparable(c.id(), c.price().toDouble(), x[0], x[1], x[2], x[3], x[4], x[5], adjusted[i], w));
            e.step(Step.builder(MarketSteps.ADJUSTED_PRICE).formula("P_i = Q_i × X1 × X2 × X3 × X4 × X5 × Π f_k")
                    .input(Quantity.of("Q_i", c.price())).input("X1 quality", x[0], "").input("X2 supplyDemand", x[1], "")
                    .input("X3 date", x[2], "").input("X4 volume", x[3], "").input("X5 other", x[4], "")
                    .input("custom", x[5], "").input("w_i", w, "").result(Quantity.of(c.id(), adjusted[i], ccy)).build());
        }
        double cv = coefficientOfVariation(adjusted);
        if (cv > inputs.maxCoefficientOfVariation()) {
            warnings.add("adjusted prices disperse: CV " + cv + " > " + inputs.maxCoefficientOfVariation()
                    + "; review the comparables and adjustments");
        }
        e.step(Step.builder(MarketSteps.DISPERSION).formula("CV = s / mean (sample s.d.); warn above " + inputs.maxCoefficientOfVariation())
                .result(cv, "").build());
        Money p = Money.ofDouble(value, inputs.currency(), Money.SETTLEMENT_ROUNDING);
        e.step(Step.builder(MarketSteps.VALUE)
                .formula(inputs.weighting() == Weighting.ARITHMETIC_MEAN ? "P = (1/n) Σ P_i" : "P = Σ (s_i / Σ s) P_i")
                .input("Σ w_i P_i", value, ccy).result(Quantity.of("P", p)).source(SOURCE).build());
        return new MarketResult(p, rows, cv, warnings, e.build());
    }

    /**
     * The kernel of {@link #value(MarketInputs)} without adjusted rows, dispersion check, warnings and explanation:
     * the same factors, products and weights in the same order, so {@code amount(x).equals(value(x).value())}
     * (the sensitivity and Monte Carlo drivers of an engagement call it once per draw).
     *
     * @param inputs the subject, comparables and options; not null
     * @return P = Σ w_i P_i, rounded once HALF_EVEN to minor units
     */
    public Money amount(MarketInputs inputs) {
        Require.notNull(inputs, "inputs");
        List<ComparableTransaction> cs = inputs.comparables();
        int n = cs.size();
        double[] adjusted = new double[n];
        double[] x = new double[6];
        double similaritySum = 0;
        for (int i = 0; i < n; i++) {
            adjusted[i] = adjust(inputs, cs.get(i), x);
            similaritySum += cs.get(i).similarity();
        }
        double value = 0;
        for (int i = 0; i < n; i++) {
            value += weight(inputs.weighting(), cs.get(i), n, similaritySum) * adjusted[i];
        }
        return Money.ofDouble(value, inputs.currency(), Money.SETTLEMENT_ROUNDING);
    }

    /** Fills x with X1..X5 and Π f_k for comparable c and returns P_i = Q_i × X1 × X2 × X3 × X4 × X5 × Π f_k. */
    private static double adjust(MarketInputs inputs, ComparableTransaction c, double[] x) {
        MarketSubject s = inputs.subject();
        x[0] = s.quality() / c.quality();
        x[1] = c.supplyDemand();
        x[2] = s.priceIndex() / c.priceIndex();
        x[3] = inputs.volumeAdjustment().factor(s.volume(), c.volume());
        x[4] = c.other();
        x[5] = 1;
        for (int k = 0; k < inputs.extraAdjustments().size(); k++) {
            MarketAdjustment a = inputs.extraAdjustments().get(k);
            double f = a.function().applyAsDouble(s, c);
            if (!(Double.isFinite(f) && f > 0)) {
                throw new InvalidInputException("extraAdjustments[" + k + "]", f, Rule.GREATER_THAN,
                        "0 and finite for comparable " + c.id() + " (" + a.name() + ")");
            }
            x[5] *= f;
        }
        return c.price().toDouble() * x[0] * x[1] * x[2] * x[3] * x[4] * x[5];
    }

    // w_i = 1/n (arithmetic mean) or s_i / Σ s (similarity-weighted)
    private static double weight(Weighting weighting, ComparableTransaction c, int n, double similaritySum) {
        return weighting == Weighting.ARITHMETIC_MEAN ? 1.0 / n : c.similarity() / similaritySum;
    }

    /** s / mean with the sample standard deviation (n − 1); 0 for n = 1. */
    static double coefficientOfVariation(double[] x) {
        int n = x.length;
        if (n < 2) {
            return 0;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (n - 1)) / mean;
    }
}
