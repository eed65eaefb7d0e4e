package org.dataprice.valuation.income;

/** When in a period income is assumed to arrive. */
public enum Discounting {
    /** End of period: discount factor (1 + i)^−t (the CAS 2023 appendix formula). */
    END_OF_PERIOD,
    /** Mid-period: (1 + i)^−(t − 0.5), for income earned evenly through the period (common practice, not in the guidance). */
    MID_PERIOD;

    /** @return the exponent offset: 0 or 0.5 */
    double offset() {
        return this == MID_PERIOD ? 0.5 : 0;
    }
}
