package org.dataprice.registry.provenance;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.RegistrationStatus;
import org.dataprice.registry.RegistryText;

/**
 * One registration in a provenance tree, with its sources traced.
 *
 * @param registrationId the registration
 * @param name           the asset's name at the instant traced
 * @param classification its classification then
 * @param status         its status then
 * @param headHash       the hash of its last event at the instant traced (the evidence of what was registered)
 * @param sources        its sources, traced, in registration order
 */
public record ProvenanceNode(String registrationId, String name, DataClassification classification,
        RegistrationStatus status, String headHash, List<SourceTrace> sources) {
    /** Checks the components. */
    public ProvenanceNode {
        RegistryText.id(registrationId, "registrationId");
        Require.notNull(name, "name");
        Require.notNull(classification, "classification");
        Require.notNull(status, "status");
        Require.notNull(headHash, "headHash");
        sources = Require.copyOf(sources, "sources");
    }

    /**
     * @return whether every source, down the tree, is accounted for ({@link Finding#sound()}) and every
     *         registration on the way was ACTIVE
     */
    public boolean complete() {
        if (status != RegistrationStatus.ACTIVE) {
            return false;
        }
        for (SourceTrace s : sources) {
            if (!s.finding().sound() || (s.derived() != null && !s.derived().complete())) {
                return false;
            }
        }
        return true;
    }

    /** @return the leaves of the tree: every traced source that is not itself a traced derivation, depth first */
    public List<SourceTrace> origins() {
        List<SourceTrace> out = new ArrayList<>();
        for (SourceTrace s : sources) {
            if (s.derived() != null) {
                out.addAll(s.derived().origins());
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
