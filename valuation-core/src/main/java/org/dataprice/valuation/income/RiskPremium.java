package org.dataprice.valuation.income;

import org.dataprice.error.Require;

/**
 * A named risk premium of a built-up discount rate. The CAS 2023 guidance art. 23 requires the rate
 * to reflect 管理风险, 流通风险, 数据安全风险 and 监管风险; factories name those four.
 *
 * @param name the premium's name; not blank
 * @param rate the premium, a fraction (0.02 = 2%), in [0, 1]
 */
public record RiskPremium(String name, double rate) {
    /** Validates. */
    public RiskPremium {
        Require.notBlank(name, "name");
        Require.probability(rate, "rate");
    }

    /**
     * @param rate the premium
     * @return 管理风险 management risk
     */
    public static RiskPremium management(double rate) {
        return new RiskPremium("管理风险 management", rate);
    }

    /**
     * @param rate the premium
     * @return 流通风险 circulation risk
     */
    public static RiskPremium circulation(double rate) {
        return new RiskPremium("流通风险 circulation", rate);
    }

    /**
     * @param rate the premium
     * @return 数据安全风险 data security risk
     */
    public static RiskPremium dataSecurity(double rate) {
        return new RiskPremium("数据安全风险 data security", rate);
    }

    /**
     * @param rate the premium
     * @return 监管风险 regulatory risk
     */
    public static RiskPremium regulatory(double rate) {
        return new RiskPremium("监管风险 regulatory", rate);
    }
}
