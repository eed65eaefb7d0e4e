package org.dataprice.valuation.market;

import java.util.function.ToDoubleBiFunction;
import org.dataprice.error.Require;

/**
 * A caller-supplied adjustment factor f(subject, comparable) &gt; 0, multiplied into the adjusted
 * price after the standard factors — the pluggable empirical functions f(Q), g(S) of the power-sector
 * guide (domain notes §1.4). Must be pure and thread-safe; it is identified in the input hash by its
 * name only, so a name must identify the function and its parameters.
 *
 * @param name     the factor's name, e.g. "region: west→east 1.05"; not blank
 * @param function the factor; not null
 */
public record MarketAdjustment(String name, ToDoubleBiFunction<MarketSubject, ComparableTransaction> function) {
    /** Validates. */
    public MarketAdjustment {
        Require.notBlank(name, "name");
        Require.notNull(function, "function");
    }
}
