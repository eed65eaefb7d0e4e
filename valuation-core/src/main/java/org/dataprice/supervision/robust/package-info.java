/**
 * 稳健统计 — robust location and scale (median, median absolute deviation) and the Hampel filter that flags a
 * log unit price far from its category and month. Sources: Hampel (1974), J. Amer. Statist. Assoc. 69(346):383–393;
 * Rousseeuw &amp; Croux (1993), J. Amer. Statist. Assoc. 88(424):1273–1283; Pearson (2002), IEEE Trans. Control
 * Systems Technology 10(1):55–63.
 */
package org.dataprice.supervision.robust;
