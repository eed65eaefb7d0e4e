package org.dataprice.accounting;

import java.util.Currency;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A data resource and its costs, to be classified and capitalised under 财会〔2023〕11号.
 *
 * @param name                   the resource's name; not blank
 * @param intendedUse            internal use, for sale, or neither; not null
 * @param acquisition            outsourced or self-developed; not null
 * @param recognitionCriteriaMet the general asset recognition tests hold: economic benefits probably
 *                               flow to the enterprise and cost is reliably measurable (CAS 6 §4,
 *                               CAS 1 §4)
 * @param developmentCriteria    the CAS 6 §9 criteria (used only for self-developed intangibles); not null
 * @param costs                  the costs, all in {@code currency}; at least one; copied. For a
 *                               self-developed intangible each cost names its phase (research or development)
 * @param currency               the currency; not null
 */
public record DataResource(String name, IntendedUse intendedUse, AcquisitionMode acquisition,
        boolean recognitionCriteriaMet, DevelopmentCriteria developmentCriteria, List<CostItem> costs,
        Currency currency) {
    /** The most cost lines accepted. */
    public static final int MAX_COSTS = 100_000;

    /** Validates and copies. */
    public DataResource {
        Require.notBlank(name, "name");
        Require.notNull(intendedUse, "intendedUse");
        Require.notNull(acquisition, "acquisition");
        Require.notNull(developmentCriteria, "developmentCriteria");
        costs = Require.nonEmptyCopy(costs, "costs");
        Require.withinLimit(costs.size(), MAX_COSTS, "costs", "");
        Require.notNull(currency, "currency");
        boolean developed = intendedUse == IntendedUse.INTERNAL_USE && acquisition == AcquisitionMode.SELF_DEVELOPED;
        for (int i = 0; i < costs.size(); i++) {
            CostItem c = costs.get(i);
            Require.that(c.amount().currency().equals(currency), "costs[" + i + "].amount", c.amount(),
                    Rule.CURRENCY_MISMATCH, currency.getCurrencyCode());
            if (developed) {
                Require.that(c.phase() != DevelopmentPhase.NOT_APPLICABLE, "costs[" + i + "].phase", c.phase(),
                        Rule.OUT_OF_RANGE, "{RESEARCH, DEVELOPMENT} for a self-developed intangible");
            }
        }
    }
}
