package org.dataprice.index.transaction;

import java.util.Optional;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

/**
 * The size bound of one trade of an index (单笔交易规模上限), the ONE rule every source of transactions
 * applies: the CSV and JSON loads, the import of the market's deals and the amendment of a trade.
 *
 * <p>Rule: price and quantity finite and &gt; 0; price &le; {@link #MAX}; quantity &le; {@link #MAX};
 * value = price &times; quantity (computed in {@code double}) a normal positive number &le; {@link #MAX}.
 * {@link #MAX} = 10<sup>15</sup> in the index currency (a thousand trillion), far above any data trade and
 * far below the range where sums of values over millions of trades lose their meaning in {@code double};
 * a value beyond it would overflow the index computations (a price of 1e308 made every release fail with
 * "prices[0] must be &gt; 0, was Infinity", naming no trade).
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>answer</th></tr>
 *   <tr><td>price or quantity NaN, &plusmn;&infin;, &le; 0</td><td>violation naming that column</td></tr>
 *   <tr><td>price = 1e15, quantity = 1</td><td>accepted (the bound is inclusive)</td></tr>
 *   <tr><td>price = 1e8, quantity = 1e8 (value 1e16)</td><td>violation naming price &times; quantity</td></tr>
 *   <tr><td>price = 1e-200, quantity = 1e-200 (value underflows)</td><td>violation: not a normal number</td></tr>
 * </table>
 * Thread-safe (stateless).
 */
public final class TradeValueBound {
    /** The largest price, quantity and value price &times; quantity of one trade, in the index currency. */
    public static final double MAX = 1e15;
    /** {@link #MAX} as written in messages and documentation. */
    public static final String MAX_TEXT = "1e15";

    private TradeValueBound() {
    }

    /**
     * @param price    the unit price in the index currency
     * @param quantity the units
     * @return empty when the trade is within the bound, else the broken rule as a sentence starting
     *         with the column at fault ({@code "price ..."}, {@code "quantity ..."}; the value
     *         {@code "price × quantity ..."} starts with {@code price})
     */
    public static Optional<String> violation(double price, double quantity) {
        if (!(price > 0 && Double.isFinite(price))) {
            return Optional.of("price must be a finite number > 0, was " + price);
        }
        if (!(quantity > 0 && Double.isFinite(quantity))) {
            return Optional.of("quantity must be a finite number > 0, was " + quantity);
        }
        if (price > MAX) {
            return Optional.of("price must be at most " + MAX_TEXT + " (the bound of one trade in the index currency), was "
                    + price);
        }
        if (quantity > MAX) {
            return Optional.of("quantity must be at most " + MAX_TEXT + ", was " + quantity);
        }
        double value = price * quantity;
        if (!(value <= MAX)) {
            return Optional.of("price × quantity = " + value + " must be at most " + MAX_TEXT
                    + " (the bound of one trade's value in the index currency)");
        }
        if (!(value >= Double.MIN_NORMAL)) {
            return Optional.of("price × quantity = " + value + " must be a positive normal number (at least "
                    + Double.MIN_NORMAL + ")");
        }
        return Optional.empty();
    }

    /**
     * Throws when the trade breaks the bound.
     *
     * @param price         the unit price
     * @param quantity      the units
     * @param priceField    the name of the price field in the caller's input (named for price and value violations)
     * @param quantityField the name of the quantity field
     * @throws InvalidInputException {@link Rule#INVALID_STATE} naming the field at fault
     */
    public static void require(double price, double quantity, String priceField, String quantityField) {
        Optional<String> v = violation(price, quantity);
        if (v.isPresent()) {
            boolean q = v.get().startsWith("quantity");
            throw new InvalidInputException(q ? quantityField : priceField, q ? quantity : price, Rule.INVALID_STATE,
                    v.get());
        }
    }
}
