package org.dataprice.page;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link PageRequest}: the offset, each rule with its field and message, and the order of the checks. */
class PageRequestTest {
    @Test
    void test_of_offsetIsPageTimesSize() {
        assertThat(PageRequest.of(0, 20, 100).offset()).isZero();
        assertThat(PageRequest.of(3, 20, 100).offset()).isEqualTo(60);
        assertThat(PageRequest.of(0, 100, 100)).isEqualTo(new PageRequest(0, 100));
        // the largest offset that fits an int
        assertThat(new PageRequest(Integer.MAX_VALUE, 1).offset()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void test_of_negativePage() {
        assertThatThrownBy(() -> PageRequest.of(-1, 20, 100)).isInstanceOf(InvalidInputException.class)
                .hasMessage("page must be >= 0, was -1")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("page"));
    }

    @Test
    void test_of_sizeOutsideOneToMax() {
        for (int size : new int[] {0, 101}) {
            assertThatThrownBy(() -> PageRequest.of(0, size, 100)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("size must be in [1, 100], was " + (double) size)
                    .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.OUT_OF_RANGE));
        }
    }

    @Test
    void test_of_offsetBeyondIntLimit() {
        assertThatThrownBy(() -> PageRequest.of(2_000_000_000, 100, 100)).isInstanceOf(LimitExceededException.class)
                .hasMessage("page " + Rule.LIMIT_EXCEEDED.describe(Integer.MAX_VALUE) + ", was 200000000000; "
                        + PageRequest.SMALLER_PAGE)
                .satisfies(e -> assertThat(((LimitExceededException) e).field()).isEqualTo("page"));
    }

    @Test
    void test_of_pageCheckedBeforeSize() {
        assertThatThrownBy(() -> PageRequest.of(-1, 0, 100)).hasMessageStartingWith("page");
    }

    @Test
    void test_constructor_rejectsSizeBelowOne() {
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessage("size must be >= 1, was 0");
    }
}
