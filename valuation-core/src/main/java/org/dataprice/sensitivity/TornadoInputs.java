package org.dataprice.sensitivity;

import java.util.HashSet;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * Inputs of a tornado analysis: the base case and the low/high range of each input to move.
 *
 * @param base   the model and its base inputs; not null
 * @param ranges the inputs to move, each a model input named once; at least one; copied
 */
public record TornadoInputs(BaseCase base, List<InputRange> ranges) {
    /** Validates and copies. */
    public TornadoInputs {
        Require.notNull(base, "base");
        ranges = Require.nonEmptyCopy(ranges, "ranges");
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < ranges.size(); i++) {
            String name = ranges.get(i).name();
            base.model().indexOf(name, "ranges[" + i + "].name");
            Require.that(seen.add(name), "ranges[" + i + "].name", name, Rule.DUPLICATE, name);
        }
    }
}
