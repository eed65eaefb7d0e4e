package org.dataprice.valuation.income;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The inputs of the multi-scenario income form.
 *
 * @param scenarios   the scenarios, distinct names, at most {@link #MAX_SCENARIOS}; copied
 * @param discounting end- or mid-period; not null
 * @param currency    the currency; not null
 */
public record ScenarioInputs(List<Scenario> scenarios, Discounting discounting, Currency currency) {
    /** The most scenarios accepted. */
    public static final int MAX_SCENARIOS = 100;

    /** Validates. */
    public ScenarioInputs {
        scenarios = Require.nonEmptyCopy(scenarios, "scenarios");
        Require.withinLimit(scenarios.size(), MAX_SCENARIOS, "scenarios", "");
        Set<String> names = new HashSet<>();
        for (Scenario s : scenarios) {
            Require.that(names.add(s.name()), "scenarios.name", s.name(), Rule.DUPLICATE, s.name());
        }
        Require.notNull(discounting, "discounting");
        Require.notNull(currency, "currency");
    }
}
