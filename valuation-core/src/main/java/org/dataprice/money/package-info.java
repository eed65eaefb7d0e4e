/**
 * Money as {@link java.math.BigDecimal} with an explicit currency and rounding, and its display in
 * 元, 万元 and 亿元. Allocation of money is in {@link org.dataprice.money.allocation}.
 */
package org.dataprice.money;
