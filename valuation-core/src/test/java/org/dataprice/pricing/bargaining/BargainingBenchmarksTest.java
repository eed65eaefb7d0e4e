package org.dataprice.pricing.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.dataprice.pricing.negotiation.Role;
import org.junit.jupiter.api.Test;

/**
 * Closed forms: Rubinstein (1982) x* = (1 − δ₂)/(1 − δ₁δ₂) for the first proposer (Osborne &amp; Rubinstein,
 * Bargaining and Markets, 1990, Prop. 3.3); Nash (1950) midpoint; generalised Nash s + α(b − s).
 */
class BargainingBenchmarksTest {
    private static final double TOLERANCE = 1e-12;
    private static final BargainingBenchmarks B = BargainingBenchmarks.DEFAULT;
    private static final BargainingProblem P = new BargainingProblem(Money.cny("0"), Money.cny("100"));

    @Test
    void test_rubinstein_equalDiscountSellerFirst() {
        // δ = 0.9: x* = 0.1 / 0.19 = 0.5263157894736842 → 52.63
        BargainingSolution s = B.rubinstein(P, 0.9, 0.9, Role.SELLER);
        assertThat(s.sellerShare()).isCloseTo(0.1 / 0.19, offset(TOLERANCE));
        assertThat(s.price()).isEqualTo(Money.cny("52.63"));
        assertThat(s.explanation().resultStep().result().number()).isEqualByComparingTo("52.63");
    }

    @Test
    void test_rubinstein_buyerFirst() {
        // buyer proposes: buyer share (1 − δ_S)/(1 − δ_S δ_B) = 0.5 / 0.6 = 5/6 with δ_S = 0.5, δ_B = 0.8
        BargainingSolution s = B.rubinstein(P, 0.5, 0.8, Role.BUYER);
        assertThat(s.sellerShare()).isCloseTo(1 - 5.0 / 6, offset(TOLERANCE));
        assertThat(s.price()).isEqualTo(Money.cny("16.67"));
        // seller proposes with the same δ: (1 − 0.8)/(1 − 0.4) = 1/3
        assertThat(B.rubinstein(P, 0.5, 0.8, Role.SELLER).sellerShare()).isCloseTo(1.0 / 3, offset(TOLERANCE));
    }

    @Test
    void test_rubinstein_tendsToNash() {
        assertThat(B.rubinstein(P, 0.99999, 0.99999, Role.SELLER).sellerShare()).isCloseTo(0.5, offset(1e-5));
    }

    @Test
    void test_nash_midpointAndGeneralised() {
        BargainingProblem p = new BargainingProblem(Money.cny("40"), Money.cny("70"));
        assertThat(B.nash(p).price()).isEqualTo(Money.cny("55"));
        assertThat(B.kalaiSmorodinsky(p).price()).isEqualTo(Money.cny("55"));
        assertThat(B.generalizedNash(p, 0.3).price()).isEqualTo(Money.cny("49"));
    }

    @Test
    void test_rubinstein_bothPatient() {
        assertThatThrownBy(() -> B.rubinstein(P, 1, 1, Role.SELLER)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("sellerDelta*buyerDelta");
    }

    @Test
    void test_rubinstein_invalidDelta() {
        assertThatThrownBy(() -> B.rubinstein(P, 1.1, 0.5, Role.SELLER)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("sellerDelta");
    }

    @Test
    void test_generalizedNash_invalidPower() {
        assertThatThrownBy(() -> B.generalizedNash(P, -0.1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("sellerPower");
    }

    @Test
    void test_new_reservesOutOfOrder() {
        assertThatThrownBy(() -> new BargainingProblem(Money.cny("10"), Money.cny("10")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("buyerReserve");
    }
}
