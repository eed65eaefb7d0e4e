package org.dataprice.index.correction;

import org.dataprice.error.Require;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The natural reference of an index trade (交易引用), as a publisher names it to read or correct it:
 * {@code <loadId>:<line>} for a loaded trade (the load's id and the CSV line number, the header being
 * line 1, so the first data row is line 2; line 1 for a JSON load's one trade), or
 * {@code deal:<dealId>} for a trade copied from a market deal (the deal id is kept, so the trade
 * points back to the deal it came from). Exactly one of {@code loadId} and {@code dealId} is given.
 * Immutable.
 *
 * <table>
 *   <caption>Edge cases of {@link #parse}</caption>
 *   <tr><th>text</th><th>result</th></tr>
 *   <tr><td>null, empty, longer than {@link #MAX_LENGTH}</td><td>empty</td></tr>
 *   <tr><td>{@code deal:} followed by an id</td><td>a deal trade</td></tr>
 *   <tr><td>{@code x:0}, {@code x:01}, {@code :2}, no colon</td><td>empty (lines start at 1, no leading zero)</td></tr>
 * </table>
 *
 * @param loadId the load, or null for a deal trade
 * @param line   the line in the load, &ge; 1; 0 for a deal trade
 * @param dealId the deal, or null for a loaded trade
 */
public record TradeRef(String loadId, int line, String dealId) {
    /** The prefix of the reference of a trade copied from a market deal. */
    public static final String DEAL_PREFIX = "deal:";
    /** The longest reference accepted, in characters. */
    public static final int MAX_LENGTH = 200;
    private static final Pattern LINE = Pattern.compile("[1-9][0-9]{0,8}");

    /** Validates: a deal trade or a loaded trade, not both. */
    public TradeRef {
        if (dealId != null) {
            Require.notBlank(dealId, "dealId");
            Require.that(loadId == null && line == 0, "loadId", loadId, org.dataprice.error.Rule.INVALID_STATE,
                    "a deal trade has no load and line");
        } else {
            Require.notBlank(loadId, "loadId");
            Require.atLeast(line, 1, "line");
        }
    }

    /**
     * @param text a reference as written by a caller; may be null
     * @return the reference, or empty when the text names no trade
     */
    public static Optional<TradeRef> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (text.startsWith(DEAL_PREFIX)) {
            String deal = text.substring(DEAL_PREFIX.length());
            return deal.isBlank() ? Optional.empty() : Optional.of(new TradeRef(null, 0, deal));
        }
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || !LINE.matcher(text.substring(colon + 1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new TradeRef(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)), null));
    }

    /** @return whether the trade was copied from a market deal */
    public boolean isDeal() {
        return dealId != null;
    }

    /** @return the reference as text: {@code deal:<dealId>} or {@code <loadId>:<line>} */
    public String text() {
        return isDeal() ? DEAL_PREFIX + dealId : loadId + ":" + line;
    }
}
