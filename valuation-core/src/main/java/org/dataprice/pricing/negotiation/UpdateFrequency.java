package org.dataprice.pricing.negotiation;

/** How often the seller updates the delivered data, from least to most frequent. */
public enum UpdateFrequency {
    /** A single delivery. */
    ONCE,
    /** Monthly updates. */
    MONTHLY,
    /** Weekly updates. */
    WEEKLY,
    /** Daily updates. */
    DAILY,
    /** Real-time feed. */
    REAL_TIME
}
