/**
 * Monte Carlo estimation of the Shapley value by permutation sampling (Castro, Gómez &amp; Tejada 2009),
 * with antithetic and stratified variants, standard errors, confidence intervals, a stop rule on a
 * target error, and deterministic results for a seed whatever the number of cores.
 */
package org.dataprice.split.sampling;
