package org.dataprice.supervision.market;

import java.util.Set;
import org.dataprice.error.Require;

/**
 * One planted manipulation: its kind and the ids that are its evidence (deal, auction or negotiation ids; for a
 * volume spike the cell {@code category/month}; for bunching the seller id).
 *
 * @param pattern the kind; not null
 * @param ids     the evidence ids; not empty, copied
 */
public record PlantedIncident(PlantedPattern pattern, Set<String> ids) {
    /** Validates and copies. */
    public PlantedIncident {
        Require.notNull(pattern, "pattern");
        Require.notNull(ids, "ids");
        Require.that(!ids.isEmpty(), "ids", ids, org.dataprice.error.Rule.EMPTY);
        ids = Set.copyOf(ids);
    }
}
