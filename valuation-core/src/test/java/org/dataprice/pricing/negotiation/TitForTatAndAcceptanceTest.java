package org.dataprice.pricing.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Tit-for-tat (FSJ 1998 §4.3, absolute, in utility) and the acceptance conditions of Baarslag, Hindriks &amp;
 * Jonker (2013) §3; values computed by hand from the definitions.
 */
class TitForTatAndAcceptanceTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void test_target_titForTatMirrorsConcession() {
        TitForTatTactic tft = new TitForTatTactic(1);
        assertThat(tft.target(0, 0.2, 1, Double.NaN, Double.NaN, Double.NaN)).isEqualTo(1);
        // opponent's offers rose from 0.3 to 0.4 in my utility: I concede 0.1 from 0.9
        assertThat(tft.target(0.5, 0.2, 1, 0.3, 0.4, 0.9)).isCloseTo(0.8, offset(TOLERANCE));
        // clamped at the reservation
        assertThat(tft.target(0.5, 0.2, 1, 0.0, 0.9, 0.5)).isEqualTo(0.2);
        // retraction raises the target, clamped at the maximum
        assertThat(tft.target(0.5, 0.2, 1, 0.6, 0.3, 0.9)).isEqualTo(1);
    }

    @Test
    void test_accepts_conditions() {
        assertThat(AcceptanceCondition.NEXT.accepts(0.7, 0.7, 0)).isTrue();
        assertThat(AcceptanceCondition.NEXT.accepts(0.69, 0.7, 0)).isFalse();
        assertThat(new AcceptanceCondition.Next(1.02, 0).accepts(0.7, 0.7, 0)).isFalse();
        assertThat(new AcceptanceCondition.Const(0.6).accepts(0.6, 1, 0)).isTrue();
        assertThat(new AcceptanceCondition.Time(0.98).accepts(0, 1, 0.99)).isTrue();
        assertThat(new AcceptanceCondition.Time(0.98).accepts(1, 0, 0.5)).isFalse();
        AcceptanceCondition combi = AcceptanceCondition.combi(0.9, 0.5);
        assertThat(combi.accepts(0.55, 0.8, 0.95)).isTrue();
        assertThat(combi.accepts(0.55, 0.8, 0.5)).isFalse();
        assertThat(combi.accepts(0.45, 0.8, 0.95)).isFalse();
        assertThat(new AcceptanceCondition.AllOf(List.of(AcceptanceCondition.NEXT, new AcceptanceCondition.Const(0.9)))
                .accepts(0.8, 0.7, 0)).isFalse();
    }

    @Test
    void test_new_invalidReciprocity() {
        assertThatThrownBy(() -> new TitForTatTactic(-0.1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("reciprocity");
    }

    @Test
    void test_new_invalidConditions() {
        assertThatThrownBy(() -> new AcceptanceCondition.Const(1.5)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("threshold");
        assertThatThrownBy(() -> new AcceptanceCondition.Time(-1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("time");
        assertThatThrownBy(() -> new AcceptanceCondition.Next(11, 0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("a");
        assertThatThrownBy(() -> new AcceptanceCondition.Next(1, 2)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("b");
        assertThatThrownBy(() -> new AcceptanceCondition.AnyOf(List.of())).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("conditions");
    }
}
