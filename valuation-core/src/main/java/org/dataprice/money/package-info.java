/**
 * Money as {@link java.math.BigDecimal} with an explicit currency and rounding, and exact
 * largest-remainder allocation.
 */
package org.dataprice.money;
