package org.dataprice.index.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.dataprice.error.InvalidInputException;
import org.dataprice.index.CesData;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;
import org.dataprice.index.hedonic.ProductCharacteristics;
import org.dataprice.index.hedonic.TimeDummyHedonicIndex;
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

    // ---------------------------------------------------------------------------- time-dummy hedonic

    private static final ProductCharacteristics Z = new ProductCharacteristics(List.of("z"),
            Map.of("1", List.of(1.0), "2", List.of(2.0), "3", List.of(3.0), "4", List.of(5.0)));

    @Test
    void test_parse_hedonic_withCharacteristics_roundTrip() {
        IndexResult r = IndexMethods.parse(IndexSettings.of("time-dummy-hedonic").with("weighted", "false"), Z).compute(CES);
        assertThat(r.levels()).isEqualTo(new TimeDummyHedonicIndex(Z, false).compute(CES).levels());
        assertThat(r.settings().parameters()).containsEntry("weighted", "false").containsEntry("characteristics", "z");
        IndexResult again = IndexMethods.parse(r.settings(), Z).compute(CES);
        assertThat(again.levels()).isEqualTo(r.levels());
        assertThat(IndexMethods.methods()).contains("time-dummy-hedonic");
    }

    @Test
    void test_parse_hedonic_weightedByDefault() {
        TimeDummyHedonicIndex m = (TimeDummyHedonicIndex) IndexMethods.parse(IndexSettings.of("time-dummy-hedonic"), Z);
        assertThat(m.weighted()).isTrue();
    }

    @Test
    void test_parse_hedonic_withoutCharacteristics() {
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("time-dummy-hedonic")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("method"));
    }

    @Test
    void test_parse_hedonic_badParameters() {
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("time-dummy-hedonic").with("weighted", "yes"), Z))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("parameters.weighted"));
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("time-dummy-hedonic").with("window", "5"), Z))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("parameters.window"));
        assertThatThrownBy(() -> IndexMethods.parse(IndexSettings.of("time-dummy-hedonic").with("characteristics", "y"), Z))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("parameters.characteristics"));
    }

    @Test
    void test_validate_characteristicsBelongToHedonic() {
        IndexMethods.validate(IndexSettings.of("time-dummy-hedonic"), List.of("size_gb"));
        IndexMethods.validate(IndexSettings.of("jevons"), List.of());
        assertThatThrownBy(() -> IndexMethods.validate(IndexSettings.of("time-dummy-hedonic"), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("characteristics"));
        assertThatThrownBy(() -> IndexMethods.validate(IndexSettings.of("jevons"), List.of("size_gb")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("characteristics"));
        assertThatThrownBy(() -> IndexMethods.validate(IndexSettings.of("jevons").with("x", "1"), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("parameters.x"));
    }
}
