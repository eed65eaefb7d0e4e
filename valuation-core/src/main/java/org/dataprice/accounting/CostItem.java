package org.dataprice.accounting;

import java.time.LocalDate;
import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * One cost incurred on a data resource.
 *
 * @param description what it is, e.g. {@code "2024 Q1 cleansing contract"}; not blank
 * @param category    its kind; not null
 * @param phase       research or development for a self-developed intangible, else NOT_APPLICABLE; not null
 * @param incurredOn  the date incurred; not null
 * @param amount      the amount, ≥ 0; not null
 */
public record CostItem(String description, CostCategory category, DevelopmentPhase phase, LocalDate incurredOn,
        Money amount) {
    /** Validates. */
    public CostItem {
        Require.notBlank(description, "description");
        Require.notNull(category, "category");
        Require.notNull(phase, "phase");
        Require.notNull(incurredOn, "incurredOn");
        Require.notNull(amount, "amount");
        Require.that(!amount.isNegative(), "amount", amount, org.dataprice.error.Rule.AT_LEAST, 0);
    }
}
