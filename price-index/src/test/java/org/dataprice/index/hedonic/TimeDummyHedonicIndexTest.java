package org.dataprice.index.hedonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.dataprice.error.CalculationException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.index.CesData;
import org.dataprice.index.PricePanel;
import org.dataprice.index.multilateral.TimeProductDummyIndex;
import org.junit.jupiter.api.Test;

/**
 * Time-dummy hedonic regression. Reference values: weighted and unweighted least squares on
 * IndexNumR 0.6.0 {@code CES_sigma_2} with a made-up characteristic z = (1, 2, 3, 5), computed
 * independently with NumPy 2.4 {@code linalg.lstsq} (SVD), standard errors from σ²(X'WX)⁻¹.
 */
class TimeDummyHedonicIndexTest {
    private static final double TOLERANCE = 1e-9;
    private static final PricePanel CES = CesData.panel(2);
    private static final ProductCharacteristics Z = new ProductCharacteristics(List.of("z"),
            Map.of("1", List.of(1.0), "2", List.of(2.0), "3", List.of(3.0), "4", List.of(5.0)));

    @Test
    void test_fit_unweightedNumPy() {
        HedonicFit fit = new TimeDummyHedonicIndex(Z, false).fit(CES);
        assertThat(fit.coefficient("z").estimate()).isCloseTo(-0.18239692883207764, within(TOLERANCE));
        assertThat(fit.coefficient("z").standardError()).isCloseTo(0.028503354681928664, within(TOLERANCE));
        assertThat(fit.coefficient("period:2020-02").standardError()).isCloseTo(0.20652642561304554, within(TOLERANCE));
        assertThat(fit.rSquared()).isCloseTo(0.5626424192964115, within(TOLERANCE));
        assertThat(fit.index().levels().get(1)).isCloseTo(0.8222873079495547, within(TOLERANCE));
        assertThat(fit.index().levels().get(11)).isCloseTo(0.928613183996654, within(TOLERANCE));
        assertThat(fit.observations()).isEqualTo(48);
        assertThat(fit.parameters()).isEqualTo(13);
        assertThat(fit.index().explanation().resultStep().result().doubleValue()).isEqualTo(fit.index().levels().get(11));
    }

    @Test
    void test_fit_weightedNumPy() {
        HedonicFit fit = new TimeDummyHedonicIndex(Z, true).fit(CES);
        assertThat(fit.coefficient("z").estimate()).isCloseTo(-0.13783527695343958, within(TOLERANCE));
        assertThat(fit.coefficient("z").standardError()).isCloseTo(0.02798516645553466, within(TOLERANCE));
        assertThat(fit.coefficient("period:2020-02").standardError()).isCloseTo(0.20465949009445142, within(TOLERANCE));
        assertThat(fit.rSquared()).isCloseTo(0.47463179980550874, within(TOLERANCE));
        assertThat(fit.index().levels().get(1)).isCloseTo(0.8786647029916433, within(TOLERANCE));
        assertThat(fit.index().levels().get(11)).isCloseTo(1.1515590779042615, within(TOLERANCE));
        assertThat(fit.index().settings().parameters()).containsEntry("weighted", "true").containsEntry("characteristics", "z");
    }

    @Test
    void test_levels_productDummiesEqualTimeProductDummy() {
        // With one dummy per product (less one), the hedonic model is the TPD model (de Haan & Krsinich 2014).
        ProductCharacteristics dummies = new ProductCharacteristics(List.of("d2", "d3", "d4"), Map.of(
                "1", List.of(0.0, 0.0, 0.0), "2", List.of(1.0, 0.0, 0.0), "3", List.of(0.0, 1.0, 0.0),
                "4", List.of(0.0, 0.0, 1.0)));
        for (boolean weighted : new boolean[] {true, false}) {
            double[] hedonic = new TimeDummyHedonicIndex(dummies, weighted).levels(CES);
            double[] tpd = new TimeProductDummyIndex(weighted).levels(CES);
            for (int t = 0; t < 12; t++) {
                assertThat(hedonic[t]).isCloseTo(tpd[t], within(1e-12));
            }
        }
    }

