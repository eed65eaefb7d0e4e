package org.dataprice.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.junit.jupiter.api.Test;

/** Validation and views of the dense panel. */
class PricePanelTest {
    private static final List<YearMonth> TWO = PricePanel.months(YearMonth.of(2024, 1), 2);

    @Test
    void test_of_absentCellsZeroed() {
        PricePanel p = PricePanel.of(TWO, List.of("a"), new double[] {1, Double.NaN}, new double[] {1, 5},
                new boolean[] {true, false});
        assertThat(p.price(1, 0)).isZero();
        assertThat(p.quantity(1, 0)).isZero();
        assertThat(p.presentCount(1)).isZero();
    }

    @Test
    void test_of_nonPositivePrice() {
        assertThatThrownBy(() -> PricePanel.of(TWO, List.of("a"), new double[] {1, -1}, new double[] {1, 1},
                new boolean[] {true, true})).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("prices[1]");
    }

    @Test
    void test_of_nonPositiveQuantity() {
        assertThatThrownBy(() -> PricePanel.of(TWO, List.of("a"), new double[] {1, 1}, new double[] {0, 1},
                new boolean[] {true, true})).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("quantities[0]");
    }

    @Test
    void test_of_periodsNotIncreasing() {
        List<YearMonth> bad = List.of(YearMonth.of(2024, 2), YearMonth.of(2024, 1));
        assertThatThrownBy(() -> PricePanel.of(bad, List.of("a"), new double[] {1, 1}, new double[] {1, 1},
                new boolean[] {true, true})).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("periods[1]");
    }

    @Test
    void test_of_duplicateProduct() {
        assertThatThrownBy(() -> PricePanel.of(List.of(YearMonth.of(2024, 1)), List.of("a", "a"), new double[] {1, 1},
                new double[] {1, 1}, new boolean[] {true, true})).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("products[1]");
    }

    @Test
    void test_of_sizeMismatch() {
        assertThatThrownBy(() -> PricePanel.of(TWO, List.of("a"), new double[] {1}, new double[] {1, 1},
                new boolean[] {true, true})).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("prices");
    }

    @Test
    void test_of_tooManyPeriods() {
        assertThatThrownBy(() -> PricePanel.of(PricePanel.months(YearMonth.of(1900, 1), 601), List.of("a"),
                new double[601], new double[601], new boolean[601])).isInstanceOf(LimitExceededException.class)
                .extracting("field").isEqualTo("periods");
    }

    @Test
    void test_window_outOfRange() {
        assertThatThrownBy(() -> CesData.panel(2).window(5, 13)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("window");
    }

    @Test
    void test_products_subsetKeepsOrder() {
        PricePanel sub = CesData.panel(2).products(new int[] {3, 1});
        assertThat(sub.products()).containsExactly("4", "2");
        assertThat(sub.price(4, 0)).isEqualTo(CesData.PRICES[4][3]);
        assertThat(sub.productIndex("2")).isEqualTo(1);
    }

    @Test
    void test_settings_sortedAndEqual() {
        IndexSettings a = IndexSettings.of("geks-fisher").with("window", "13").with("splice", "MEAN");
        IndexSettings b = IndexSettings.of("geks-fisher").with("splice", "MEAN").with("window", "13");
        assertThat(a).isEqualTo(b);
        assertThat(a.toString()).isEqualTo("geks-fisher{splice=MEAN, window=13}");
    }
}
