package org.dataprice.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * The loan limit of a data-asset pledge loan (数据资产质押融资授信额度).
 *
 * <p>Formula (domain notes §5, a design proposal built on observed deals):
 * <pre>
 *   effective LTV = base LTV(collateral) × Π haircut factors
 *   unstressed    = min(ticket cap, appraised value × effective LTV)
 *   stressed      = min(ticket cap, Q_p(value) × effective LTV)        (when a Monte Carlo percentile is given)
 *   loan limit    = min(unstressed, stressed)
 * </pre>
 * Haircuts (factors from {@link PledgePolicy}): no exchange registration; quality score below the
 * threshold; largest customer's revenue share above the threshold; remaining life L shorter than the
 * approved term T, factor L/T (pro rata: the collateral stops earning before the loan is repaid). The
 * term is capped at the policy's maximum. Amounts are rounded <b>down</b> to the 分 (never lend more
 * than the formula allows).
 *
 * <p>Monotone by construction: the limit never decreases when the appraised or stressed value, the
 * quality score, the remaining life, or a haircut factor increases, nor when concentration decreases.
 * Stateless and thread-safe.
 */
public final class LoanLimit {
    /** The default instance. */
    public static final LoanLimit DEFAULT = new LoanLimit();

    private static final String METHOD = "pledge.loanLimit";
    private static final String SOURCE = "domain notes §5 (observed LTV 49.9–55.8 %; IP pledge caps); configuration";

    /**
     * @param inputs the request; not null
     * @param policy the lender's configuration; not null
     * @return the loan limit with its haircuts and explanation
     */
    public LoanLimitResult compute(LoanLimitInputs inputs, PledgePolicy policy) {
        Require.notNull(inputs, "inputs");
        Require.notNull(policy, "policy");
        int term = Math.min(inputs.requestedTermMonths(), policy.maxTermMonths());
        List<Haircut> haircuts = haircuts(inputs, policy, term);
        double base = policy.baseLtv(inputs.collateral());
        double ltv = effectiveLtv(base, haircuts);
        Money cap = policy.ticketCap();
        Money raw = times(inputs.appraisedValue(), ltv);
        Money unstressed = raw.min(cap);
        Optional<Money> stressed = inputs.stressedValue().map(s -> times(s.value(), ltv).min(cap));
        Money limit = stressed.map(unstressed::min).orElse(unstressed);
        boolean capped = raw.compareTo(cap) > 0;

        Explanation.Builder b = Explanation.builder(METHOD).input("appraisedValue", inputs.appraisedValue())
                .input("collateral", inputs.collateral().name())
                .input("exchangeRegistered", Boolean.toString(inputs.exchangeRegistered()))
                .input("qualityScore", inputs.qualityScore(), "points")
                .input("largestCustomerShare", inputs.largestCustomerShare(), "")
                .input("remainingLifeMonths", inputs.remainingLifeMonths())
                .input("requestedTermMonths", inputs.requestedTermMonths())
                .input("policy", policy.toString());
        inputs.stressedValue().ifPresent(s -> b.input("stressedValue", s.value()).input("stressedPercentile",
                s.percentile(), ""));
        b.step(Step.builder(PledgeSteps.TERM).formula("min(requested, max term " + policy.maxTermMonths() + ")")
                .result(Quantity.count("approvedTermMonths", term)).build());
        b.step(Step.builder(PledgeSteps.BASE_LTV).formula("base LTV of " + inputs.collateral()).source(SOURCE)
                .result(base, "").build());
        Step.Builder eff = Step.builder(PledgeSteps.EFFECTIVE_LTV).formula("base × Π factors");
        for (Haircut h : haircuts) {
            eff.child(Step.builder(PledgeSteps.HAIRCUT).formula(h.reason()).result(Quantity.of(h.name(), h.factor(), ""))
                    .build());
        }
        b.step(eff.result(ltv, "").build());
        b.step(Step.builder(PledgeSteps.UNSTRESSED_LIMIT).formula("min(ticket cap " + cap + ", V × LTV), rounded down")
                .result(Quantity.of("unstressedLimit", unstressed)).build());
        stressed.ifPresent(s -> b.step(Step.builder(PledgeSteps.STRESSED_LIMIT)
                .formula("min(ticket cap, Q_" + inputs.stressedValue().get().percentile() + "(V) × LTV), rounded down")
                .result(Quantity.of("stressedLimit", s)).build()));
        b.step(Step.builder(PledgeSteps.LOAN_LIMIT).formula("min(unstressed, stressed)").source(SOURCE)
                .result(Quantity.of("loanLimit", limit)).build());
        return new LoanLimitResult(limit, unstressed, stressed, base, ltv, haircuts, term, capped, b.build());
    }

    private static List<Haircut> haircuts(LoanLimitInputs in, PledgePolicy p, int term) {
        List<Haircut> out = new ArrayList<>();
        if (!in.exchangeRegistered() && p.noRegistrationFactor() < 1) {
            out.add(new Haircut("noRegistration", p.noRegistrationFactor(), "no exchange registration or 登记证书"));
        }
        if (in.qualityScore() < p.weakQualityThreshold() && p.weakQualityFactor() < 1) {
            out.add(new Haircut("weakQuality", p.weakQualityFactor(),
                    "quality score " + in.qualityScore() + " < " + p.weakQualityThreshold()));
        }
        if (in.largestCustomerShare() > p.concentrationThreshold() && p.concentrationFactor() < 1) {
            out.add(new Haircut("concentration", p.concentrationFactor(),
                    "largest customer share " + in.largestCustomerShare() + " > " + p.concentrationThreshold()));
        }
        if (in.remainingLifeMonths() < term) {
            out.add(new Haircut("remainingLife", in.remainingLifeMonths() / (double) term,
                    "remaining life " + in.remainingLifeMonths() + " < term " + term + " months: factor L/T"));
        }
        return out;
    }

    /** base × Π factor_i. */
    private static double effectiveLtv(double base, List<Haircut> haircuts) {
        double ltv = base;
        for (Haircut h : haircuts) {
            ltv *= h.factor();
        }
        return ltv;
    }

    /** value × ltv, rounded down to the minor unit. */
    private static Money times(Money value, double ltv) {
        return value.times(BigDecimal.valueOf(ltv), RoundingMode.DOWN).roundedToMinor(RoundingMode.DOWN);
    }
}
