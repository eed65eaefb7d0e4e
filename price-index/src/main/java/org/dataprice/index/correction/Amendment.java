package org.dataprice.index.correction;

import java.time.YearMonth;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

/**
 * The new values of an amended trade; a null component keeps the trade's value. The bound of a
 * trade's size ({@link org.dataprice.index.transaction.TradeValueBound}) is checked on the amended
 * trade as a whole, by {@link TradeCorrections#check}, because an amended price alone may breach it
 * with the trade's old quantity.
 *
 * @param productId the new product, or null; not blank and at most {@link org.dataprice.index.transaction.Transaction#MAX_PRODUCT_ID} characters when given
 * @param period    the new month, or null
 * @param price     the new unit price, or null; finite and &gt; 0 when given
 * @param quantity  the new units, or null; finite and &gt; 0 when given
 */
public record Amendment(String productId, YearMonth period, Double price, Double quantity) {
    /** Validates: at least one value (else {@link Rule#INVALID_STATE} on {@code action}), each given value well-formed. */
    public Amendment {
        if (productId == null && period == null && price == null && quantity == null) {
            throw new InvalidInputException("action", CorrectionAction.AMEND, Rule.INVALID_STATE,
                    "an amendment must give at least one of productId, period, price, quantity");
        }
        if (productId != null && productId.isBlank()) {
            throw new InvalidInputException("productId", productId, Rule.EMPTY);
        }
        if (productId != null && productId.length() > org.dataprice.index.transaction.Transaction.MAX_PRODUCT_ID) {
            throw new InvalidInputException("productId", productId, Rule.INVALID_FORMAT,
                    "at most " + org.dataprice.index.transaction.Transaction.MAX_PRODUCT_ID + " characters");
        }
        if (price != null && !(price > 0 && Double.isFinite(price))) {
            throw new InvalidInputException("price", price, Rule.GREATER_THAN, 0);
        }
        if (quantity != null && !(quantity > 0 && Double.isFinite(quantity))) {
            throw new InvalidInputException("quantity", quantity, Rule.GREATER_THAN, 0);
        }
    }

    /**
     * The amendment a request asks for, if any: none when it names no new value (a void), else the
     * validated amendment.
     *
     * @param productId the new product, or null
     * @param period    the new month, or null
     * @param price     the new unit price, or null
     * @param quantity  the new units, or null
     * @return the amendment, or null when every value is null
     */
    public static Amendment ofNullable(String productId, YearMonth period, Double price, Double quantity) {
        return productId == null && period == null && price == null && quantity == null ? null
                : new Amendment(productId, period, price, quantity);
    }

    /**
     * @param trade the trade as it stands
     * @return the trade with this amendment's values
     */
    public Trade applyTo(Trade trade) {
        return new Trade(trade.id(), productId == null ? trade.productId() : productId, trade.category(),
                period == null ? trade.period() : period, price == null ? trade.price() : price,
                quantity == null ? trade.quantity() : quantity);
    }
}
