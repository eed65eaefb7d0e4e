package org.dataprice.index.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.dataprice.index.IndexSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The readable name and formula of every method {@link IndexMethods} accepts, derived from its settings. */
class MethodDescriptionTest {

    static Stream<Arguments> everyMethod() {
        return Stream.of(
                Arguments.of(IndexSettings.of("carli"), "Carli, direct (fixed base)", "(1/N) Σ_i p_i,t / p_i,0"),
                Arguments.of(IndexSettings.of("dutot").with("linking", "CHAINED"), "Dutot, chained monthly", "Σ_i p_i,t / Σ_i p_i,0"),
                Arguments.of(IndexSettings.of("jevons"), "Jevons, direct (fixed base)", "Π_i (p_i,t / p_i,0)^(1/N)"),
                Arguments.of(IndexSettings.of("laspeyres"), "Laspeyres, direct (fixed base)", "p_i,t q_i,0"),
                Arguments.of(IndexSettings.of("paasche"), "Paasche, direct (fixed base)", "p_i,t q_i,t"),
                Arguments.of(IndexSettings.of("fisher").with("linking", "CHAINED"), "Fisher, chained monthly", "√(P^L_0,t × P^P_0,t)"),
                Arguments.of(IndexSettings.of("tornqvist"), "Törnqvist, direct (fixed base)", "½ (s_i,0 + s_i,t)"),
                Arguments.of(IndexSettings.of("walsh"), "Walsh, direct (fixed base)", "√(q_i,0 q_i,t)"),
                Arguments.of(IndexSettings.of("geometric-laspeyres"), "Geometric Laspeyres, direct (fixed base)", "s_i,0 ln"),
                Arguments.of(IndexSettings.of("lowe").with("weightPeriod", "2023-01"), "Lowe, weights of 2023-01, direct (fixed base)",
                        "q_i,b"),
                Arguments.of(IndexSettings.of("young").with("weightPeriod", "2023-01").with("linking", "CHAINED"),
                        "Young, weights of 2023-01, chained monthly", "s_i,b"),
                Arguments.of(IndexSettings.of("lloyd-moulton").with("sigma", "0.7"), "Lloyd-Moulton, σ = 0.7, direct (fixed base)",
                        "^(1−σ)"),
                Arguments.of(IndexSettings.of("geks-fisher"), "GEKS-Fisher, one window over all months", "the Fisher index"),
                Arguments.of(IndexSettings.of("ccdi").with("window", "13").with("splice", "MEAN"),
                        "GEKS-Törnqvist (CCDI), 13-month window, mean splice", "the Törnqvist index"),
                Arguments.of(IndexSettings.of("geks-jevons").with("window", "25").with("splice", "HALF"),
                        "GEKS-Jevons, 25-month window, half splice", "the Jevons index"),
                Arguments.of(IndexSettings.of("wtpd").with("window", "11").with("splice", "WINDOW").with("splicePublished", "true"),
                        "Weighted time-product dummy (WTPD), 11-month window, window splice, spliced on published",
                        "weighted by s_i,t"),
                Arguments.of(IndexSettings.of("tpd").with("window", "5").with("splice", "FBMW"),
                        "Time-product dummy (TPD), 5-month window, fixed-base moving window (FBMW)", "unweighted"),
                Arguments.of(IndexSettings.of("geary-khamis").with("window", "13").with("splice", "MOVEMENT"),
                        "Geary-Khamis, 13-month window, movement splice", "v_i ="),
                Arguments.of(IndexSettings.of("time-dummy-hedonic").with("weighted", "false"),
                        "Time-dummy hedonic, unweighted", "Σ_k β_k z_i,k + δ_t"));
    }

    @ParameterizedTest
    @MethodSource("everyMethod")
    void test_of_everyMethod_readableNameAndFormula(IndexSettings settings, String name, String formulaPart) {
        IndexMethods.validate(settings, settings.method().equals(IndexMethods.HEDONIC) ? java.util.List.of("size") : java.util.List.of());

        MethodDescription d = MethodDescription.of(settings);

        assertThat(d.name()).isEqualTo(name);
        assertThat(d.formula()).contains(formulaPart);
        assertThat(d.reference()).isNotBlank();
        assertThat(d.nameZh()).isNotBlank().doesNotContain("{").doesNotContain("=" + settings.method());
    }

    @Test
    void test_of_coversEveryMethodIndexMethodsAccepts() {
        assertThat(everyMethod().map(a -> ((IndexSettings) a.get()[0]).method()).distinct())
                .containsExactlyInAnyOrderElementsOf(IndexMethods.methods());
    }

    @Test
    void test_of_ccdi_chineseNameWindowAndSplice() {
        MethodDescription d = MethodDescription.of(IndexSettings.of("ccdi").with("window", "13").with("splice", "MEAN"));

        assertThat(d.nameZh()).isEqualTo("GEKS-托恩奎斯特（CCDI）法，13个月窗口，均值拼接");
        assertThat(d.family()).isEqualTo("GEKS-Törnqvist (CCDI)");
        assertThat(d.window()).isEqualTo("13-month window");
        assertThat(d.splice()).startsWith("mean splice (geometric mean").endsWith("on the previous window");
    }

    @Test
    void test_of_defaultSpliceIsMean_andNoWindowHasNoSplice() {
        assertThat(MethodDescription.of(IndexSettings.of("geks-fisher").with("window", "13")).name())
                .isEqualTo("GEKS-Fisher, 13-month window, mean splice");
        MethodDescription all = MethodDescription.of(IndexSettings.of("geks-fisher"));
        assertThat(all.splice()).isEmpty();
        assertThat(all.window()).isEqualTo("one window over all months");
    }

    @Test
    void test_of_unknownMethod_namedByItsIdWithoutFormula() {
        MethodDescription d = MethodDescription.of(IndexSettings.of("chain-drift-free"));

        assertThat(d.name()).isEqualTo("chain-drift-free");
        assertThat(d.formula()).isEmpty();
    }
}
