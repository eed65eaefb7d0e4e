/**
 * Exact allocation of money by the largest-remainder method: parts always sum to the total.
 * Kept apart from {@link org.dataprice.money} so that the money value type sits below
 * {@link org.dataprice.explain} and the packages form no cycle.
 */
package org.dataprice.money.allocation;
