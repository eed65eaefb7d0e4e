/**
 * Closed-form benchmarks of a bilateral price bargain: Nash, generalised Nash, Rubinstein alternating
 * offers (either party first) and Kalai–Smorodinsky. Source: domain-notes §6.3.
 */
package org.dataprice.pricing.bargaining;
