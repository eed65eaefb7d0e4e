package org.dataprice.valuation.market;

/**
 * One comparable after adjustment: P_i = Q_i × X1 × X2 × X3 × X4 × X5 × custom.
 *
 * @param id            the comparable's id
 * @param price         Q_i
 * @param quality       X1 = Q_subject / Q_comparable
 * @param supplyDemand  X2
 * @param date          X3 = index(valuation date) / index(transaction date)
 * @param volume        X4
 * @param other         X5
 * @param custom        the product of the caller-supplied factors (1 when none)
 * @param adjustedPrice P_i
 * @param weight        w_i
 */
public record AdjustedComparable(String id, double price, double quality, double supplyDemand, double date, double volume,
        double other, double custom, double adjustedPrice, double weight) {
}
