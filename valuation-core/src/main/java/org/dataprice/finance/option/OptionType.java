package org.dataprice.finance.option;

/** Call (看涨, right to buy at the strike) or put (看跌, right to sell at the strike). */
public enum OptionType {
    /** Payoff max(S − K, 0). */
    CALL,
    /** Payoff max(K − S, 0). */
    PUT;

    /**
     * @param spot   the underlying's value S
     * @param strike the strike K
     * @return the exercise value max(±(S − K), 0)
     */
    public double payoff(double spot, double strike) {
        return this == CALL ? Math.max(spot - strike, 0) : Math.max(strike - spot, 0);
    }
}
