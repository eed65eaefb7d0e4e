package org.dataprice.registry;

import java.time.Instant;
import java.util.List;

/** Shared fixtures of the registry tests. */
public final class RegistryFixtures {
    /** The registration time of the fixtures. */
    public static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    private RegistryFixtures() {
    }

    /** @return an enterprise asset collected by its holder */
    public static Asset enterpriseAsset() {
        return new Asset("Freight flows", "Monthly freight flows by corridor", DataClassification.ENTERPRISE,
                DataGrade.GENERAL, List.of(new Source(SourceKind.COLLECTED, "", "own logistics platform")));
    }

    /**
     * @param id the registration id
     * @return a registration of {@link #enterpriseAsset()} with every right held by {@code acme}
     */
    public static Registration registered(String id) {
        return Registration.register(id, "registrar-1", T0, "application A-1", enterpriseAsset(), Rights.heldBy("acme"));
    }
}
