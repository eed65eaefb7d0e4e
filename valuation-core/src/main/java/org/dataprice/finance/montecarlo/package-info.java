/**
 * Monte Carlo (蒙特卡洛) option values under geometric Brownian motion: European (exact terminal law),
 * arithmetic and geometric Asian, and discretely monitored barrier options, with explicit seeds,
 * antithetic variates, control variates, standard errors and 95% confidence intervals, run in
 * fixed chunks of independent streams so results do not depend on the thread count.
 */
package org.dataprice.finance.montecarlo;
