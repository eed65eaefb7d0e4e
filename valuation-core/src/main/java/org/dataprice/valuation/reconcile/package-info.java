/**
 * Reconciliation of several approaches' values (评估结论的确定): stated weights with reasons, a
 * weighted value and the range of the approaches' values.
 */
package org.dataprice.valuation.reconcile;
