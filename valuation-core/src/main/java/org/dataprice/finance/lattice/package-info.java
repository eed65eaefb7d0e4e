/**
 * Binomial trees (二叉树): Cox–Ross–Rubinstein for European and American options, with the
 * textbook or the drift-adjusted probability, odd/even averaging, and real options on data assets
 * (defer, expand, abandon, switch) as early-exercise features. O(n) memory.
 */
package org.dataprice.finance.lattice;
