package org.dataprice.valuation.income;

import org.dataprice.error.Require;

/**
 * A contributory asset charge (贡献资产回报) deducted in the excess-earnings forecast: the return
 * on and of an asset that works with the data (working capital, fixed assets, other intangibles,
 * assembled workforce), per period.
 *
 * @param name    the asset, e.g. "营运资金 working capital"; not blank
 * @param charges the charge per period, same length as the group income; not null
 */
public record ContributoryCharge(String name, Amounts charges) {
    /** Validates. */
    public ContributoryCharge {
        Require.notBlank(name, "name");
        Require.notNull(charges, "charges");
    }
}
