package org.dataprice.finance.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.dataprice.finance.lattice.BinomialTree;
import org.dataprice.finance.lattice.CrrProbability;
import org.junit.jupiter.api.Test;

/** Invariants of the option models over seeded QuickTheories generators. */
class BlackScholesProperties {
    private static final long SEED = 20240101L;

    /** Merton (1973) bounds: max(S e^-qT − K e^-rT, 0) ≤ C ≤ S e^-qT, and the put likewise. */
    @Test
    void noArbitrageBounds() {
        qt().withFixedSeed(SEED).forAll(doubles().between(10, 300), doubles().between(10, 300),
                doubles().between(0.01, 1.5), doubles().between(0.01, 10)).checkAssert((k, s, v, t) -> {
                    double sq = s * Math.exp(-0.02 * t);
                    double kr = k * Math.exp(-0.05 * t);
                    double c = BlackScholes.price(true, s, k, 0.05, 0.02, v, t);
                    double p = BlackScholes.price(false, s, k, 0.05, 0.02, v, t);
                    assertThat(c).isBetween(Math.max(sq - kr, 0) - 1e-9 * s, sq + 1e-9 * s);
                    assertThat(p).isBetween(Math.max(kr - sq, 0) - 1e-9 * k, kr + 1e-9 * k);
                });
    }

    /** Monotonicity in the drivers: calls rise with S, puts fall with S, both rise with sigma. */
    @Test
    void monotoneInSpotAndVolatility() {
        qt().withFixedSeed(SEED).forAll(doubles().between(50, 150), doubles().between(50, 150),
                doubles().between(0.05, 1), doubles().between(0.1, 5)).checkAssert((k, s, v, t) -> {
                    assertThat(BlackScholes.price(true, s * 1.01, k, 0.05, 0.02, v, t))
                            .isGreaterThanOrEqualTo(BlackScholes.price(true, s, k, 0.05, 0.02, v, t));
                    assertThat(BlackScholes.price(false, s * 1.01, k, 0.05, 0.02, v, t))
                            .isLessThanOrEqualTo(BlackScholes.price(false, s, k, 0.05, 0.02, v, t));
                    assertThat(BlackScholes.price(true, s, k, 0.05, 0.02, v * 1.01, t))
                            .isGreaterThanOrEqualTo(BlackScholes.price(true, s, k, 0.05, 0.02, v, t));
                });
    }

    /** American exercise is worth at least European and at least the intrinsic value. */
    @Test
    void americanPutAtLeastEuropeanAndIntrinsic() {
        qt().withFixedSeed(SEED).withExamples(40).forAll(doubles().between(50, 150), doubles().between(50, 150),
                doubles().between(0.05, 0.8), doubles().between(0.1, 3)).checkAssert((k, s, v, t) -> {
                    double am = BinomialTree.price(false, true, s, k, 0.05, 0.0, v, t, 200, CrrProbability.TEXTBOOK);
                    double eu = BinomialTree.price(false, false, s, k, 0.05, 0.0, v, t, 200, CrrProbability.TEXTBOOK);
                    assertThat(am).isGreaterThanOrEqualTo(eu - 1e-12).isGreaterThanOrEqualTo(k - s - 1e-12);
                });
    }
}
