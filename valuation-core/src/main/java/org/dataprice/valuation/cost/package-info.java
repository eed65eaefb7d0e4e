/**
 * The cost approach (成本法) to data-asset value: P = TC × (1 + R) × U of the CAS 2023 guidance and
 * the 2019 expert guide's replacement cost × (1 − obsolescence).
 */
package org.dataprice.valuation.cost;
