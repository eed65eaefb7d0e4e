package org.dataprice.appraisal;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.LibraryVersion;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;
import org.dataprice.quality.QualityScore;
import org.dataprice.quality.QualityScoring;
import org.dataprice.valuation.cost.CostApproach;
import org.dataprice.valuation.cost.CostResult;
import org.dataprice.valuation.cost.ValueAdjustment;
import org.dataprice.valuation.income.CashFlowSchedule;
import org.dataprice.valuation.income.IncomeApproach;
import org.dataprice.valuation.income.IncomeResult;
import org.dataprice.valuation.market.AdjustedComparable;
import org.dataprice.valuation.market.MarketApproach;
import org.dataprice.valuation.market.MarketResult;
import org.dataprice.valuation.reconcile.ApproachValue;
import org.dataprice.valuation.reconcile.Reconciliation;
import org.dataprice.valuation.reconcile.ReconciliationInputs;
import org.dataprice.valuation.reconcile.ReconciliationResult;

/**
 * Runs an appraisal engagement (数据资产评估): scores quality when criteria are given, values the asset
 * (once: a cost U set from the engagement's own quality carries that score) by each approach of the engagement ({@link CostApproach}, {@link IncomeApproach},
 * {@link MarketApproach}), reconciles the values with the stated weights and reasons
 * ({@link Reconciliation}) and writes the {@link ValuationReport}.
 *
 * <p>Input hash: SHA-256 ({@link org.dataprice.explain.InputHash}) over, in order, the engagement's
 * descriptive fields, its assumptions and limiting conditions, the client and the signatories (each only when
 * present, so an engagement without them hashes as before they existed), the input hash of each approach's (and
 * the quality score's) explanation, and the weights with reasons. Caller-supplied market adjustment
 * functions enter by name only. Source: CAS 《数据资产评估指导意见》 (中评协〔2023〕17号) chapters 4–6
 * (approaches, disclosure). Stateless and thread-safe.
 */
public final class Appraisal {
    /** The default instance, using the default models. */
    public static final Appraisal DEFAULT = new Appraisal();

