package org.dataprice.registry.exchange;

import org.dataprice.error.Require;
import org.dataprice.registry.RegistrationSnapshot;
import org.dataprice.registry.RegistryText;

/**
 * A registration recognised from another exchange: the statement as that exchange signed it. It is not a
 * registration of this exchange; it is known as {@code origin:registrationId} ({@link #recognisedId()}).
 *
 * @param origin       the exporting exchange's id
 * @param registration the statement as exported; not null
 */
public record RecognisedRegistration(String origin, RegistrationSnapshot registration) {
    /** Checks the components. */
    public RecognisedRegistration {
        RegistryText.id(origin, "origin");
        Require.notNull(registration, "registration");
    }

    /** @return {@code origin + ":" + registrationId}, unique across the exchanges of a trust list */
    public String recognisedId() {
        return origin + ":" + registration.state().registrationId();
    }
}
