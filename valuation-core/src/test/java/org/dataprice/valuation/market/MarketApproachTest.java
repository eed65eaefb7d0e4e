package org.dataprice.valuation.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.time.LocalDate;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/** Tests of {@link MarketApproach}; expected values recomputed by hand in the comments. */
class MarketApproachTest {
    private static final double TOLERANCE = 1e-9;
    private static final LocalDate DATE = LocalDate.of(2026, 6, 30);

    static MarketSubject subject(double quality) {
        return new MarketSubject(DataRight.PRODUCT_OPERATION, DATE, 2_000_000, quality, 1100);
    }

    static List<ComparableTransaction> comparables() {
        return List.of(
                new ComparableTransaction("A", Money.cny("500000"), LocalDate.of(2025, 12, 31), DataRight.PRODUCT_OPERATION, 1_000_000, 0.8, 1.0, 1.0, 1000, 0.9),
                new ComparableTransaction("B", Money.cny("800000"), LocalDate.of(2026, 3, 31), DataRight.PRODUCT_OPERATION, 2_000_000, 0.9, 1.05, 0.95, 1050, 0.8),
                new ComparableTransaction("C", Money.cny("1200000"), LocalDate.of(2026, 5, 31), DataRight.PROCESSING_USE, 2_500_000, 1.0, 0.9, 1.0, 1100, 0.5));
    }

    /**
     * By hand, subject Q = 0.9, V = 2e6, index 1100:
     * A: 500000 × (0.9/0.8) × 1 × (1100/1000) × (2e6/1e6) × 1 = 1,237,500;
     * B: 800000 × 1 × 1.05 × (1100/1050) × 1 × 0.95 = 836,000;
     * C: 1200000 × 0.9 × 0.9 × 1 × 0.8 × 1 = 777,600; mean = 2,851,100 / 3 = 950,366.67.
     */
    @Test
    void test_value_meanOfAdjustedPrices() {
        MarketResult r = MarketApproach.DEFAULT.value(MarketInputs.of(subject(0.9), comparables()));
        assertThat(r.comparables().get(0).adjustedPrice()).isCloseTo(1_237_500, offset(TOLERANCE));
        assertThat(r.comparables().get(1).adjustedPrice()).isCloseTo(836_000, offset(TOLERANCE));
        assertThat(r.comparables().get(2).adjustedPrice()).isCloseTo(777_600, offset(TOLERANCE));
        assertThat(r.value()).isEqualTo(Money.cny("950366.67"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("comparable C trades"));
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.value().amount());
        // sample CV of (1237500, 836000, 777600): s = 250,288.8… / mean 950,366.67
        double mean = 2_851_100 / 3.0;
        double s = Math.sqrt((Math.pow(1_237_500 - mean, 2) + Math.pow(836_000 - mean, 2) + Math.pow(777_600 - mean, 2)) / 2);
        assertThat(r.coefficientOfVariation()).isCloseTo(s / mean, offset(1e-12));
    }

    /** Similarity weights 0.9, 0.8, 0.5 (Σ 2.2) and concave volume β = 0.5: A's X4 = √2. */
    @Test
    void test_value_similarityAndPowerVolume() {
        MarketInputs in = new MarketInputs(subject(0.9), comparables(), VolumeAdjustment.power(0.5), Weighting.SIMILARITY,
                List.of(), 0.5, "");
        MarketResult r = MarketApproach.DEFAULT.value(in);
        double a = 500000 * 1.125 * 1.1 * Math.sqrt(2);
        double b = 836_000;
        double c = 1200000 * 0.9 * 0.9 * Math.sqrt(0.8);
        assertThat(r.comparables().get(0).volume()).isCloseTo(Math.sqrt(2), offset(1e-15));
        assertThat(r.value().toDouble()).isCloseTo((0.9 * a + 0.8 * b + 0.5 * c) / 2.2, offset(0.005));
        assertThat(r.comparables().stream().mapToDouble(AdjustedComparable::weight).sum()).isCloseTo(1, offset(1e-15));
    }

