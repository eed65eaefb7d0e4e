package org.dataprice.pricing.negotiation;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The pure state-transition function of a human-driven alternating-offers negotiation:
 * (state, command) → new state, or an {@link InvalidInputException} naming the broken rule. No I/O and
 * no clock: the command carries its instant, so a service can persist the state and replay commands.
 *
 * <p>Rules, checked in this order (field and {@link Rule} of the error in brackets):
 * <ol>
 *   <li>the negotiation is {@link NegotiationStatus#OPEN} ({@code status}, {@link Rule#INVALID_STATE});</li>
 *   <li>time does not run backwards: {@code at ≥ updatedAt} ({@code at}, {@link Rule#AT_LEAST});</li>
 *   <li>{@link NegotiationCommand.Expire} needs {@code at ≥ deadline} ({@code at}, {@link Rule#AT_LEAST});
 *       every other command needs {@code at < deadline} ({@code at}, {@link Rule#AFTER_DEADLINE});</li>
 *   <li>the actor is the seller or the buyer ({@code actorId}, {@link Rule#NOT_A_PARTY});</li>
 *   <li>propose and accept only by the party whose turn it is ({@code actorId}, {@link Rule#OUT_OF_TURN});
 *       withdraw is allowed to either party at any time;</li>
 *   <li>accept needs an offer to accept ({@code offers}, {@link Rule#EMPTY});</li>
 *   <li>propose needs a round left ({@code round}, {@link Rule#AFTER_DEADLINE}); the currency of every
 *       offer equals that of the first ({@code offer.price}, {@link Rule#CURRENCY_MISMATCH}).</li>
 * </ol>
 * Transitions: Propose appends the offer and passes the turn; if it used the last round, the other party
 * may still accept or withdraw until the deadline. Accept → AGREED on the last offer; Withdraw →
 * WITHDRAWN; Expire → EXPIRED. Each transition increments {@code version} and sets {@code updatedAt}.
 * Stateless and thread-safe.
 */
public final class NegotiationMachine {
    /** The default instance. */
    public static final NegotiationMachine DEFAULT = new NegotiationMachine();

    /**
     * @param state   the current state; not null
     * @param command the command; not null
     * @return the next state
     * @throws InvalidInputException when the command breaks a rule (see class Javadoc)
     */
    public NegotiationState apply(NegotiationState state, NegotiationCommand command) {
        Require.notNull(state, "state");
        Require.notNull(command, "command");
        Require.that(state.status() == NegotiationStatus.OPEN, "status", state.status(), Rule.INVALID_STATE,
                "the negotiation is closed");
        Require.that(!command.at().isBefore(state.updatedAt()), "at", command.at(), Rule.AT_LEAST, state.updatedAt());
        if (command instanceof NegotiationCommand.Expire) {
            Require.that(!command.at().isBefore(state.deadline()), "at", command.at(), Rule.AT_LEAST, state.deadline());
            return next(state, NegotiationStatus.EXPIRED, state.turn(), state.offers(), command);
        }
        Require.that(command.at().isBefore(state.deadline()), "at", command.at(), Rule.AFTER_DEADLINE,
                state.deadline());
        Role role = state.roleOf(command.actorId()).orElseThrow(() -> new InvalidInputException("actorId",
                command.actorId(), Rule.NOT_A_PARTY, "seller or the buyer of this negotiation"));
        if (command instanceof NegotiationCommand.Withdraw) {
            return next(state, NegotiationStatus.WITHDRAWN, state.turn(), state.offers(), command);
        }
        Require.that(role == state.turn(), "actorId", command.actorId(), Rule.OUT_OF_TURN,
                state.turn().name().toLowerCase(java.util.Locale.ROOT));
        if (command instanceof NegotiationCommand.Accept) {
            Require.that(!state.offers().isEmpty(), "offers", "[]", Rule.EMPTY);
            return next(state, NegotiationStatus.AGREED, role, state.offers(), command);
        }
        NegotiationCommand.Propose propose = (NegotiationCommand.Propose) command;
        int round = state.offers().size();
        Require.that(round < state.maxRounds(), "round", round, Rule.AFTER_DEADLINE,
                "round " + state.maxRounds());
        state.offers().stream().findFirst().ifPresent(firstOffer -> Require.that(
                firstOffer.offer().price().currency().equals(propose.offer().price().currency()), "offer.price",
                propose.offer().price(), Rule.CURRENCY_MISMATCH, firstOffer.offer().price().currency()));
        List<RecordedOffer> offers = new ArrayList<>(state.offers());
        offers.add(new RecordedOffer(round, role, propose.actorId(), propose.offer(), propose.at()));
        return next(state, NegotiationStatus.OPEN, role.other(), offers, command);
    }

    private static NegotiationState next(NegotiationState s, NegotiationStatus status, Role turn,
            List<RecordedOffer> offers, NegotiationCommand command) {
        return new NegotiationState(s.negotiationId(), s.listingId(), s.sellerId(), s.buyerId(), status, turn,
                s.deadline(), s.maxRounds(), offers, command.at(), s.version() + 1);
    }
}
