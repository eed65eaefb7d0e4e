package org.dataprice.pricing.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/** The human-driven negotiation state machine: one test per rule, plus the happy paths. */
class NegotiationMachineTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-01-12T09:00:00Z");
    private static final NegotiationMachine M = NegotiationMachine.DEFAULT;

    static NegotiationState sut() {
        return NegotiationState.open("n-1", "l-1", "seller", "buyer", Role.SELLER, T0, DEADLINE, 4);
    }

    static Offer offer(String price) {
        return new Offer(Money.cny(price), 12, UsageScope.INTERNAL, UpdateFrequency.MONTHLY, DeliveryMode.API);
    }

    static Instant at(int hours) {
        return T0.plusSeconds(3600L * hours);
    }

    @Test
    void test_apply_proposeCounterAccept() {
        NegotiationState s = M.apply(sut(), new NegotiationCommand.Propose("seller", offer("120"), at(1)));
        assertThat(s.turn()).isEqualTo(Role.BUYER);
        assertThat(s.version()).isEqualTo(1);
        s = M.apply(s, new NegotiationCommand.Propose("buyer", offer("90"), at(2)));
        s = M.apply(s, new NegotiationCommand.Accept("seller", at(3)));
        assertThat(s.status()).isEqualTo(NegotiationStatus.AGREED);
        assertThat(s.agreement()).contains(offer("90"));
        assertThat(s.offers()).hasSize(2);
        assertThat(s.offers().get(1).proposer()).isEqualTo(Role.BUYER);
        assertThat(s.version()).isEqualTo(3);
        assertThat(s.updatedAt()).isEqualTo(at(3));
    }

    @Test
    void test_apply_withdrawAndExpire() {
        NegotiationState w = M.apply(sut(), new NegotiationCommand.Withdraw("buyer", at(1)));
        assertThat(w.status()).isEqualTo(NegotiationStatus.WITHDRAWN);
        NegotiationState e = M.apply(sut(), new NegotiationCommand.Expire(DEADLINE));
        assertThat(e.status()).isEqualTo(NegotiationStatus.EXPIRED);
        assertThat(e.agreement()).isEmpty();
    }

    @Test
    void test_apply_outOfTurn() {
        assertRule(() -> M.apply(sut(), new NegotiationCommand.Propose("buyer", offer("90"), at(1))), "actorId",
                Rule.OUT_OF_TURN);
        assertThatThrownBy(() -> M.apply(sut(), new NegotiationCommand.Propose("buyer", offer("90"), at(1))))
                .hasMessage("actorId must wait for its turn (next to act: seller), was buyer");
    }

    @Test
    void test_apply_acceptOwnOfferIsOutOfTurn() {
        NegotiationState s = M.apply(sut(), new NegotiationCommand.Propose("seller", offer("120"), at(1)));
        assertRule(() -> M.apply(s, new NegotiationCommand.Accept("seller", at(2))), "actorId", Rule.OUT_OF_TURN);
    }

    @Test
    void test_apply_afterDeadline() {
        assertRule(() -> M.apply(sut(), new NegotiationCommand.Propose("seller", offer("120"), DEADLINE)), "at",
                Rule.AFTER_DEADLINE);
    }

    @Test
    void test_apply_notAParty() {
        assertRule(() -> M.apply(sut(), new NegotiationCommand.Propose("mallory", offer("120"), at(1))), "actorId",
                Rule.NOT_A_PARTY);
    }

    @Test
    void test_apply_closed() {
        NegotiationState w = M.apply(sut(), new NegotiationCommand.Withdraw("seller", at(1)));
        assertRule(() -> M.apply(w, new NegotiationCommand.Propose("seller", offer("1"), at(2))), "status",
                Rule.INVALID_STATE);
    }

    @Test
    void test_apply_acceptWithoutOffer() {
        assertRule(() -> M.apply(sut(), new NegotiationCommand.Accept("seller", at(1))), "offers", Rule.EMPTY);
    }

    @Test
    void test_apply_timeBackwards() {
        NegotiationState s = M.apply(sut(), new NegotiationCommand.Propose("seller", offer("120"), at(5)));
        assertRule(() -> M.apply(s, new NegotiationCommand.Propose("buyer", offer("90"), at(4))), "at", Rule.AT_LEAST);
    }

    @Test
    void test_apply_expireBeforeDeadline() {
        assertRule(() -> M.apply(sut(), new NegotiationCommand.Expire(at(1))), "at", Rule.AT_LEAST);
    }

    @Test
    void test_apply_roundLimit() {
        NegotiationState s = sut();
        String[] actors = {"seller", "buyer"};
        for (int i = 0; i < 4; i++) {
            s = M.apply(s, new NegotiationCommand.Propose(actors[i % 2], offer("100"), at(i + 1)));
        }
        NegotiationState full = s;
        assertRule(() -> M.apply(full, new NegotiationCommand.Propose("seller", offer("100"), at(9))), "round",
                Rule.AFTER_DEADLINE);
        // the last offer may still be accepted
        assertThat(M.apply(full, new NegotiationCommand.Accept("seller", at(9))).status())
                .isEqualTo(NegotiationStatus.AGREED);
    }

    @Test
    void test_apply_currencyMismatch() {
        NegotiationState s = M.apply(sut(), new NegotiationCommand.Propose("seller", offer("120"), at(1)));
        Offer usd = new Offer(Money.of("90", java.util.Currency.getInstance("USD")), 12, UsageScope.INTERNAL,
                UpdateFrequency.MONTHLY, DeliveryMode.API);
        assertRule(() -> M.apply(s, new NegotiationCommand.Propose("buyer", usd, at(2))), "offer.price",
                Rule.CURRENCY_MISMATCH);
    }

    @Test
    void test_open_invalid() {
        assertThatThrownBy(() -> NegotiationState.open("n", "l", "same", "same", Role.SELLER, T0, DEADLINE, 4))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("buyerId");
        assertThatThrownBy(() -> NegotiationState.open("n", "l", "s", "b", Role.SELLER, DEADLINE, T0, 4))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("deadline");
        assertThatThrownBy(() -> NegotiationState.open("n", "l", "s", "b", Role.SELLER, T0, DEADLINE, 0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("maxRounds");
    }

    private static void assertRule(Runnable r, String field, Rule rule) {
        assertThatThrownBy(r::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((DatapriceException) e).field()).isEqualTo(field);
                    assertThat(((DatapriceException) e).rule()).isEqualTo(rule);
                });
    }
}
