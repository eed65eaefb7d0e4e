package org.dataprice.pricing.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alternating-offers simulation and domain analysis. Reference values: the Nash point of a price-only
 * bargain with u_S = p/100 (r_S = 0.4) and u_B = 1 − p/100 (r_B = 0.3) maximises (p/100 − 0.4)(0.7 − p/100),
 * p = 55 (Nash 1950); Kalai–Smorodinsky with ideals 0.7 and 0.6 gives the same p = 55.
 */
class NegotiationSimulatorTest {
    private static final double TOLERANCE = 1e-12;
    private static final AdditiveUtility SELLER = AdditiveUtility.priceOnly(0, 100, 0.4, 0.9);
    private static final AdditiveUtility BUYER = AdditiveUtility.priceOnly(100, 0, 0.3, 0.9);

    static NegotiationDomain priceDomain() {
        return NegotiationDomain.of(Money.cny("0"), Money.cny("100"), 101, List.of(12), SELLER, BUYER);
    }

    static NegotiationAgent agent(AdditiveUtility u, Tactic tactic) {
        return new NegotiationAgent(u, tactic, AcceptanceCondition.NEXT);
    }

    @Test
    void test_of_nashAndKalaiSmorodinsky() {
        NegotiationDomain d = priceDomain();
        assertThat(d.size()).isEqualTo(101 * 3 * 5 * 3);
        assertThat(d.hasAgreementZone()).isTrue();
        assertThat(d.decode(d.nashOutcome()).price()).isEqualTo(Money.cny("55"));
        assertThat(d.decode(d.kalaiSmorodinskyOutcome()).price()).isEqualTo(Money.cny("55"));
        assertThat(d.distanceToNash(0.55, 0.45)).isCloseTo(0, offset(TOLERANCE));
        assertThat(d.distanceToPareto(0.3, 0.7)).isCloseTo(0, offset(TOLERANCE));
        assertThat(d.distanceToPareto(0.3, 0.6)).isCloseTo(0.1 / Math.sqrt(2), offset(1e-9));
        assertThat(d.minUtility(Role.SELLER)).isEqualTo(0.4);
        assertThat(d.maxUtility(Role.BUYER)).isEqualTo(1);
    }

    @Test
    void test_simulate_linearVersusLinearAgreesInZone() {
        NegotiationDomain d = priceDomain();
        NegotiationOutcome out = NegotiationSimulator.DEFAULT.simulate(d, agent(SELLER, TimeDependentTactic.LINEAR),
                agent(BUYER, TimeDependentTactic.LINEAR), 50, Role.SELLER);
        assertThat(out.agreed()).isTrue();
        double p = out.agreement().orElseThrow().price().toDouble();
        assertThat(p).isBetween(40.0, 70.0);
        assertThat(out.round()).isBetween(0, 49);
        assertThat(out.sellerUtility()).isCloseTo(p / 100, offset(TOLERANCE));
        assertThat(out.sellerDiscounted()).isCloseTo(p / 100 * Math.pow(0.9, out.round() / 49.0), offset(TOLERANCE));
        assertThat(out.distanceToPareto()).isCloseTo(0, offset(TOLERANCE));
        assertThat(out.trace()).hasSize(out.round() + 1);
        assertThat(out.explanation().resultStep().result().number().intValue()).isEqualTo(out.round());
        // symmetric tactics and a symmetric zone: close to the Nash point
        assertThat(out.distanceToNash()).isLessThan(0.05);
    }

    @Test
    void test_simulate_deterministic() {
        NegotiationDomain d = priceDomain();
        NegotiationAgent s = agent(SELLER, TimeDependentTactic.BOULWARE);
        NegotiationAgent b = agent(BUYER, TimeDependentTactic.CONCEDER);
        NegotiationOutcome one = NegotiationSimulator.DEFAULT.simulate(d, s, b, 50, Role.BUYER);
        NegotiationOutcome two = NegotiationSimulator.DEFAULT.simulate(d, s, b, 50, Role.BUYER);
        assertThat(one).isEqualTo(two);
        // the Boulware seller gets more than the conceding buyer
        assertThat(one.sellerUtility() - 0.4).isGreaterThan(one.buyerUtility() - 0.3);
    }

