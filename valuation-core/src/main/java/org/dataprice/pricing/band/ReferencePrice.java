package org.dataprice.pricing.band;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * The market reference price (市场参考价) that moves from cost and appraisal anchors in a cold-start
 * market (冷启动期) to recent comparable deals and the price index in a mature market (成熟期).
 *
 * <p>The documented rule (a design; the two-stage idea is from 黄倩倩 et al., 电子政务 2022(02):21-30,
 * domain-notes §2.2):
 * <pre>
 *   anchor = θ·C + (1 − θ)·A           (A alone when no cost anchor C is known)
 *   market = median_i( p_i × I_now / I_i )   over the n comparable deals
 *   w      = min(1, n / nMature)
 *   P_ref  = (1 − w)·anchor + w·market      (= anchor when n = 0)
 * </pre>
 * The median resists outliers; carrying each deal by the index ratio puts old deals at today's level.
 * θ ({@code costWeight}) and nMature are exchange configuration; {@link #DEFAULT} uses θ = 0.5 and
 * nMature = 30 (a usual minimum sample for a stable median; not a regulatory number).
 *
 * <p>Each named deal ({@link ComparableDeal#id()} not empty) gets a child step of the market step with its id,
 * price p, index level I_i, ratio I_now / I_i and carried price, so that a reader can recompute the median by
 * hand; callers bound the number of named deals (the explanation grows with it).
 *
 * <p>Edge cases: n = 0 gives the anchor (w = 0); n ≥ nMature gives the market price (w = 1); an even n
 * takes the mean of the two middle values. Stateless and thread-safe.
 *
 * @param costWeight θ ∈ [0, 1], the weight of the cost anchor within the anchor
 * @param matureDeals nMature ≥ 1, the number of comparable deals at which the market is mature
 */
public record ReferencePrice(double costWeight, int matureDeals) {
    /** θ = 0.5, nMature = 30. */
    public static final ReferencePrice DEFAULT = new ReferencePrice(0.5, 30);

    /** Validates. */
    public ReferencePrice {
        Require.probability(costWeight, "costWeight");
        Require.atLeast(matureDeals, 1, "matureDeals");
    }

    /**
     * The appraisal A of a listing's reference price: the value of its latest appraisal, which the rule needs.
     *
     * @param listingId the listing; not null
     * @param latest    the value of its latest appraisal; empty when it was never appraised
     * @return A
     * @throws org.dataprice.error.InvalidInputException {@link Rule#INVALID_STATE} on field {@code appraisal} when
     *         the listing has no appraisal
     */
    public static Money appraisalOf(String listingId, Optional<Money> latest) {
        Require.that(latest.isPresent(), "appraisal", null, Rule.INVALID_STATE,
                "a reference price needs an appraisal of the listing (POST /v1/listings/" + listingId + "/appraisals)");
        return latest.get();
    }

    /**
     * The comparable deals the rule uses from a window: the {@code max} most recent, oldest first.
     *
     * @param oldestFirst the window's deals, oldest first; not null
     * @param max         the most deals used, &ge; 1 (e.g. {@link ReferencePriceInputs#MAX_DEALS})
     * @param <T>         the deal's type
     * @return the last {@code max} of them (all when there are no more)
     */
    public static <T> List<T> mostRecent(List<T> oldestFirst, int max) {
        Require.atLeast(max, 1, "max");
        return oldestFirst.size() <= max ? oldestFirst : oldestFirst.subList(oldestFirst.size() - max, oldestFirst.size());
    }

    /**
     * @param in the inputs; not null
     * @return the reference price with its explanation
     */
    public ReferencePriceResult compute(ReferencePriceInputs in) {
        Require.notNull(in, "inputs");
        double a = in.appraisal().toDouble();
        double anchor = in.costAnchor().map(c -> costWeight * c.toDouble() + (1 - costWeight) * a).orElse(a);
        int n = in.deals().size();
        String unit = in.appraisal().currency().getCurrencyCode();
        double[] adjusted = new double[n];
        Step.Builder marketStep = Step.builder(BandSteps.MARKET).formula("median(p_i × I_now / I_i)");
        for (int i = 0; i < n; i++) {
            ComparableDeal d = in.deals().get(i);
            double ratio = in.currentIndex() / d.indexLevel();
            adjusted[i] = d.price().toDouble() * ratio;
            if (!d.id().isEmpty()) {
                marketStep.child(Step.builder(BandSteps.CARRIED_DEAL).formula("p × I_now / I_deal")
                        .input(Quantity.text("dealId", d.id())).input(Quantity.of("price", d.price()))
                        .input("indexLevel", d.indexLevel(), "").input("indexRatio", ratio, "")
                        .result(adjusted[i], unit).build());
            }
        }
        double market = n == 0 ? anchor : median(adjusted);
        double w = Math.min(1.0, (double) n / matureDeals);
        double ref = (1 - w) * anchor + w * market;
        Money price = Money.ofDouble(ref, in.appraisal().currency(), Money.SETTLEMENT_ROUNDING);
        Explanation.Builder b = Explanation.builder("pricing.band.referencePrice")
                .input("appraisal", in.appraisal()).input("deals", n).input("currentIndex", in.currentIndex(), "")
                .input("costWeight", costWeight, "").input("matureDeals", matureDeals);
        in.costAnchor().ifPresent(c -> b.input("costAnchor", c));
        return new ReferencePriceResult(price, w, b
                .step(Step.of(BandSteps.ANCHOR, "θ·C + (1 − θ)·A", anchor, in.appraisal().currency().getCurrencyCode()))
                .step(marketStep.result(market, unit).build())
                .step(Step.of(BandSteps.MARKET_WEIGHT, "min(1, n / nMature)", w, ""))
                .step(Step.builder(BandSteps.REFERENCE).formula("(1 − w)·anchor + w·market, rounded half-even")
                        .result(org.dataprice.explain.Quantity.of("price", price))
                        .source("黄倩倩 et al., 电子政务 2022(02):21-30 (cold start → mature)").build())
                .build());
    }

    /** Median of a copy (sorts the argument). */
    private static double median(double[] x) {
        Arrays.sort(x);
        int m = x.length / 2;
        return x.length % 2 == 1 ? x[m] : 0.5 * (x[m - 1] + x[m]);
    }
}
