package org.dataprice.api.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.RegistrationStatus;
import org.dataprice.registry.SourceKind;
import org.dataprice.registry.provenance.Finding;

import java.time.Instant;
import java.util.List;

/**
 * 溯源 — a registered product traced back to its sources at an instant (the core's {@code Provenance.trace}): each
 * derived source followed to the registration it cites, each authorised source looked up in the authorisation ledger,
 * collected sources ending the path. The REGISTRAR and the root registration's parties see each source's reference and
 * description; others see the findings, statuses and evidence hashes only.
 *
 * @param registrationId the product's registration
 * @param at             the instant traced
 * @param view           FULL or PUBLIC
 * @param complete       whether every source down the tree is accounted for and every registration was ACTIVE
 * @param root           the tree
 */
@Serdeable
public record ProvenanceResponse(String registrationId, Instant at, String view, boolean complete, Node root) {
    /**
     * One registration of the tree.
     *
     * @param registrationId the registration
     * @param name           the asset's name then
     * @param classification its classification then
     * @param status         its status then
     * @param headHash       the hash of its last event at the instant (evidence of what was registered)
     * @param sources        its sources, traced, in registration order
     */
    @Serdeable
    public record Node(String registrationId, String name, DataClassification classification,
                       RegistrationStatus status, String headHash, List<Trace> sources) {
    }

    /**
     * One traced source.
     *
     * @param kind        COLLECTED, AUTHORISED or DERIVED
     * @param reference   the cited agreement, authorisation or registration (FULL only)
     * @param description the source's description (FULL only)
     * @param finding     what tracing found
     * @param evidence    the hash of the ledger record that made the cited authorisation, or of the upstream
     *                    registration's last event then; empty when none
     * @param status      the cited authorisation's or upstream registration's status, in words
     * @param derived     the traced upstream registration of a DERIVED source
     */
    @Serdeable
    public record Trace(SourceKind kind, @Nullable String reference, @Nullable String description, Finding finding,
                        String evidence, String status, @Nullable Node derived) {
    }
}
