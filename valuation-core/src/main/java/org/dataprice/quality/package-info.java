/**
 * Data quality scoring (数据质量评价): the GB/T 36344-2018 dimensions as an extensible hierarchy,
 * AHP weights (eigenvector and row geometric mean) with Saaty's consistency ratio, hierarchical AHP,
 * fuzzy comprehensive evaluation, entropy weights, combined subjective/objective weights and the
 * composite quality score Q in [0, 1] that feeds the cost (U) and market (X1) approaches.
 */
package org.dataprice.quality;