    @Test
    void test_simulate_hardlinersNeverAgree() {
        NegotiationDomain d = priceDomain();
        NegotiationOutcome out = NegotiationSimulator.DEFAULT.simulate(d, agent(SELLER, TimeDependentTactic.HARDLINER),
                agent(BUYER, TimeDependentTactic.HARDLINER), 20, Role.SELLER);
        assertThat(out.agreed()).isFalse();
        assertThat(out.round()).isEqualTo(-1);
        assertThat(out.sellerUtility()).isEqualTo(0.4);
        assertThat(out.buyerDiscounted()).isCloseTo(0.3 * 0.9, offset(TOLERANCE));
        assertThat(out.trace()).hasSize(20);
        assertThat(out.explanation().resultStep().result().number().intValue()).isEqualTo(-1);
    }

    @Test
    void test_simulate_titForTatAgainstConceder() {
        NegotiationDomain d = priceDomain();
        NegotiationOutcome out = NegotiationSimulator.DEFAULT.simulate(d, agent(SELLER, new TitForTatTactic(1)),
                agent(BUYER, TimeDependentTactic.CONCEDER), 50, Role.SELLER);
        assertThat(out.agreed()).isTrue();
        assertThat(out.sellerUtility()).isGreaterThanOrEqualTo(0.4);
        assertThat(out.buyerUtility()).isGreaterThanOrEqualTo(0.3);
    }

    @Test
    void test_simulate_multiIssue() {
        AdditiveUtility seller = new AdditiveUtility(0.7, 20, 100, 0.1, 36, 6, 0.2, List.of(1.0, 0.5, 0.0), 0,
                List.of(0.0, 0.0, 0.0, 0.0, 0.0), 0, List.of(0.0, 0.0, 0.0), 0.3, 1);
        AdditiveUtility buyer = new AdditiveUtility(0.5, 100, 20, 0.2, 6, 36, 0.1, List.of(0.0, 0.6, 1.0), 0.1,
                List.of(0.0, 0.3, 0.6, 0.8, 1.0), 0.1, List.of(0.2, 1.0, 0.6), 0.3, 1);
        NegotiationDomain d = NegotiationDomain.of(Money.cny("20"), Money.cny("100"), 41, List.of(6, 12, 24, 36),
                seller, buyer);
        NegotiationOutcome out = NegotiationSimulator.DEFAULT.simulate(d, agent(seller, TimeDependentTactic.CONCEDER),
                new NegotiationAgent(buyer, TimeDependentTactic.LINEAR, AcceptanceCondition.combi(0.95, 0.5)), 50,
                Role.BUYER);
        assertThat(out.agreed()).isTrue();
        Offer o = out.agreement().orElseThrow();
        assertThat(out.sellerUtility()).isCloseTo(seller.utility(o), offset(TOLERANCE)).isGreaterThanOrEqualTo(0.3);
        assertThat(out.buyerUtility()).isCloseTo(buyer.utility(o), offset(TOLERANCE)).isGreaterThanOrEqualTo(0.3);
        assertThat(d.paretoSize()).isGreaterThan(1);
        assertThat(out.distanceToPareto()).isLessThan(0.5);
    }

