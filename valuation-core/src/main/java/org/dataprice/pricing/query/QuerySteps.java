package org.dataprice.pricing.query;

import org.dataprice.explain.StepKey;

/** The step keys of query-pricing explanations. */
public final class QuerySteps {
    /** Worlds the answer rules out. */
    public static final StepKey RULED_OUT = StepKey.of("query.ruledOut", "Support worlds the answer rules out");
    /** Worlds already ruled out by earlier purchases. */
    public static final StepKey ALREADY_KNOWN = StepKey.of("query.alreadyKnown", "Of those, already ruled out by the history");
    /** The price: weight of newly ruled-out worlds. */
    public static final StepKey PRICE = StepKey.of("query.price", "Price Σ w(D′) over newly ruled-out D′");

    private QuerySteps() {
    }
}
