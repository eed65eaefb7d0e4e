package org.dataprice.registry.exchange;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The answer of {@link BundleImport#verify}: recognised with the registrations, or refused with the reason.
 *
 * @param outcome       the outcome; not null
 * @param reason        why, for people; not null
 * @param exporter      the trusted exporter when recognised, else empty
 * @param bundleHash    the lower-case hex SHA-256 of the bundle text as received (for the import log)
 * @param registrations the recognised registrations; empty when refused
 */
public record ImportResult(ImportOutcome outcome, String reason, String exporter, String bundleHash,
        List<RecognisedRegistration> registrations) {
    /** Checks the components. */
    public ImportResult {
        Require.notNull(outcome, "outcome");
        Require.notNull(reason, "reason");
        Require.notNull(exporter, "exporter");
        Require.notNull(bundleHash, "bundleHash");
        registrations = Require.copyOf(registrations, "registrations");
        Require.that(outcome == ImportOutcome.RECOGNISED || registrations.isEmpty(), "registrations", registrations.size(),
                Rule.INVALID_STATE, "a refused bundle recognises nothing");
    }

    static ImportResult refused(String reason, String bundleHash) {
        return new ImportResult(ImportOutcome.REFUSED, reason, "", bundleHash, List.of());
    }
}
