package org.dataprice.pricing.bargaining;

import org.dataprice.explain.StepKey;

/** The step keys of {@link BargainingBenchmarks} explanations. */
public final class BargainingSteps {
    /** The surplus b − s. */
    public static final StepKey SURPLUS = StepKey.of("bargaining.surplus", "Surplus b − s");
    /** The seller's share of the surplus. */
    public static final StepKey SELLER_SHARE = StepKey.of("bargaining.sellerShare", "Seller's share of the surplus");
    /** The price. */
    public static final StepKey PRICE = StepKey.of("bargaining.price", "Price p = s + share × (b − s)");

    private BargainingSteps() {
    }
}
