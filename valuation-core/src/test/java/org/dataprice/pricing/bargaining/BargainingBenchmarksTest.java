package org.dataprice.pricing.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.dataprice.pricing.negotiation.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

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

    /** A base problem and the same with one input changed: α, δ_S, δ_B, first mover, s or b. */
    static Stream<Arguments> oneInputChanged() {
        BargainingProblem higherSeller = new BargainingProblem(Money.cny("10"), Money.cny("100"));
        BargainingProblem higherBuyer = new BargainingProblem(Money.cny("0"), Money.cny("110"));
        BargainingProblem otherCurrency = new BargainingProblem(Money.of("0", java.util.Currency.getInstance("USD")),
                Money.of("100", java.util.Currency.getInstance("USD")));
        Function<BargainingProblem, BargainingSolution> rubinstein = p -> B.rubinstein(p, 0.9, 0.8, Role.SELLER);
        Function<BargainingProblem, BargainingSolution> nash = p -> B.generalizedNash(p, 0.3);
        return Stream.of(
                Arguments.of("alpha", nash.apply(P), B.generalizedNash(P, 0.4)),
                Arguments.of("generalizedNash.sellerReserve", nash.apply(P), nash.apply(higherSeller)),
                Arguments.of("generalizedNash.buyerReserve", nash.apply(P), nash.apply(higherBuyer)),
                Arguments.of("sellerDelta", rubinstein.apply(P), B.rubinstein(P, 0.95, 0.8, Role.SELLER)),
                Arguments.of("buyerDelta", rubinstein.apply(P), B.rubinstein(P, 0.9, 0.85, Role.SELLER)),
                Arguments.of("first", rubinstein.apply(P), B.rubinstein(P, 0.9, 0.8, Role.BUYER)),
                Arguments.of("rubinstein.sellerReserve", rubinstein.apply(P), rubinstein.apply(higherSeller)),
                Arguments.of("rubinstein.buyerReserve", rubinstein.apply(P), rubinstein.apply(higherBuyer)),
                Arguments.of("currency", rubinstein.apply(P), rubinstein.apply(otherCurrency)),
                Arguments.of("nash.sellerReserve", B.nash(P), B.nash(higherSeller)),
                Arguments.of("nash.buyerReserve", B.nash(P), B.nash(higherBuyer)),
                Arguments.of("kalaiSmorodinsky.sellerReserve", B.kalaiSmorodinsky(P), B.kalaiSmorodinsky(higherSeller)),
                Arguments.of("kalaiSmorodinsky.buyerReserve", B.kalaiSmorodinsky(P), B.kalaiSmorodinsky(higherBuyer)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneInputChanged")
    void test_inputHash_changesWithEveryInput(String input, BargainingSolution base, BargainingSolution changed) {
        assertThat(changed.explanation().inputHash()).as(input).isNotEqualTo(base.explanation().inputHash());
    }

    @Test
    void test_inputHash_sameInputsSameHash() {
        assertThat(B.rubinstein(P, 0.9, 0.8, Role.BUYER).explanation().inputHash())
                .isEqualTo(B.rubinstein(P, 0.9, 0.8, Role.BUYER).explanation().inputHash());
        assertThat(B.rubinstein(P, 0.9, 0.8, Role.BUYER).explanation().inputs()).extracting(q -> q.name())
                .containsExactly("sellerDelta", "buyerDelta", "first", "sellerReserve", "buyerReserve");
    }
}
