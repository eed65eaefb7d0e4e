package org.dataprice.index.correction;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.index.transaction.TradeValueBound;

/**
 * The rules of trade corrections (交易更正规则): what a new correction may do given the trade's
 * history, and what a trade is after its corrections.
 *
 * <p>A trade's state is its original values folded through its corrections in sequence order: a
 * {@link CorrectionAction#VOID} removes it for good; an {@link CorrectionAction#AMEND} replaces the
 * values it gives. A new correction is accepted when
 * <ol>
 *   <li>it is the next in the trade's sequence (history size + 1), and the trade has fewer than
 *       {@link #MAX_PER_TRADE} corrections ({@link Rule#LIMIT_EXCEEDED} on {@code action});</li>
 *   <li>the trade is not voided (a voided trade can be neither voided again nor amended:
 *       {@link Rule#INVALID_STATE} on {@code action}, naming the voiding correction);</li>
 *   <li>for an amendment: it changes at least one value ({@link Rule#INVALID_STATE} on {@code action}),
 *       the amended trade is within {@link TradeValueBound} (the rule every load applies, on
 *       {@code price} or {@code quantity}), and a new product already in another category of the index
 *       is refused ({@link Rule#INCONSISTENT} on {@code productId}), as a load would refuse it.</li>
 * </ol>
 * Corrections take effect in the next release (the release service reads them with the trades;
 * {@link CorrectionSet}); published vintages are never changed. Thread-safe (stateless).
 *
 * <p>Tests: {@code TradeCorrectionsTest} checks each rule, the fold, and that applying a set of
 * corrections to a list of trades gives the list a fresh load of the corrected trades would give.
 */
public final class TradeCorrections {
    /** The most corrections of one trade (a bound on the history read and folded per request). */
    public static final int MAX_PER_TRADE = 100;

    private TradeCorrections() {
    }

    /**
     * @param original the trade as loaded
     * @param history  its corrections, any order (all of this trade)
     * @return the trade after its corrections; empty when voided
     */
    public static Optional<Trade> current(Trade original, List<TradeCorrection> history) {
        Trade t = original;
        for (TradeCorrection c : ordered(original, history)) {
            if (c.action() == CorrectionAction.VOID) {
                return Optional.empty();
            }
            t = c.amendment().applyTo(t);
        }
        return Optional.of(t);
    }

    /**
     * Checks a new correction against the trade's history.
     *
     * @param original          the trade as loaded; not null
     * @param history           its corrections so far; not null
     * @param proposed          the new correction; not null
     * @param productCategories the category of every product of the index (first seen); {@code ""} for none
     * @return the trade as it will be after the correction; empty for a void
     * @throws InvalidInputException naming the field and the rule broken (see the class comment)
     */
    public static Optional<Trade> check(Trade original, List<TradeCorrection> history, TradeCorrection proposed,
                                        Map<String, String> productCategories) {
        Require.notNull(proposed, "correction");
        Require.that(proposed.tradeId() == original.id(), "tradeId", proposed.tradeId(), Rule.INCONSISTENT,
                "the trade corrected is " + original.id());
        Require.that(proposed.sequence() == history.size() + 1, "sequence", proposed.sequence(), Rule.INVALID_STATE,
                "the next correction of trade " + original.id() + " is number " + (history.size() + 1));
        Require.that(history.size() < MAX_PER_TRADE, "action", proposed.action(), Rule.LIMIT_EXCEEDED,
                MAX_PER_TRADE + " corrections of one trade; void it and load the right trade instead");
        Optional<Trade> now = current(original, history);
        if (now.isEmpty()) {
            TradeCorrection voiding = ordered(original, history).stream()
                    .filter(c -> c.action() == CorrectionAction.VOID).findFirst().orElseThrow();
            throw new InvalidInputException("action", proposed.action(), Rule.INVALID_STATE, "the trade was voided by correction "
                    + voiding.id() + " at " + voiding.at() + " (" + voiding.reason() + "); a voided trade can be neither "
                    + "voided again nor amended");
        }
        if (proposed.action() == CorrectionAction.VOID) {
            return Optional.empty();
        }
        Trade before = now.get();
        Trade after = proposed.amendment().applyTo(before);
        Require.that(!after.equals(before), "action", proposed.action(), Rule.INVALID_STATE,
                "the amendment changes nothing: the trade already has these values");
        TradeValueBound.require(after.price(), after.quantity(), "price", "quantity");
        if (!after.productId().equals(before.productId())) {
            String known = productCategories.get(after.productId());
            Require.that(known == null || known.equals(after.category()), "productId", after.productId(),
                    Rule.INCONSISTENT, "product " + after.productId() + " is in category " + known
                            + ", the trade in category " + after.category());
        }
        return Optional.of(after);
    }

    private static List<TradeCorrection> ordered(Trade original, List<TradeCorrection> history) {
        List<TradeCorrection> out = history.stream().sorted(Comparator.comparingInt(TradeCorrection::sequence)).toList();
        for (int i = 0; i < out.size(); i++) {
            TradeCorrection c = out.get(i);
            Require.that(c.tradeId() == original.id(), "history[" + i + "].tradeId", c.tradeId(), Rule.INCONSISTENT,
                    "the trade corrected is " + original.id());
            Require.that(c.sequence() == i + 1, "history[" + i + "].sequence", c.sequence(), Rule.INVALID_STATE,
                    "corrections numbered 1.." + out.size() + " without gaps");
        }
        return out;
    }
}
