package org.dataprice.valuation.income;

import org.dataprice.error.Require;

/**
 * The finite income period n (收益期限): the shortest of the terms stated, as CAS 2023 art. 23 asks
 * the appraiser to consider the legal term, the contract term, the update cycle / timeliness and the
 * product life cycle. A term of 0 means "not stated"; when none is stated the forecast's length is
 * used.
 *
 * @param legalPeriods    the legal protection term, in periods, ≥ 0
 * @param contractPeriods the contract (licence) term, in periods, ≥ 0
 * @param economicPeriods the remaining economic life from update cycle and product life, ≥ 0
 */
public record IncomeTerm(int legalPeriods, int contractPeriods, int economicPeriods) {
    /** No term stated: the whole forecast. */
    public static final IncomeTerm FORECAST = new IncomeTerm(0, 0, 0);

    /** Validates. */
    public IncomeTerm {
        Require.atLeast(legalPeriods, 0, "legalPeriods");
        Require.atLeast(contractPeriods, 0, "contractPeriods");
        Require.atLeast(economicPeriods, 0, "economicPeriods");
    }

    /**
     * @param forecastPeriods the forecast's length
     * @return n = min of the stated terms, or the forecast length when none is stated
     */
    public int periods(int forecastPeriods) {
        int n = Integer.MAX_VALUE;
        for (int term : new int[] {legalPeriods, contractPeriods, economicPeriods}) {
            if (term > 0) {
                n = Math.min(n, term);
            }
        }
        return n == Integer.MAX_VALUE ? forecastPeriods : n;
    }
}
