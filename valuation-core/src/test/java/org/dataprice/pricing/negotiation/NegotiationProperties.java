package org.dataprice.pricing.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * Invariants of the simulation over random time-dependent tactics: agreements are individually rational,
 * the seller's own offers never rise in its utility over time (time-dependent concession is monotone),
 * every offer's target lies in [reservation, max], and the kernel agrees with the full simulation.
 */
class NegotiationProperties {
    private static final NegotiationDomain DOMAIN = NegotiationSimulatorTest.priceDomain();

    @Test
    void test_simulate_individuallyRationalMonotoneAndConsistent() {
        qt().withExamples(300).forAll(doubles().between(0, 5), doubles().between(0, 5), integers().between(1, 80),
                integers().between(0, 1)).checkAssert((eS, eB, rounds, first) -> {
                    NegotiationAgent s = new NegotiationAgent(DOMAIN.seller(),
                            new TimeDependentTactic(ConcessionCurve.POLYNOMIAL, eS, 0), AcceptanceCondition.NEXT);
                    NegotiationAgent b = new NegotiationAgent(DOMAIN.buyer(),
                            new TimeDependentTactic(ConcessionCurve.EXPONENTIAL, eB, 0.01), AcceptanceCondition.NEXT);
                    Role firstMover = Role.values()[first];
                    NegotiationOutcome out = NegotiationSimulator.DEFAULT.simulate(DOMAIN, s, b, rounds, firstMover);
                    assertThat(out.sellerUtility()).isGreaterThanOrEqualTo(0.4);
                    assertThat(out.buyerUtility()).isGreaterThanOrEqualTo(0.3);
                    assertThat(out.round()).isLessThan(rounds);
                    double previous = Double.POSITIVE_INFINITY;
                    for (TracedOffer o : out.trace()) {
                        if (o.proposer() == Role.SELLER) {
                            assertThat(o.sellerUtility()).isLessThanOrEqualTo(previous + 1e-12)
                                    .isGreaterThanOrEqualTo(0.4 - 1e-12);
                            previous = o.sellerUtility();
                        } else {
                            assertThat(o.buyerUtility()).isGreaterThanOrEqualTo(0.3 - 1e-12);
                        }
                    }
                    long code = NegotiationSimulator.DEFAULT.kernel(DOMAIN, s, b, rounds, firstMover);
                    assertThat(code < 0 ? -1 : (int) (code >>> 32)).isEqualTo(out.round());
                });
    }
}
