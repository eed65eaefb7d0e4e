package org.dataprice.index.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.dataprice.error.InvalidInputException;
import org.dataprice.index.CesData;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Strict settings (IndexNumR #83) and settings returned with the index (IndexNumR #5). */
class IndexMethodsTest {
    private static final PricePanel CES = CesData.panel(2);

    static java.util.stream.Stream<IndexSettings> examples() {
        return java.util.stream.Stream.of(
                IndexSettings.of("fisher").with("linking", "CHAINED"),
                IndexSettings.of("jevons"),
                IndexSettings.of("lowe").with("weightPeriod", "2020-03"),
                IndexSettings.of("lloyd-moulton").with("sigma", "2.0"),
                IndexSettings.of("ccdi"),
                IndexSettings.of("geks-fisher").with("window", "6").with("splice", "HALF"),
                IndexSettings.of("wtpd").with("window", "11").with("splice", "WINDOW").with("splicePublished", "true"),
                IndexSettings.of("geary-khamis").with("solver", "MATRIX"),
                IndexSettings.of("tpd").with("window", "5").with("splice", "FBMW"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void test_parse_settingsRoundTrip(IndexSettings settings) {
        IndexResult r = IndexMethods.compute(CES, settings);
        assertThat(r.settings().method()).isEqualTo(settings.method());
        assertThat(r.settings().parameters()).containsAllEntriesOf(settings.parameters());
        IndexResult again = IndexMethods.compute(CES, r.settings());
        assertThat(again.settings()).isEqualTo(r.settings());
        assertThat(again.levels()).isEqualTo(r.levels());
    }

    @Test
    void test_parse_unknownMethod() {
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("geks-fischer")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("method");
    }

    @Test
    void test_parse_misspeltParameter() {
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("paasche").with("linkng", "CHAINED")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("parameters.linkng");
    }

    @Test
    void test_parse_invalidEnumValue() {
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("ccdi").with("window", "13").with("splice", "wisp")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("parameters.splice");
    }

    @Test
    void test_parse_missingRequired() {
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("lloyd-moulton")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("parameters.sigma");
    }

    @Test
    void test_parse_outOfRangeValue() {
        assertThatThrownBy(() -> IndexMethods.parse(new IndexSettings("lloyd-moulton", Map.of("sigma", "-3"))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("parameters.sigma");
    }

    @Test
    void test_parse_badNumber() {
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("geks-fisher").with("window", "thirteen")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("parameters.window");
    }

    @Test
    void test_parse_spliceWithoutWindow() {
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("geks-fisher").with("splice", "MEAN")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("parameters.splice");
    }

    @Test
    void test_parse_badMonth() {
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("young").with("weightPeriod", "March")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("parameters.weightPeriod");
    }
}
