/**
 * Price formation (价格形成) for data products: listings, the quote–appraisal–negotiation path
 * (报价—估价—议价), auctions, the government-guided public-data tariff (发改价格〔2025〕65号) and
 * arbitrage-free query and model pricing. Sub-packages: {@code listing}, {@code band},
 * {@code negotiation}, {@code bargaining}, {@code auction}, {@code tariff}, {@code query},
 * {@code model}. Everything here is pure: immutable records, stateless models, no I/O, so a service
 * can persist the records and drive the state machines.
 */
package org.dataprice.pricing;
