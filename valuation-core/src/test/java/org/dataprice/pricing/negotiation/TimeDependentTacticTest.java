package org.dataprice.pricing.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Tactic definitions against GENIUS ({@code TimeDependent} offering strategy: f(t) = k + (1 − k)t^(1/e),
 * p(t) = Pmin + (Pmax − Pmin)(1 − f(t)); BOA defaults Pmin = 0, Pmax = 0.99, k = 0; agents Boulware e = 0.2,
 * Linear e = 1, Conceder e = 2, Hardliner e = 0) and FSJ 1998 §4.1 (exponential form). Reference values
 * computed by hand from those definitions.
 */
class TimeDependentTacticTest {
    private static final double TOLERANCE = 1e-12;
    private static final double P_MAX = 0.99;

    @Test
    void test_target_geniusBoulwareAtHalfTime() {
        // f(0.5) = 0.5^(1/0.2) = 0.03125; p = 0.99 × (1 − 0.03125) = 0.9590625
        assertThat(TimeDependentTactic.BOULWARE.target(0.5, 0, P_MAX, Double.NaN, Double.NaN, Double.NaN))
                .isCloseTo(0.9590625, offset(TOLERANCE));
    }

    @Test
    void test_target_geniusConcederAtHalfTime() {
        // f(0.5) = sqrt(0.5); p = 0.99 × (1 − 0.7071067811865476) = 0.2899642866253179
        assertThat(TimeDependentTactic.CONCEDER.target(0.5, 0, P_MAX, Double.NaN, Double.NaN, Double.NaN))
                .isCloseTo(0.99 * (1 - Math.sqrt(0.5)), offset(TOLERANCE)).isCloseTo(0.2899642866, offset(1e-9));
    }

    @Test
    void test_target_geniusLinearAndHardliner() {
        assertThat(TimeDependentTactic.LINEAR.target(0.25, 0, P_MAX, Double.NaN, Double.NaN, Double.NaN))
                .isCloseTo(0.7425, offset(TOLERANCE));
        for (double t : new double[] {0, 0.3, 0.99, 1}) {
            assertThat(TimeDependentTactic.HARDLINER.target(t, 0, P_MAX, Double.NaN, Double.NaN, Double.NaN))
                    .isEqualTo(P_MAX);
        }
    }

    @Test
    void test_concession_endpoints() {
        TimeDependentTactic tactic = new TimeDependentTactic(ConcessionCurve.POLYNOMIAL, 0.5, 0.1);
        assertThat(tactic.concession(0)).isCloseTo(0.1, offset(TOLERANCE));
        assertThat(tactic.concession(1)).isCloseTo(1, offset(TOLERANCE));
    }

    @Test
    void test_concession_exponentialForm() {
        // FSJ 1998: α(t) = exp((1 − t)^β ln κ); κ = 0.1, β = 1, t = 0.5 → exp(0.5 ln 0.1) = 0.31622776601683794
        TimeDependentTactic tactic = new TimeDependentTactic(ConcessionCurve.EXPONENTIAL, 1, 0.1);
        assertThat(tactic.concession(0.5)).isCloseTo(Math.sqrt(0.1), offset(TOLERANCE));
        assertThat(tactic.concession(0)).isCloseTo(0.1, offset(TOLERANCE));
        assertThat(tactic.concession(1)).isCloseTo(1, offset(TOLERANCE));
    }

    @Test
    void test_price_sellerAndBuyerFsj() {
        // seller: max − α(max − min); linear, k = 0, t = 0.5, [80, 120] → 100
        assertThat(TimeDependentTactic.LINEAR.price(0.5, 80, 120)).isCloseTo(100, offset(TOLERANCE));
        // buyer: min + α(max − min) from 60 up to 110 at t = 0.5 → 85
        assertThat(TimeDependentTactic.LINEAR.price(0.5, 110, 60)).isCloseTo(85, offset(TOLERANCE));
    }

    @Test
    void test_price_betweenReservationAndAspirationAndMonotoneInTime() {
        qt().withExamples(500).forAll(doubles().between(0, 10), doubles().between(0, 1), doubles().between(0, 1),
                doubles().between(0, 1)).checkAssert((e, k, t1, t2) -> {
                    for (ConcessionCurve curve : ConcessionCurve.values()) {
                        double kk = curve == ConcessionCurve.EXPONENTIAL ? Math.max(k, 1e-6) : k;
                        TimeDependentTactic tactic = new TimeDependentTactic(curve, e, kk);
                        double reservation = 80;
                        double aspiration = 120;
                        double early = tactic.price(Math.min(t1, t2), reservation, aspiration);
                        double late = tactic.price(Math.max(t1, t2), reservation, aspiration);
                        assertThat(early).isBetween(reservation - 1e-9, aspiration + 1e-9);
                        assertThat(late).isBetween(reservation - 1e-9, aspiration + 1e-9);
                        assertThat(late).isLessThanOrEqualTo(early + 1e-9);
                        double buyerEarly = tactic.price(Math.min(t1, t2), 120, 80);
                        double buyerLate = tactic.price(Math.max(t1, t2), 120, 80);
                        assertThat(buyerLate).isGreaterThanOrEqualTo(buyerEarly - 1e-9).isBetween(80 - 1e-9, 120 + 1e-9);
                    }
                });
    }

    @Test
    void test_new_invalidExponent() {
        assertThatThrownBy(() -> new TimeDependentTactic(ConcessionCurve.POLYNOMIAL, -1, 0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("e");
    }

    @Test
    void test_new_invalidK() {
        assertThatThrownBy(() -> new TimeDependentTactic(ConcessionCurve.POLYNOMIAL, 1, 1.5))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("k");
    }

    @Test
    void test_new_exponentialNeedsPositiveK() {
        assertThatThrownBy(() -> new TimeDependentTactic(ConcessionCurve.EXPONENTIAL, 1, 0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("k");
    }

    @Test
    void test_new_nullCurve() {
        assertThatThrownBy(() -> new TimeDependentTactic(null, 1, 0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("curve");
    }
}
