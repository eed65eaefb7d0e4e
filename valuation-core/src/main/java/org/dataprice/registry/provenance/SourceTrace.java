package org.dataprice.registry.provenance;

import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.registry.Source;

/**
 * One traced source: the source as registered, what tracing found, the evidence (the hash of the ledger
 * record that made the cited authorisation, or of the derived registration's last event at the instant), and
 * for a derived source the traced registration.
 *
 * @param source   the source as registered; not null
 * @param finding  what was found; not null
 * @param evidence the evidence hash, empty when there is none
 * @param status   the cited authorisation's status, or the derived registration's status, in words
 * @param derived  the traced registration for {@link Finding#DERIVED}, else null
 */
public record SourceTrace(Source source, Finding finding, String evidence, String status, ProvenanceNode derived) {
    /** Checks the components. */
    public SourceTrace {
        Require.notNull(source, "source");
        Require.notNull(finding, "finding");
        Require.notNull(evidence, "evidence");
        Require.notNull(status, "status");
    }

    /** @return the traced registration of a derived source */
    public Optional<ProvenanceNode> derivedFrom() {
        return Optional.ofNullable(derived);
    }
}
