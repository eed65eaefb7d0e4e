package org.dataprice.index.release;

import org.dataprice.error.Require;
import org.dataprice.index.IndexSettings;

import java.util.List;
import java.util.Optional;

/**
 * Why a vintage has its values: the method and settings of its composite, the hedonic fit when the
 * method is the time-dummy hedonic one, and the corrections it applied for the first time (a
 * correction takes effect as a revision of the release that first reads it). Immutable.
 *
 * @param settings    the settings that produced the composite; not null
 * @param hedonic     the hedonic fit, or null for any other method
 * @param corrections ids of the corrections this vintage applied first, oldest first (ties by id); copied
 */
public record ReleaseExplanation(IndexSettings settings, HedonicSummary hedonic, List<String> corrections) {
    /** Validates and copies. */
    public ReleaseExplanation {
        Require.notNull(settings, "settings");
        corrections = Require.copyOf(corrections, "corrections");
    }

    /** @return the hedonic fit, when the method is the time-dummy hedonic one */
    public Optional<HedonicSummary> hedonicFit() {
        return Optional.ofNullable(hedonic);
    }
}
