package org.dataprice.registry;

import java.time.Instant;
import java.util.List;
import org.dataprice.error.Require;

/**
 * The state of a registration after some prefix of its history: status, asset, rights and licences, with
 * the sequence number and hash of the last event applied. Immutable.
 *
 * @param registrationId the registration
 * @param status         its status; not null
 * @param asset          the asset as last registered or amended; not null
 * @param rights         the holders of each right; not null
 * @param licenses       every licence granted (in force or not), in grant order; not null
 * @param sequence       the last event's sequence number; at least 1
 * @param headHash       the last event's hash
 * @param at             the last event's time; not null
 */
public record RegistrationState(String registrationId, RegistrationStatus status, Asset asset, Rights rights,
        List<RightLicense> licenses, long sequence, String headHash, Instant at) {
    /** Checks the components. */
    public RegistrationState {
        RegistryText.id(registrationId, "registrationId");
        Require.notNull(status, "status");
        Require.notNull(asset, "asset");
        Require.notNull(rights, "rights");
        licenses = Require.copyOf(licenses, "licenses");
        Require.atLeast(sequence, 1, "sequence");
        Require.notNull(headHash, "headHash");
        Require.notNull(at, "at");
    }
}
