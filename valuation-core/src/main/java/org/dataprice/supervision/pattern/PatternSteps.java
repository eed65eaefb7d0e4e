package org.dataprice.supervision.pattern;

import org.dataprice.explain.StepKey;

/** The step keys of the explanations in {@code org.dataprice.supervision.pattern}. */
public final class PatternSteps {
    /** The beneficial-owner group both sides of a deal belong to. */
    public static final StepKey SAME_OWNER = StepKey.of("pattern.sameOwner", "Seller and buyer under one beneficial owner");
    /** The deals of a cycle, in time order. */
    public static final StepKey CYCLE = StepKey.of("pattern.cycle", "Temporal cycle of deals among owner groups");
    /** The spread of the cycle's amounts. */
    public static final StepKey CYCLE_AMOUNTS = StepKey.of("pattern.cycleAmounts", "Largest / smallest amount on the cycle");
    /** The rise of the amounts around a round trip. */
    public static final StepKey ROUND_TRIP_RISE = StepKey.of("pattern.roundTripRise", "Last / first amount of the round trip");
    /** The winners of a stable bidder ring, in order. */
    public static final StepKey ROTATION = StepKey.of("pattern.rotation", "Winners of the same bidder set, in time order");
    /** The relative distance of the winning bid from the losing bids. */
    public static final StepKey RELATIVE_DISTANCE = StepKey.of("pattern.relativeDistance", "Relative distance (b1 − b2) / σ_losers");
    /** The coefficient of variation of the losing bids. */
    public static final StepKey LOSER_CV = StepKey.of("pattern.loserCv", "Coefficient of variation of the losing bids");
    /** A sequence of offers shared by negotiations of different parties. */
    public static final StepKey IDENTICAL_OFFERS = StepKey.of("pattern.identicalOffers", "Identical offer sequence");

    /** The moves of two sellers' quotes matched in time, direction and size. */
    public static final StepKey LOCKSTEP_MOVES = StepKey.of("pattern.lockstepMoves", "Quote changes matched in time, direction and size");
    /** The share of the fewer-moving seller's moves that were matched. */
    public static final StepKey LOCKSTEP_SHARE = StepKey.of("pattern.lockstepShare", "Lockstep share m / min(nA, nB)");

    private PatternSteps() {
    }
}
