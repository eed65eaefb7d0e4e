/**
 * Data valuation (数据估值) for data providers whose data trains a model: exact KNN-Shapley
 * (Jia et al., PVLDB 2019), truncated Monte Carlo Data Shapley (Ghorbani &amp; Zou, ICML 2019) and the
 * leave-one-out baseline.
 */
package org.dataprice.split.datavalue;
