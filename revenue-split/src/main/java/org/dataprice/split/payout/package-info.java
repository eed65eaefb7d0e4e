/**
 * Payouts (收益分配): a distributable pool in {@code Money} to payments per party — earmarks first,
 * commissions (flat or tiered), per-use fees, per-year payments, dividends pro rata to contribution
 * values, equity or three-rights weights (持有 / 加工 / 经营), floors and caps, losses shared or carried
 * forward, multi-period schedules — exact to the minor unit, with a statement per party.
 */
package org.dataprice.split.payout;
