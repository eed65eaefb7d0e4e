package org.dataprice.pricing.band;

import org.dataprice.explain.StepKey;

/** The step keys of the explanations in {@code org.dataprice.pricing.band}. */
public final class BandSteps {
    /** The lower edge A(1 − β). */
    public static final StepKey LOWER = StepKey.of("band.lower", "Band lower edge A(1 − β)");
    /** The upper edge A(1 + β). */
    public static final StepKey UPPER = StepKey.of("band.upper", "Band upper edge A(1 + β)");
    /** Relative deviation of the quote from the appraisal. */
    public static final StepKey DEVIATION = StepKey.of("band.deviation", "Quote deviation (Q − A) / A");
    /** Whether the quote is flagged (1) or inside the band (0). */
    public static final StepKey FLAGGED = StepKey.of("band.flagged", "Quote flagged (1 = outside band)");
    /** The stored valuation report an appraisal cites (its id, date, firm, range of indications). */
    public static final StepKey CITED_VALUATION = StepKey.of("band.citedValuation", "Cited valuation report");
    /** One comparable deal carried to today by the price index. */
    public static final StepKey CARRIED_DEAL = StepKey.of("reference.carriedDeal", "Deal carried by the index p × I_now / I_deal");
    /** The cost-and-appraisal anchor. */
    public static final StepKey ANCHOR = StepKey.of("reference.anchor", "Anchor price (cost and appraisal)");
    /** The market evidence price from comparable deals, index-adjusted. */
    public static final StepKey MARKET = StepKey.of("reference.market", "Market price (median of index-adjusted deals)");
    /** The weight on market evidence. */
    public static final StepKey MARKET_WEIGHT = StepKey.of("reference.marketWeight", "Market weight w = min(1, n / nMature)");
    /** The reference price. */
    public static final StepKey REFERENCE = StepKey.of("reference.price", "Reference price (1 − w)·anchor + w·market");

    private BandSteps() {
    }
}
