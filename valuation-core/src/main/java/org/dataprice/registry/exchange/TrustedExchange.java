package org.dataprice.registry.exchange;

import org.dataprice.error.Require;
import org.dataprice.registry.RegistryText;
import org.dataprice.registry.signature.KeySet;

/**
 * Another exchange this one trusts, with its published key set (RFC 7517 JWK Set), as configured by the
 * administrator after an out-of-band exchange of keys (e.g. under a 川渝互认 agreement).
 *
 * @param exchangeId the other exchange's id, as its bundles name it in {@code exporter}
 * @param keys       its published key set; not null
 */
public record TrustedExchange(String exchangeId, KeySet keys) {
    /** Checks the components. */
    public TrustedExchange {
        RegistryText.id(exchangeId, "exchangeId");
        Require.notNull(keys, "keys");
    }
}
