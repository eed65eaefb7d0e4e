package org.dataprice.api.pricing.deal;

/**
 * The market monitor's port: {@link DealService#record} calls it with every stored deal, inside the transaction that
 * records the deal, after the deal's ledger entry. The monitor judges the deal and stores its alerts; it never
 * refuses the deal. Implemented by {@code api.supervision.DealMonitoring}; the deal area does not depend on it.
 */
public interface DealMonitor {
    /**
     * @param deal the deal just stored
     */
    void recorded(DealRow deal);
}
