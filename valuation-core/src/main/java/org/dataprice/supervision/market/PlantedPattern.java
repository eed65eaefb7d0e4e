package org.dataprice.supervision.market;

/** The kinds of manipulation the {@link MarketGenerator} plants, each with the detector expected to find it. */
public enum PlantedPattern {
    /** A deal priced 3.3–7.4 times above or below its market (log shift ±[1.2, 2.0]): the price rules. */
    PRICE_OUTLIER,
    /** A ring of 2–4 parties passing about the same amount round within 10 days: wash / circular trading. */
    WASH_RING,
    /** Two parties trading back with the price raised 30–60 % each leg within 20 days: round trip. */
    ROUND_TRIP,
    /** A deal between a seller and a buyer declared under one beneficial owner: self-dealing. */
    SELF_DEALING,
    /** A seller pricing 14 deals just under the reporting threshold: bunching. */
    THRESHOLD_BUNCHING,
    /** A category flooded with four times its usual deals in one month: volume spike. */
    VOLUME_SPIKE,
    /** Three bidders meeting in six auctions and winning in turn: bid rotation. */
    BID_ROTATION,
    /** An auction whose losing bids sit together at about 80 % of the winner's: cover bidding. */
    COVER_BIDDING,
    /** Two buyers making the same sequence of offers: identical offer sequences. */
    IDENTICAL_OFFERS,
    /** Two new sellers of one category changing their fixed-price quotes together five times: parallel pricing. */
    PARALLEL_PRICING
}
