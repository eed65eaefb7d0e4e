package org.dataprice.page;

import org.dataprice.error.Require;

/**
 * One page of an ordered register: page number {@code page} (from 0) of {@code size} rows, so the rows
 * {@code offset = page × size} to {@code offset + size − 1}. The offset is bounded by {@link Integer#MAX_VALUE}
 * because a SQL {@code OFFSET} (and a JDBC {@code Pageable}) is an {@code int}: a page beyond it is refused before
 * any row is read rather than overflowing into a negative offset.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>{@code page < 0}</td><td>{@code InvalidInputException(page, AT_LEAST 0)}</td></tr>
 *   <tr><td>{@code size} outside 1..{@code maxSize}</td><td>{@code InvalidInputException(size, OUT_OF_RANGE)}</td></tr>
 *   <tr><td>{@code page × size > Integer.MAX_VALUE}</td><td>{@code LimitExceededException(page)}, advice "a smaller page number"</td></tr>
 *   <tr><td>a page past the last row</td><td>valid; the read returns no rows</td></tr>
 * </table>
 *
 * <p>Source: the offset/limit paging of SQL:2008 ({@code OFFSET n ROWS FETCH NEXT m ROWS ONLY}, ISO/IEC 9075-2
 * §7.13 "query expression"). Immutable and thread-safe.
 *
 * @param page the page number, from 0
 * @param size the rows per page, at least 1
 */
public record PageRequest(int page, int size) {
    /** The advice of the offset limit. */
    public static final String SMALLER_PAGE = "a smaller page number";

    /**
     * @param page the page number, from 0
     * @param size the rows per page, at least 1
     * @throws org.dataprice.error.InvalidInputException   for a negative page or a size below 1
     * @throws org.dataprice.error.LimitExceededException when {@code page × size} exceeds {@link Integer#MAX_VALUE}
     */
    public PageRequest {
        Require.atLeast(page, 0, "page");
        Require.atLeast(size, 1, "size");
        Require.withinLimit((long) page * size, Integer.MAX_VALUE, "page", SMALLER_PAGE);
    }

    /**
     * A page of a register that serves at most {@code maxSize} rows a page. Checks, in this order: the page
     * number, the size against 1..{@code maxSize}, the offset.
     *
     * @param page    the page number, from 0
     * @param size    the rows per page, 1 to {@code maxSize}
     * @param maxSize the register's largest page, at least 1
     * @return the page
     * @throws org.dataprice.error.InvalidInputException   for a negative page or a size outside 1..{@code maxSize}
     * @throws org.dataprice.error.LimitExceededException when {@code page × size} exceeds {@link Integer#MAX_VALUE}
     */
    public static PageRequest of(int page, int size, int maxSize) {
        Require.atLeast(page, 0, "page");
        Require.inClosedRange(size, 1, maxSize, "size");
        return new PageRequest(page, size);
    }

    /** @return the index of the page's first row, {@code page × size} (at most {@link Integer#MAX_VALUE}) */
    public int offset() {
        return page * size;
    }
}
