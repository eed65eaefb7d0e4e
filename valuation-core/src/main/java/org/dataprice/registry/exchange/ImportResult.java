package org.dataprice.registry.exchange;

import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The answer of {@link BundleImport#verify}: recognised with the registrations and market records, or refused
 * with the reason.
 *
 * @param outcome       the outcome; not null
 * @param reason        why, for people; not null
 * @param exporter      the trusted exporter when recognised, else empty
 * @param kid           the id of the exporter's key that signed the bundle when recognised, else empty
 * @param bundleHash    the lower-case hex SHA-256 of the bundle text as received (for the import log)
 * @param registrations the recognised registrations; empty when refused
 * @param records       the recognised market records (listings, deals, index releases); empty when refused
 */
public record ImportResult(ImportOutcome outcome, String reason, String exporter, String kid, String bundleHash,
        List<RecognisedRegistration> registrations, List<ExchangeRecord> records) {
    /** Checks the components. */
    public ImportResult {
        Require.notNull(outcome, "outcome");
        Require.notNull(reason, "reason");
        Require.notNull(exporter, "exporter");
        Require.notNull(kid, "kid");
        Require.notNull(bundleHash, "bundleHash");
        registrations = Require.copyOf(registrations, "registrations");
        records = Require.copyOf(records, "records");
        Require.that(outcome == ImportOutcome.RECOGNISED || registrations.isEmpty() && records.isEmpty(), "registrations",
                registrations.size() + records.size(), Rule.INVALID_STATE, "a refused bundle recognises nothing");
    }

    /**
     * A result with registrations only (bundle version 1) and no key id.
     *
     * @param outcome       the outcome
     * @param reason        why
     * @param exporter      the exporter, or empty
     * @param bundleHash    the bundle's hash
     * @param registrations the recognised registrations
     */
    public ImportResult(ImportOutcome outcome, String reason, String exporter, String bundleHash,
            List<RecognisedRegistration> registrations) {
        this(outcome, reason, exporter, "", bundleHash, registrations, List.of());
    }

    static ImportResult refused(String reason, String bundleHash) {
        return new ImportResult(ImportOutcome.REFUSED, reason, "", "", bundleHash, List.of(), List.of());
    }

    /**
     * The gate of an importer that must not store a refused bundle.
     *
     * @param field the field that carried the bundle, e.g. {@code bundle}
     * @return this result when recognised
     * @throws InvalidInputException ({@link Rule#NOT_RECOGNISED}, naming {@code field}, the reason as the bound)
     *         when refused
     */
    public ImportResult requireRecognised(String field) {
        if (outcome != ImportOutcome.RECOGNISED) {
            throw new InvalidInputException(field, "sha256:" + bundleHash, Rule.NOT_RECOGNISED, reason);
        }
        return this;
    }
}
