/**
 * Arbitrage-free, history-aware query pricing by weighted coverage over a support set of possible
 * databases (QIRANA: Deep &amp; Koutris, "QIRANA: A Framework for Scalable Query Pricing", SIGMOD 2017;
 * Koutris et al., "Query-based data pricing", PODS 2012). Source: domain-notes §6.2.
 */
package org.dataprice.pricing.query;
