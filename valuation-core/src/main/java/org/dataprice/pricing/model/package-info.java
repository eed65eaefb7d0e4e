/**
 * Model-based pricing of machine-learning models (Chen, Koutris &amp; Kumar, "Towards Model-based Pricing
 * for Machine Learning in a Data Marketplace", SIGMOD 2019, arXiv 1805.11450): a price curve over the
 * variance of the Gaussian noise added to the optimal model, its arbitrage check and the nearest
 * arbitrage-free curve. Source: domain-notes §6.2.
 */
package org.dataprice.pricing.model;
