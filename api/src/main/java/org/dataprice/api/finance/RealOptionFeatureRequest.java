package org.dataprice.api.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * One early-exercise feature of a real option on a data asset worth V, exercisable at every node:
 * {@code DEFER} (V − investmentCost; must stand alone), {@code EXPAND} ((1 + factor)V − cost),
 * {@code ABANDON} (salvage), {@code SWITCH} (ratio·V − cost).
 *
 * @param kind           the feature
 * @param investmentCost I &gt; 0, for {@code DEFER}
 * @param factor         x &gt; 0, for {@code EXPAND}
 * @param cost           C ≥ 0, for {@code EXPAND} and {@code SWITCH}
 * @param salvage        A ≥ 0, for {@code ABANDON}
 * @param ratio          k ≥ 0, for {@code SWITCH}
 */
@Serdeable
public record RealOptionFeatureRequest(@NotNull Kind kind, @Nullable Double investmentCost, @Nullable Double factor,
                                       @Nullable Double cost, @Nullable Double salvage, @Nullable Double ratio) {
    /** The features. */
    public enum Kind {
        /** Wait before investing: an American call on V with strike I. */
        DEFER,
        /** Scale up by a factor at a cost. */
        EXPAND,
        /** Sell or stop for a salvage value: an American put. */
        ABANDON,
        /** Switch use: k·V − C. */
        SWITCH
    }
}