    @Test
    void test_value_dispersionWarningAndCustomFactor() {
        MarketAdjustment region = new MarketAdjustment("region 1.1", (s, c) -> 1.1);
        MarketInputs in = new MarketInputs(subject(0.9), comparables(), VolumeAdjustment.LINEAR, Weighting.ARITHMETIC_MEAN,
                List.of(region), 0.1, "");
        MarketResult r = MarketApproach.DEFAULT.value(in);
        assertThat(r.value()).isEqualTo(Money.cny("1045403.33")); // 2,851,100 × 1.1 / 3
        assertThat(r.warnings()).anyMatch(w -> w.contains("disperse"));
        MarketInputs bad = new MarketInputs(subject(0.9), comparables(), VolumeAdjustment.LINEAR, Weighting.ARITHMETIC_MEAN,
                List.of(new MarketAdjustment("broken", (s, c) -> 0)), 0.1, "");
        assertThatThrownBy(() -> MarketApproach.DEFAULT.value(bad)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("extraAdjustments[0]"));
    }

    @Test
    void test_inputs_tooFewComparables() {
        assertThatThrownBy(() -> MarketInputs.of(subject(0.9), comparables().subList(0, 2))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("comparables"));
        MarketInputs ok = new MarketInputs(subject(0.9), comparables().subList(0, 2), VolumeAdjustment.LINEAR, Weighting.ARITHMETIC_MEAN,
                List.of(), 0.3, "only two data products of this kind have traded on the exchange");
        assertThat(MarketApproach.DEFAULT.value(ok).comparables()).hasSize(2);
    }

    @Test
    void test_inputs_invalid() {
        assertThatThrownBy(() -> new ComparableTransaction("A", Money.cny("0"), DATE, DataRight.PRODUCT_OPERATION, 1, 0.8, 1, 1, 1, 1))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("price"));
        assertThatThrownBy(() -> new ComparableTransaction("A", Money.cny("1"), DATE, DataRight.PRODUCT_OPERATION, 1, 1.2, 1, 1, 1, 1))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("quality"));
        assertThatThrownBy(() -> new ComparableTransaction("A", Money.cny("1"), DATE, DataRight.PRODUCT_OPERATION, 0, 1, 1, 1, 1, 1))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("volume"));
        assertThatThrownBy(() -> new ComparableTransaction("A", Money.cny("1"), DATE, DataRight.PRODUCT_OPERATION, 1, 1, 1, 1, 0, 1))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("priceIndex"));
        assertThatThrownBy(() -> new ComparableTransaction("A", Money.cny("1"), DATE, DataRight.PRODUCT_OPERATION, 1, 1, 1, 1, 1, 0))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("similarity"));
        assertThatThrownBy(() -> VolumeAdjustment.power(1.5)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("exponent"));
        assertThatThrownBy(() -> new MarketSubject(DataRight.PRODUCT_OPERATION, DATE, 1, 0, 1)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("quality"));
        assertThatThrownBy(() -> new MarketInputs(subject(0.9), comparables(), VolumeAdjustment.LINEAR, Weighting.SIMILARITY, List.of(), 0, ""))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("maxCoefficientOfVariation"));
    }

    /** P is monotone non-decreasing in the subject's quality. */
    @Test
    void valueMonotoneInQuality_properties() {
        qt().withFixedSeed(5L).forAll(doubles().between(0.01, 1), doubles().between(0.01, 1)).checkAssert((a, b) -> {
            Money lo = MarketApproach.DEFAULT.value(MarketInputs.of(subject(Math.min(a, b)), comparables())).value();
            Money hi = MarketApproach.DEFAULT.value(MarketInputs.of(subject(Math.max(a, b)), comparables())).value();
            assertThat(hi.compareTo(lo)).isGreaterThanOrEqualTo(0);
        });
    }
}