    @Test
    void test_fit_exactModel() {
        // ln p = 0.1 t + 0.5 z exactly: δ_t = 0.1 t, γ = 0.5, R² = 1
        List<YearMonth> periods = PricePanel.months(YearMonth.of(2024, 1), 3);
        double[] zs = {0, 1, 2};
        double[][] p = new double[3][3];
        double[][] q = new double[3][3];
        for (int t = 0; t < 3; t++) {
            for (int i = 0; i < 3; i++) {
                p[t][i] = Math.exp(0.1 * t + 0.5 * zs[i]);
                q[t][i] = 1 + i + t;
            }
        }
        PricePanel panel = PricePanel.complete(periods, List.of("a", "b", "c"), p, q);
        ProductCharacteristics c = new ProductCharacteristics(List.of("z"),
                Map.of("a", List.of(0.0), "b", List.of(1.0), "c", List.of(2.0)));
        HedonicFit fit = new TimeDummyHedonicIndex(c, true).fit(panel);
        assertThat(fit.index().levels().get(2)).isCloseTo(Math.exp(0.2), within(1e-12));
        assertThat(fit.coefficient("z").estimate()).isCloseTo(0.5, within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(1, within(1e-12));
    }

    @Test
    void test_fit_constantCharacteristicIsRankDeficient() {
        ProductCharacteristics constant = new ProductCharacteristics(List.of("c"),
                Map.of("1", List.of(1.0), "2", List.of(1.0), "3", List.of(1.0), "4", List.of(1.0)));
        assertThatThrownBy(() -> new TimeDummyHedonicIndex(constant, false).fit(CES))
                .isInstanceOf(CalculationException.class).extracting("field").isEqualTo("characteristics");
    }

    @Test
    void test_fit_productWithoutCharacteristics() {
        ProductCharacteristics partial = new ProductCharacteristics(List.of("z"), Map.of("1", List.of(1.0)));
        assertThatThrownBy(() -> new TimeDummyHedonicIndex(partial, false).fit(CES))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("productId");
    }

    @Test
    void test_characteristics_sizeMismatch() {
        assertThatThrownBy(() -> new ProductCharacteristics(List.of("z", "y"), Map.of("1", List.of(1.0))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("values.1");
    }

    @Test
    void test_characteristics_duplicateNames() {
        assertThatThrownBy(() -> new ProductCharacteristics(List.of("z", "z"), Map.of("1", List.of(1.0, 2.0))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("names");
    }

    @Test
    void test_warnings_residualDegreesOfFreedom() {
        // CES: n = 48, k = 13: n >= 2k, no warning
        assertThat(new TimeDummyHedonicIndex(Z, false).fit(CES).warnings()).isEmpty();
        // one period, three products, two characteristics: n = k = 3, exact
        List<YearMonth> one = PricePanel.months(YearMonth.of(2024, 1), 1);
        ProductCharacteristics two = new ProductCharacteristics(List.of("a", "b"),
                Map.of("x", List.of(1.0, 0.0), "y", List.of(2.0, 7.0), "z", List.of(5.0, 3.0)));
        PricePanel exact = PricePanel.complete(one, List.of("x", "y", "z"), new double[][]{{10, 20, 30}}, new double[][]{{1, 1, 1}});
        HedonicFit fit = new TimeDummyHedonicIndex(two, false).fit(exact);
        assertThat(fit.residualDegreesOfFreedom()).isZero();
        assertThat(fit.warnings()).singleElement().asString().contains("exact", "not estimable");
        // four products: n = 4 < 2k = 6
        ProductCharacteristics four = new ProductCharacteristics(List.of("a", "b"), Map.of("w", List.of(0.0, 1.0),
                "x", List.of(1.0, 0.0), "y", List.of(2.0, 7.0), "z", List.of(5.0, 3.0)));
        PricePanel few = PricePanel.complete(one, List.of("w", "x", "y", "z"), new double[][]{{11, 10, 20, 30}},
                new double[][]{{1, 1, 1, 1}});
        assertThat(new TimeDummyHedonicIndex(four, false).fit(few).warnings()).singleElement().asString()
                .contains("4 observations for 3 parameters");
    }
}
