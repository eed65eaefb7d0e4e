/**
 * Market credit (市场信用, issue 15, plan §15): credit events, objections and answers, repair requests and decisions
 * ({@code /v1/supervision/credit/...}), stored append-only in {@code credit_record} and hash-chained; a party's standing
 * with its explanation; the restrictions the market workflow enforces (listing, bidding). The rules are the core's
 * ({@code org.dataprice.supervision.credit}).
 */
package org.dataprice.api.credit;
