package org.dataprice.pricing.negotiation;

/** Usage scope of the licence, from narrowest to widest (an issue of a multi-issue offer). */
public enum UsageScope {
    /** Internal use by the buyer only. */
    INTERNAL,
    /** Use in products the buyer sells (derived data products). */
    DERIVED_PRODUCTS,
    /** Redistribution to third parties. */
    REDISTRIBUTION
}
