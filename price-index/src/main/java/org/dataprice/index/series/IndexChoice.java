package org.dataprice.index.series;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.util.Set;

/**
 * A reference to a defined index (指数引用), as another area names it (the reference price of a listing
 * carries old deals forward by the index it names): it must name an index the publisher has defined.
 * Immutable.
 *
 * @param index   the index id; one of {@code defined}, else {@link Rule#UNKNOWN} on {@code index}
 * @param defined the ids of the defined indices; not null; copied
 */
public record IndexChoice(String index, Set<String> defined) {
    /** Validates and copies. */
    public IndexChoice {
        defined = Set.copyOf(Require.notNull(defined, "defined"));
        if (index == null || !defined.contains(index)) {
            throw new InvalidInputException("index", index, Rule.UNKNOWN, "a defined index (GET /v1/indices)");
        }
    }
}
