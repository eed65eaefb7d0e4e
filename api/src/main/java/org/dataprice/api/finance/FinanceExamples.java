package org.dataprice.api.finance;

/**
 * The OpenAPI request examples of the finance and option endpoints (Swagger UI "Try it out"), one constant per
 * example, referenced from {@code @RequestBody(content = @Content(examples = @ExampleObject(...)))} on the
 * controller methods. Each is a verified curl body of docs/finance.md with its published answer in the Javadoc;
 * {@code OpenApiExamplesTest} posts every one and expects 2xx.
 */
public final class FinanceExamples {
    /** Excel NPV help: npv 1188.44. */
    public static final String NPV = """
            {"rate": 0.1, "amounts": [0, -10000, 3000, 4200, 6800]}""";

    /** Apache POI IRR: rate 0.0866309480. */
    public static final String IRR = """
            {"amounts": [-70000, 12000, 15000, 18000, 21000, 26000]}""";

    /** Excel XIRR help: rate 0.373362535. */
    public static final String XIRR = """
            {"flows": [{"date": "2008-01-01", "amount": -10000}, {"date": "2008-03-01", "amount": 2750},
                       {"date": "2008-10-30", "amount": 4250}, {"date": "2009-02-15", "amount": 3250},
                       {"date": "2009-04-01", "amount": 2750}]}""";

    /** Haug: a European call, price 2.1334. */
    public static final String BLACK_SCHOLES = """
            {"type": "CALL", "spot": 60, "strike": 65, "rate": 0.08, "volatility": 0.3, "expiry": 0.25}""";

    /** Hull, Example 21.1: an American put on a 5-step tree, price 4.49. */
    public static final String BINOMIAL_AMERICAN_PUT = """
            {"type": "PUT", "exercise": "AMERICAN", "spot": 50, "strike": 50, "rate": 0.1, "volatility": 0.4,
             "expiry": 0.4166666666666667, "steps": 5}""";

    /** Real options on a data product: expand by 30 % for 20, or abandon for a salvage of 80. */
    public static final String BINOMIAL_REAL_OPTIONS = """
            {"spot": 100, "rate": 0.05, "dividendYield": 0.02, "volatility": 0.3, "expiry": 2, "steps": 200,
             "realOptions": [{"kind": "EXPAND", "factor": 0.3, "cost": 20}, {"kind": "ABANDON", "salvage": 80}]}""";

    /** A European call by seeded Monte Carlo with antithetic paths and a control variate (Black-Scholes 10.45). */
    public static final String MONTE_CARLO = """
            {"spot": 100, "rate": 0.05, "volatility": 0.2, "expiry": 1,
             "payoff": {"kind": "EUROPEAN", "type": "CALL", "strike": 100},
             "paths": 100000, "seed": 42, "antithetic": true, "controlVariate": "TERMINAL_VALUE"}""";

    private FinanceExamples() {
    }
}
