package org.dataprice.index.correction;

import org.dataprice.error.Require;

/**
 * One page of an index's corrections, as a reader asks for it: pages of {@code size} corrections
 * numbered from 0, so the page starts after {@code page × size} corrections (offset pagination,
 * RFC 8977 "Registration Data Access Protocol (RDAP) Query Parameters for Result Sorting and Paging",
 * §2.2). The size is bounded so that a request's time and memory are. Immutable.
 *
 * @param page the page number, &ge; 0 ({@link org.dataprice.error.Rule#AT_LEAST} on {@code page})
 * @param size the corrections per page, 1..{@link #MAX_SIZE} ({@link org.dataprice.error.Rule#OUT_OF_RANGE} on {@code size})
 */
public record CorrectionPage(int page, int size) {
    /** The most corrections in one page. */
    public static final int MAX_SIZE = 1_000;
    /** The page size when none is asked. */
    public static final int DEFAULT_SIZE = 100;

    /** Validates. */
    public CorrectionPage {
        Require.inClosedRange(size, 1, MAX_SIZE, "size");
        Require.atLeast(page, 0, "page");
    }

    /** @return the corrections before this page: {@code page × size} (a long: no overflow) */
    public long offset() {
        return (long) page * size;
    }
}