    /**
     * @param engagement the engagement; not null
     * @return the valuation report
     */
    public ValuationReport run(Engagement engagement) {
        Require.notNull(engagement, "engagement");
        Engagement e = engagement;
        Explanation.Builder x = Explanation.builder("appraisal.report.CAS2023").input("reference", e.reference())
                .input("asset.name", e.asset().name()).input("asset.structure", e.asset().structure())
                .input("asset.dictionary", e.asset().dictionary()).input("asset.size", e.asset().size())
                .input("asset.period", e.asset().period()).input("asset.updateFrequency", e.asset().updateFrequency())
                .input("asset.storage", e.asset().storage()).input("right", e.right().name()).input("purpose", e.purpose())
                .input("basisOfValue", e.basisOfValue()).input("valuationDate", e.valuationDate().toString())
                .input("appraiser", e.appraiser()).input("currency", e.currency().getCurrencyCode());
        for (int i = 0; i < e.assumptions().size(); i++) {
            x.hashOnly("assumption[" + i + "]", e.assumptions().get(i));
        }
        for (int i = 0; i < e.limitingConditions().size(); i++) {
            x.hashOnly("limitingCondition[" + i + "]", e.limitingConditions().get(i));
        }
        if (e.client() != null) {
            x.hashOnly("client", e.client());
        }
        for (int i = 0; i < e.signatories().size(); i++) {
            x.hashOnly("signatory[" + i + "].name", e.signatories().get(i).name())
                    .hashOnly("signatory[" + i + "].registrationNumber", e.signatories().get(i).registrationNumber());
        }
        QualityScore quality = null;
        if (e.quality() != null) {
            quality = qualityScore(e);
            x.input("quality.inputHash", quality.explanation().inputHash());
            x.step(Step.builder(AppraisalSteps.QUALITY).formula("Q = Σ w_k s_k").result(quality.score(), "")
                    .child(quality.explanation().resultStep()).build());
        }
        List<ApproachOutcome> outcomes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        CashFlowSchedule schedule = new CashFlowSchedule(List.of());
        List<AdjustedComparable> comparables = List.of();
        for (Approach a : e.approaches()) {
            ApproachWeight w = weightOf(e, a);
            Money value;
            Explanation ex;
            List<String> approachWarnings = List.of();
            switch (a) {
                case COST -> {
                    CostResult r = CostApproach.DEFAULT.value(e.cost());
                    value = r.value();
                    ex = r.explanation();
                }
                case INCOME -> {
                    IncomeResult r = IncomeApproach.DEFAULT.value(e.income());
                    value = r.value();
                    ex = r.explanation();
                    schedule = r.schedule();
                    approachWarnings = r.warnings();
                }
                case MARKET -> {
                    MarketResult r = MarketApproach.DEFAULT.value(e.market());
                    value = r.value();
                    ex = r.explanation();
                    approachWarnings = r.warnings();
                    comparables = r.comparables();
                }
                default -> throw new IllegalStateException("unreachable: " + a);
            }
            warnings.addAll(approachWarnings);
            x.input(a.name() + ".inputHash", ex.inputHash()).input(a.name() + ".weight", w.weight(), "")
                    .input(a.name() + ".reason", w.reason());
            outcomes.add(new ApproachOutcome(a, value, w.weight(), w.reason(), approachWarnings, ex));
            x.step(Step.builder(AppraisalSteps.APPROACH_VALUE).formula(ex.methodId())
                    .result(Quantity.of(a.labelEn() + " " + a.labelZh(), value)).child(ex.resultStep()).build());
        }
        List<ApproachValue> values = new ArrayList<>();
        for (ApproachOutcome o : outcomes) {
            values.add(new ApproachValue(o.approach().labelEn() + " " + o.approach().labelZh(), o.value(), o.weight(), o.reason()));
        }
        ReconciliationResult rec = Reconciliation.DEFAULT.reconcile(new ReconciliationInputs(values));
        x.step(Step.builder(AppraisalSteps.RECONCILIATION).formula("V = Σ w_k V_k; range [min, max]")
                .input(Quantity.of("low", rec.low())).input(Quantity.of("high", rec.high()))
                .result(Quantity.of("V", rec.value())).child(rec.explanation().resultStep()).build());
        x.step(Step.builder(AppraisalSteps.CONCLUSION).formula("the reconciled value")
                .result(Quantity.of("value", rec.value())).source("CAS 数据资产评估指导意见 (中评协〔2023〕17号)").build());
        Explanation explanation = x.build();
        Conclusion conclusion = conclusion(e, rec);
        return new ValuationReport(e, quality, outcomes, rec, conclusion, schedule, comparables, warnings,
                LibraryVersion.VERSION, explanation.inputHash(), explanation);
    }

    /**
     * The engagement's quality score, scored once: when the cost approach's U was set from this very quality
     * ({@link Engagement.Builder#qualityAdjustment()}, a {@link ValueAdjustment.Scored} of the same criteria), that
     * score is the report's; otherwise the criteria are scored here.
     *
     * @param e an engagement with quality criteria; not null
     * @return Q with its explanation
     */
    static QualityScore qualityScore(Engagement e) {
        if (e.cost() != null && e.cost().adjustment() instanceof ValueAdjustment.Scored s
                && (s.score().inputs() == e.quality() || s.score().inputs().equals(e.quality()))) {
            return s.score();
        }
        return QualityScoring.DEFAULT.score(e.quality());
    }

    private static ApproachWeight weightOf(Engagement e, Approach a) {
        for (ApproachWeight w : e.weights()) {
            if (w.approach() == a) {
                return w;
            }
        }
        throw new IllegalStateException("validated by Engagement: a weight for " + a);
    }

    private static Conclusion conclusion(Engagement e, ReconciliationResult rec) {
        String zh = "经评估，于评估基准日" + e.valuationDate() + "，" + e.asset().name() + "的" + e.right().labelZh() + "在"
                + e.basisOfValue() + "前提下的评估值为" + rec.value() + "（各方法评估值区间 " + rec.low() + " 至 " + rec.high() + "）。";
        String en = "As at the valuation date " + e.valuationDate() + ", the " + e.right().labelEn().toLowerCase(java.util.Locale.ROOT)
                + " in " + e.asset().name() + " is valued at " + rec.value() + " on the basis of " + e.basisOfValue()
                + " (approach values range from " + rec.low() + " to " + rec.high() + ").";
        return new Conclusion(rec.value(), rec.low(), rec.high(), zh, en);
    }
}
