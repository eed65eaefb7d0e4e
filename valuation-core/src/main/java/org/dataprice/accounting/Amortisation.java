package org.dataprice.accounting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.allocation.Allocation;
import org.dataprice.money.Money;

/**
 * Monthly amortisation schedules for data intangibles (无形资产摊销, CAS 6 §17–§19).
 *
 * <p>Amortisable amount A = cost − residual value (应摊销金额; after an impairment the cost is the new
 * carrying amount, which already deducts the impairment).
 * <ul>
 *   <li>Straight-line: A/n each month, exactly to the 分 by the largest-remainder method
 *       ({@link Allocation#byRatios}, equal ratios): the odd 分 go one each to the earliest months.</li>
 *   <li>Consumption-based: A·u<sub>m</sub>/Σu in month m ({@link Allocation#byWeights(Money, List)},
 *       exact), months with u<sub>m</sub> = 0 get nothing.</li>
 * </ul>
 * So the lines always sum exactly to A and each is within 1 分 of its exact share.
 *
 * <p><b>Month convention</b> (当月增加当月摊销, 当月减少当月不再摊销): a resource available for use in
 * month M is amortised for the whole of month M, whatever the day, and the n months run from M to
 * M + n − 1; it is not amortised in the month it is derecognised. This is the Chinese practice for
 * intangibles (CAS 6 application guidance; domain notes §4) and differs from fixed assets (当月增加当月不提).
 * No day-count pro-rating is applied.
 *
 * <p>Limits: n ≤ {@link AmortisationInputs#MAX_MONTHS}. Stateless and thread-safe.
 */
public final class Amortisation {
    /** The default instance. */
    public static final Amortisation DEFAULT = new Amortisation();

    private static final String METHOD = "accounting.amortisation";
    private static final String SOURCE = "CAS 6 §17–§19; 当月增加当月摊销";

    /**
     * @param inputs cost, residual, first month, life, method; not null
     * @return the monthly schedule
     */
    public AmortisationSchedule schedule(AmortisationInputs inputs) {
        Require.notNull(inputs, "inputs");
        Money amortisable = inputs.cost().minus(inputs.residualValue());
        List<Money> parts = inputs.method() == AmortisationMethod.STRAIGHT_LINE
                ? straightLine(amortisable, inputs.usefulLifeMonths())
                : consumption(amortisable, inputs.consumption());
        List<AmortisationLine> lines = new ArrayList<>(parts.size());
        Money opening = inputs.cost();
        Money accumulated = Money.zero(amortisable.currency());
        for (int m = 0; m < parts.size(); m++) {
            Money a = parts.get(m);
            accumulated = accumulated.plus(a);
            Money closing = opening.minus(a);
            lines.add(new AmortisationLine(m + 1, inputs.firstMonth().plusMonths(m), opening, a, accumulated, closing));
            opening = closing;
        }
        Explanation explanation = Explanation.builder(METHOD)
                .input("cost", inputs.cost()).input("residualValue", inputs.residualValue())
                .input("firstMonth", inputs.firstMonth().toString()).input("usefulLifeMonths", inputs.usefulLifeMonths())
                .input("method", inputs.method().name())
                .step(Step.builder(AccountingSteps.AMORTISABLE).formula("A = cost − residual value")
                        .result(Quantity.of("amortisable", amortisable)).build())
                .step(Step.builder(AccountingSteps.TOTAL_AMORTISATION)
                        .formula(inputs.method() == AmortisationMethod.STRAIGHT_LINE
                                ? "A/n per month, months " + inputs.firstMonth() + " … "
                                        + inputs.firstMonth().plusMonths(inputs.usefulLifeMonths() - 1L)
                                        + "; largest remainder, odd 分 to the earliest months"
                                : "A·u_m/Σu per month; largest remainder")
                        .source(SOURCE).result(Quantity.of("totalAmortisation", accumulated)).build())
                .build();
        return new AmortisationSchedule(inputs.cost(), inputs.residualValue(), amortisable, inputs.method(), lines,
                explanation);
    }

    private static List<Money> straightLine(Money amortisable, int months) {
        long[] ratios = new long[months];
        Arrays.fill(ratios, 1L);
        return Allocation.DEFAULT.byRatios(amortisable, ratios).parts();
    }

    private static List<Money> consumption(Money amortisable, List<BigDecimal> units) {
        List<BigDecimal> positive = new ArrayList<>();
        for (BigDecimal u : units) {
            if (u.signum() > 0) {
                positive.add(u);
            }
        }
        List<Money> shares = Allocation.DEFAULT.byWeights(amortisable, positive).parts();
        List<Money> out = new ArrayList<>(units.size());
        int k = 0;
        for (BigDecimal u : units) {
            out.add(u.signum() > 0 ? shares.get(k++) : Money.zero(amortisable.currency()));
        }
        return out;
    }
}
