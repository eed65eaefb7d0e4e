package org.dataprice.finance.lattice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.junit.jupiter.api.Test;

class RealOptionTreeTest {
    /** Same tree, same arithmetic up to reordering: the identities hold to rounding. */
    private static final double TOLERANCE = 1e-9;
    private static final RealOptionTree SUT = RealOptionTree.DEFAULT;

    private static RealOptionInputs asset(RealOptionFeature... f) {
        return new RealOptionInputs(100, 0.35, 0.04, 0.03, 3, 300, List.of(f), CrrProbability.TEXTBOOK);
    }

    private static double american(boolean call, double s, double k) {
        return BinomialTree.price(call, true, s, k, 0.04, 0.03, 0.35, 3, 300, CrrProbability.TEXTBOOK);
    }

    /** Defer(I) is an American call on V with strike I (McDonald & Siegel 1986; Trigeorgis 1996 ch. 7). */
    @Test
    void test_value_deferIsAmericanCall() {
        RealOptionResult r = SUT.value(asset(new RealOptionFeature.Defer(110)));
        assertThat(r.expandedValue()).isCloseTo(american(true, 100, 110), offset(TOLERANCE));
        assertThat(r.staticValue()).isEqualTo(-10);
        assertThat(r.optionPremium()).isCloseTo(r.expandedValue() + 10, offset(TOLERANCE));
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.expandedValue());
    }

    /** Abandon(A) adds an American put with strike A. */
    @Test
    void test_value_abandonAddsAmericanPut() {
        RealOptionResult r = SUT.value(asset(new RealOptionFeature.Abandon(80)));
        assertThat(r.optionPremium()).isCloseTo(american(false, 100, 80), offset(TOLERANCE));
    }

    /** Expand(x, C) adds x American calls with strike C / x. */
    @Test
    void test_value_expandAddsScaledAmericanCall() {
        RealOptionResult r = SUT.value(asset(new RealOptionFeature.Expand(0.5, 60)));
        assertThat(r.optionPremium()).isCloseTo(0.5 * american(true, 100, 120), offset(TOLERANCE));
    }

    /** Switch(k, C) with k = 1 + x is an expansion; combined options are worth at least each alone and at most their sum. */
    @Test
    void test_value_switchAndCombinations() {
        double sw = SUT.value(asset(new RealOptionFeature.Switch(1.5, 60))).optionPremium();
        assertThat(sw).isCloseTo(SUT.value(asset(new RealOptionFeature.Expand(0.5, 60))).optionPremium(), offset(TOLERANCE));
        double ab = SUT.value(asset(new RealOptionFeature.Abandon(80))).optionPremium();
        double both = SUT.value(asset(new RealOptionFeature.Abandon(80), new RealOptionFeature.Switch(1.5, 60))).optionPremium();
        assertThat(both).isGreaterThanOrEqualTo(Math.max(sw, ab) - TOLERANCE).isLessThanOrEqualTo(sw + ab + TOLERANCE);
    }

    @Test
    void test_inputs_deferMustStandAlone() {
        assertThatThrownBy(() -> asset(new RealOptionFeature.Defer(1), new RealOptionFeature.Abandon(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("features"));
        assertThatThrownBy(() -> asset())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("features"));
        assertThatThrownBy(() -> new RealOptionFeature.Expand(0, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("factor"));
        assertThatThrownBy(() -> new RealOptionFeature.Abandon(-1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("salvage"));
        assertThatThrownBy(() -> new RealOptionInputs(0, 0.3, 0, 0, 1, 10, List.of(new RealOptionFeature.Abandon(1)), CrrProbability.TEXTBOOK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("assetValue"));
    }

    @Test
    void test_value_stepsLimit() {
        assertThatThrownBy(() -> new RealOptionTree(100).value(asset(new RealOptionFeature.Abandon(80))))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("steps"));
    }
}