    @Test
    void test_batch_equalsKernels() {
        NegotiationDomain d = priceDomain();
        List<NegotiationAgent> sellers = new ArrayList<>();
        List<NegotiationAgent> buyers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            sellers.add(agent(SELLER, new TimeDependentTactic(ConcessionCurve.POLYNOMIAL, 0.1 + i * 0.05, 0)));
            buyers.add(agent(BUYER, new TimeDependentTactic(ConcessionCurve.EXPONENTIAL, 0.2 + i * 0.03, 0.05)));
        }
        long[] batch = NegotiationSimulator.DEFAULT.batch(d, sellers, buyers, 50, Role.SELLER);
        for (int i = 0; i < 64; i++) {
            assertThat(batch[i]).isEqualTo(NegotiationSimulator.DEFAULT.kernel(d, sellers.get(i), buyers.get(i), 50,
                    Role.SELLER));
        }
    }

    @Test
    void test_simulate_invalidRounds() {
        NegotiationDomain d = priceDomain();
        NegotiationAgent s = agent(SELLER, TimeDependentTactic.LINEAR);
        NegotiationAgent b = agent(BUYER, TimeDependentTactic.LINEAR);
        assertThatThrownBy(() -> NegotiationSimulator.DEFAULT.simulate(d, s, b, 0, Role.SELLER))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("rounds");
        assertThatThrownBy(() -> NegotiationSimulator.DEFAULT.simulate(d, s, b, 100_001, Role.SELLER))
                .isInstanceOf(LimitExceededException.class).extracting("field").isEqualTo("rounds");
    }

    @Test
    void test_simulate_utilityNotTheDomains() {
        NegotiationDomain d = priceDomain();
        NegotiationAgent wrong = agent(AdditiveUtility.priceOnly(0, 100, 0.1, 1), TimeDependentTactic.LINEAR);
        assertThatThrownBy(() -> NegotiationSimulator.DEFAULT.simulate(d, wrong, agent(BUYER, TimeDependentTactic.LINEAR),
                10, Role.SELLER)).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("seller.utility");
    }

    @Test
    void test_of_invalidDomain() {
        assertThatThrownBy(() -> NegotiationDomain.of(Money.cny("0"), Money.cny("100"), 1, List.of(12), SELLER, BUYER))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("priceLevels");
        assertThatThrownBy(() -> NegotiationDomain.of(Money.cny("10"), Money.cny("10"), 5, List.of(12), SELLER, BUYER))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("maxPrice");
        assertThatThrownBy(() -> NegotiationDomain.of(Money.cny("0"), Money.cny("10"), 5, List.of(12, 12), SELLER, BUYER))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("licenceMonths");
        assertThatThrownBy(() -> NegotiationDomain.of(Money.cny("0"), Money.cny("10"), 10_000,
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23), SELLER, BUYER))
                .isInstanceOf(LimitExceededException.class).extracting("field").isEqualTo("outcomes");
    }

    @Test
    void test_new_utilityWeightsMustSumToOne() {
        assertThatThrownBy(() -> new AdditiveUtility(0.5, 0, 100, 0.1, 1, 12, 0, List.of(0.0, 0.0, 0.0), 0,
                List.of(0.0, 0.0, 0.0, 0.0, 0.0), 0, List.of(0.0, 0.0, 0.0), 0, 1))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("weights");
        assertThatThrownBy(() -> AdditiveUtility.priceOnly(5, 5, 0, 1))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("priceBest");
        assertThatThrownBy(() -> AdditiveUtility.priceOnly(0, 5, 1.5, 1))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reservationValue");
        assertThatThrownBy(() -> AdditiveUtility.priceOnly(0, 5, 0.5, 0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("discountFactor");
        assertThatThrownBy(() -> new AdditiveUtility(1, 0, 100, 0, 1, 12, 0, List.of(0.0, 0.0), 0,
                List.of(0.0, 0.0, 0.0, 0.0, 0.0), 0, List.of(0.0, 0.0, 0.0), 0, 1))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("scopeValues");
    }

    @Test
    void test_utility_linearAdditive() {
        AdditiveUtility u = new AdditiveUtility(0.5, 0, 100, 0.2, 6, 36, 0.1, List.of(0.0, 0.5, 1.0), 0.1,
                List.of(0.0, 0.25, 0.5, 0.75, 1.0), 0.1, List.of(1.0, 0.0, 0.0), 0, 1);
        Offer o = new Offer(Money.cny("60"), 21, UsageScope.DERIVED_PRODUCTS, UpdateFrequency.DAILY, DeliveryMode.FILE);
        // 0.5·0.6 + 0.2·0.5 + 0.1·0.5 + 0.1·0.75 + 0.1·1 = 0.625
        assertThat(u.utility(o)).isCloseTo(0.625, offset(TOLERANCE));
    }

    @Test
    void test_bid_lowestOwnUtilityAtLeastTarget() {
        NegotiationDomain d = NegotiationDomain.of(Money.cny("20"), Money.cny("100"), 17, List.of(6, 12, 36),
                new AdditiveUtility(0.6, 20, 100, 0.1, 36, 6, 0.3, List.of(1.0, 0.5, 0.0), 0,
                        List.of(0.0, 0.0, 0.0, 0.0, 0.0), 0, List.of(0.0, 0.0, 0.0), 0, 1), BUYER_MULTI);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            double target = rng.nextDouble() * 1.1 - 0.05;
            for (Role role : Role.values()) {
                int bid = d.bid(role, target);
                double best = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int o = 0; o < d.size(); o++) {
                    double u = d.utility(role, o);
                    max = Math.max(max, u);
                    if (u >= target) {
                        best = Math.min(best, u);
                    }
                }
                assertThat(d.utility(role, bid)).isEqualTo(best == Double.POSITIVE_INFINITY ? max : best);
            }
        }
    }

    private static final AdditiveUtility BUYER_MULTI = new AdditiveUtility(0.5, 100, 20, 0.2, 6, 36, 0.1,
            List.of(0.0, 0.6, 1.0), 0.1, List.of(0.0, 0.3, 0.6, 0.8, 1.0), 0.1, List.of(0.2, 1.0, 0.6), 0.3, 1);

    private static NegotiationOutcome run(AdditiveUtility seller, AdditiveUtility buyer, NegotiationDomain d, Tactic tactic,
            AcceptanceCondition acceptance, int rounds, Role first) {
        return NegotiationSimulator.DEFAULT.simulate(d, new NegotiationAgent(seller, tactic, acceptance),
                agent(buyer, TimeDependentTactic.LINEAR), rounds, first);
    }

    private static NegotiationOutcome base(AdditiveUtility seller, AdditiveUtility buyer) {
        return run(seller, buyer, NegotiationDomain.of(Money.cny("0"), Money.cny("100"), 101, List.of(12), seller, buyer),
                TimeDependentTactic.CONCEDER, AcceptanceCondition.NEXT, 40, Role.SELLER);
    }

    /** The base negotiation and the same with one input changed. */
    static java.util.stream.Stream<Arguments> oneInputChanged() {
        NegotiationOutcome base = base(SELLER, BUYER);
        NegotiationDomain d = priceDomain();
        return java.util.stream.Stream.of(
                Arguments.of("rounds", base, run(SELLER, BUYER, d, TimeDependentTactic.CONCEDER, AcceptanceCondition.NEXT, 41, Role.SELLER)),
                Arguments.of("first", base, run(SELLER, BUYER, d, TimeDependentTactic.CONCEDER, AcceptanceCondition.NEXT, 40, Role.BUYER)),
                Arguments.of("sellerTactic", base, run(SELLER, BUYER, d, TimeDependentTactic.BOULWARE, AcceptanceCondition.NEXT, 40, Role.SELLER)),
                Arguments.of("sellerAcceptance", base, run(SELLER, BUYER, d, TimeDependentTactic.CONCEDER, new AcceptanceCondition.Const(0.5), 40, Role.SELLER)),
                Arguments.of("priceLevels", base, run(SELLER, BUYER, NegotiationDomain.of(Money.cny("0"), Money.cny("100"), 51, List.of(12), SELLER, BUYER),
                        TimeDependentTactic.CONCEDER, AcceptanceCondition.NEXT, 40, Role.SELLER)),
                Arguments.of("maxPrice", base, run(SELLER, BUYER, NegotiationDomain.of(Money.cny("0"), Money.cny("200"), 101, List.of(12), SELLER, BUYER),
                        TimeDependentTactic.CONCEDER, AcceptanceCondition.NEXT, 40, Role.SELLER)),
                Arguments.of("licenceMonths", base, run(SELLER, BUYER, NegotiationDomain.of(Money.cny("0"), Money.cny("100"), 101, List.of(24), SELLER, BUYER),
                        TimeDependentTactic.CONCEDER, AcceptanceCondition.NEXT, 40, Role.SELLER)),
                Arguments.of("sellerReservation", base, base(AdditiveUtility.priceOnly(0, 100, 0.45, 0.9), BUYER)),
                Arguments.of("sellerDelta", base, base(AdditiveUtility.priceOnly(0, 100, 0.4, 0.95), BUYER)),
                Arguments.of("buyerReservation", base, base(SELLER, AdditiveUtility.priceOnly(100, 0, 0.35, 0.9))),
                Arguments.of("buyerDelta", base, base(SELLER, AdditiveUtility.priceOnly(100, 0, 0.3, 0.8))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneInputChanged")
    void test_simulate_inputHashCoversEveryInput(String input, NegotiationOutcome base, NegotiationOutcome changed) {
        assertThat(changed.explanation().inputHash()).as(input).isNotEqualTo(base.explanation().inputHash());
        assertThat(base(SELLER, BUYER).explanation().inputHash()).isEqualTo(base.explanation().inputHash());
    }
}
