package org.dataprice.index.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.dataprice.error.InvalidInputException;
import org.dataprice.index.CesData;
import org.dataprice.index.PricePanel;
import org.dataprice.index.bilateral.BilateralIndexMethod;
import org.dataprice.index.hedonic.ProductCharacteristics;
import org.dataprice.index.bilateral.LaspeyresIndex;
import org.dataprice.index.bilateral.Linking;
import org.dataprice.index.multilateral.GeksIndex;
import org.junit.jupiter.api.Test;

/** Sub-indices and composites on IndexNumR 0.6.0 CES_sigma_2 split into two groups. */
class SubIndexCalculatorTest {
    private static final double TOLERANCE = 1e-12;
    private static final PricePanel CES = CesData.panel(2);
    private static final Map<String, String> GROUPS = Map.of("1", "api", "2", "api", "3", "dataset", "4", "dataset");
    private static final YearMonth JAN = YearMonth.of(2020, 1);

    @Test
    void test_compute_aggregatedLaspeyresIsConsistentInAggregation() {
        // A base-period-weighted arithmetic mean of direct Laspeyres sub-indices is the direct Laspeyres
        // index of all products (CPI Manual 2004, ¶17.55: Laspeyres is consistent in aggregation).
        BilateralIndexMethod laspeyres = new BilateralIndexMethod(LaspeyresIndex.DEFAULT, Linking.DIRECT);
        SubIndexResult r = SubIndexCalculator.DEFAULT.compute(CES, GROUPS, laspeyres, CompositeMethod.AGGREGATED, JAN);
        double[] pooled = laspeyres.compute(CES).levelsArray();
        for (int t = 0; t < 12; t++) {
            assertThat(r.composite().levels().get(t)).isCloseTo(pooled[t], within(TOLERANCE));
        }
        assertThat(r.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(TOLERANCE));
        assertThat(r.subIndices()).containsOnlyKeys("api", "dataset");
        assertThat(r.composite().settings().parameters()).containsEntry("composite", "AGGREGATED");
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.composite().levels().get(11));
    }

    @Test
    void test_compute_pooledEqualsMethodOnAll() {
        SubIndexResult r = SubIndexCalculator.DEFAULT.compute(CES, GROUPS, GeksIndex.CCDI, CompositeMethod.POOLED, JAN);
        assertThat(r.composite().levelsArray()).containsExactly(GeksIndex.CCDI.levels(CES), within(0.0));
        assertThat(r.subIndices().get("api").levels()).hasSize(12);
    }

    @Test
    void test_groupsBy_characteristic() {
        ProductCharacteristics z = new ProductCharacteristics(List.of("frequency", "size"), Map.of(
                "1", List.of(1.0, 0.5), "2", List.of(12.0, 0.5), "3", List.of(1.0, 2.0), "4", List.of(12.0, 2.0)));
        Map<String, String> groups = SubIndexCalculator.groupsBy(z, "frequency");
        assertThat(groups).containsEntry("1", "frequency=1").containsEntry("4", "frequency=12");
        SubIndexResult r = SubIndexCalculator.DEFAULT.compute(CES, groups, GeksIndex.CCDI, CompositeMethod.AGGREGATED, JAN);
        assertThat(r.subIndices()).containsOnlyKeys("frequency=1", "frequency=12");
        assertThatThrownBy(() -> SubIndexCalculator.groupsBy(z, "colour")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("name");
    }

    @Test
    void test_compute_productWithoutGroup() {
        assertThatThrownBy(() -> SubIndexCalculator.DEFAULT.compute(CES, Map.of("1", "api"), GeksIndex.CCDI,
                CompositeMethod.POOLED, JAN)).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("groups.2");
    }
}
